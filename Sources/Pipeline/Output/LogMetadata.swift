import DossierModel
import Logging

/// The metadata a run's log lines carry for their readers (the CLI's console, a log
/// collector reading the JSON logs).
public enum LogMetadata {
    /// The key under which a log line names the diagnostic it reports, so that a terminal can
    /// count warnings by id instead of printing each.
    public static let diagnostic = "diagnostic"

    /// The metadata of a log line that reports `diagnostic`.
    static func reporting(_ diagnostic: Diagnostic) -> Logger.Metadata {
        [Self.diagnostic: .string(diagnostic.id)]
    }
}
