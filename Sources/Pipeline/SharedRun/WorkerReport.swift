import Catalogue
import DossierModel
import Foundation

/// What one worker did in a shared run.
public struct WorkerReport: Sendable, Codable {
    public var runID: String
    public var runKey: String
    public var workerID: String
    /// True when this worker started the run (the others joined it).
    public var startedRun = false
    /// True when the run was already finished or failed when this worker arrived.
    public var alreadyEnded = false
    /// Chunks this worker claimed while reading, and chunks it took over from workers
    /// whose lease expired.
    public var chunksClaimed = 0
    public var chunksTakenOver = 0
    /// Dossiers this worker decided, found unchanged, or quarantined.
    public var processed = 0
    public var skipped = 0
    public var quarantined = 0
    public var inputProblems = 0
    public var packetsWritten = 0
    /// True when this worker wrote the summary and queues and finished the run.
    public var finishedRun = false
    /// The whole run's report, when this worker finished it.
    public var run: NightlyReport?
    public var seconds = 0.0
}
