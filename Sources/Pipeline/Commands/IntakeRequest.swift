import DossierModel
import Foundation

/// What a command that reads inputs is asked to read, and how: `outbound extract`,
/// `validate`, `classify` and `explain`.
public struct IntakeRequest: Sendable {
    /// Files or folders as given; folders are walked (`InputPaths`).
    public var paths: [String]
    /// The intake threads.
    public var concurrency: Int
    /// Report the warnings about accepted dossiers (`--no-warnings` turns them off).
    public var warnings: Bool

    public init(paths: [String], concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, warnings: Bool = true) {
        self.paths = paths
        self.concurrency = max(1, concurrency)
        self.warnings = warnings
    }

    /// The input files; throws `input.not-found` (exit 74) for a path that does not exist.
    func files() throws -> [String] {
        do {
            return try InputPaths.expand(paths)
        } catch let error as InputPathError {
            throw PipelineError(
                kind: .io, diagnostics: [.error("input.not-found", "no such file or directory", at: SourceLocation(file: error.path))])
        }
    }

    /// The warnings of a dossier that are shown, when `warnings` is on.
    func shownWarnings(of dossier: Dossier) -> [Diagnostic] {
        warnings ? dossier.diagnostics.filter { $0.severity >= .warning } : []
    }
}

/// What the commands that decide (`classify`, `explain`) decide with: the reference files and
/// the day a dossier without a filing date is judged on.
public struct ReviewRequest: Sendable {
    public var references: ReviewReferencePaths
    public var today: CalendarDate

    public init(references: ReviewReferencePaths, today: CalendarDate) {
        self.references = references
        self.today = today
    }

    /// The flow that reads, normalises and decides with these references; throws a
    /// `PipelineError` naming every bad reference file (exit 65).
    func flow() throws -> DossierFlow {
        do {
            return DossierFlow(engine: try ReviewEngine.load(references, today: today))
        } catch let error as ReviewSetupError {
            throw PipelineError(kind: .definition, diagnostics: error.diagnostics)
        }
    }
}
