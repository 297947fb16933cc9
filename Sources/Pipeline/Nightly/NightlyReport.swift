import Catalogue
import DossierModel
import Foundation

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
