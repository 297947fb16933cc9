import Catalogue
import DossierModel

extension PipelineDefinition {
    /// The definition in the file at `path`, for a run; a bad file is a `PipelineError`
    /// naming its first problem (exit 65).
    public static func forRun(path: String) throws -> PipelineDefinition {
        do {
            return try PipelineDefinitionLoader.load(path: path)
        } catch let error as ReferenceFileError {
            throw PipelineError(kind: .definition, diagnostics: [error.diagnostic])
        }
    }

    /// The output folder, created when missing, ready to take files atomically; a failure is
    /// `run.output` (exit 74).
    func outputWriter() throws -> AtomicFileWriter {
        do {
            return try AtomicFileWriter(root: output)
        } catch {
            throw PipelineError(
                kind: .io,
                diagnostics: [.error("run.output", "cannot create the output folder: \(error)", at: SourceLocation(file: output))])
        }
    }
}
