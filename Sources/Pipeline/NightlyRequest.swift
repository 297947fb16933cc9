import Catalogue
import DossierModel
import Foundation

/// What `outbound run` hands to the pipeline: the definition and the run's settings.
public struct NightlyRequest: Sendable {
    /// The pipeline definition file.
    public var definitionPath: String
    /// The day whose catalogue applies to a dossier without a filing date.
    public var today: CalendarDate
    /// When the run generated its outputs, as written into packets and the summary.
    public var generatedAt: String
    /// Overrides the definition's concurrency when set.
    public var concurrency: Int?
    /// Show the live progress line (on a terminal).
    public var progress: Bool
    /// Results recorded in the ledger per transaction.
    public var batchSize: Int

    public init(
        definitionPath: String, today: CalendarDate, generatedAt: String, concurrency: Int? = nil, progress: Bool = false,
        batchSize: Int = 256
    ) {
        self.definitionPath = definitionPath
        self.today = today
        self.generatedAt = generatedAt
        self.concurrency = concurrency
        self.progress = progress
        self.batchSize = max(1, batchSize)
    }
}

/// What a nightly run did.
public struct NightlyReport: Sendable, Codable {
    public var runID: String
    public var inputs = 0
    public var inputProblems = 0
    /// Dossiers decided in this run (new or changed), quarantines apart.
    public var processed = 0
    /// Dossiers unchanged since an earlier run (same bytes, same reference files).
    public var skipped = 0
    public var quarantined = 0
    /// Dossier ids that came more than once in the run (the later one is kept).
    public var repeated = 0
    public var packetsWritten = 0
    public var byOutcome: [String: Int] = [:]
    public var seconds = 0.0
    /// The output folder.
    public var output: String

    /// True when every input was read and no dossier was quarantined.
    public var isClean: Bool { quarantined == 0 && inputProblems == 0 }
}

/// A problem fatal to a run, with the exit status the CLI gives it.
public struct NightlyError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// A bad pipeline definition or reference file (exit 65).
        case definition
        /// The ledger or the output folder failed (exit 74).
        case io
    }

    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension PipelineDefinition {
    /// The reference paths of the review.
    var reviewPaths: ReviewReferencePaths {
        ReviewReferencePaths(
            catalogues: references.catalogues, routing: references.routing, calendars: references.calendars,
            clocks: references.clocks, partyLists: references.partyLists, allowList: references.allowList,
            screeningThreshold: references.screeningThreshold)
    }

    /// The SQLite path of `ledger` (nil for a PostgreSQL URL).
    var sqlitePath: String? {
        if ledger.hasPrefix("postgresql://") || ledger.hasPrefix("postgres://") { return nil }
        return ledger.hasPrefix("sqlite:") ? String(ledger.dropFirst("sqlite:".count)) : ledger
    }
}
