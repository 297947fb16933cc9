import Catalogue
import DossierModel
import Foundation

/// What `outbound worker` hands to the pipeline: the definition, the shared ledger, which
/// run to join, and how this worker takes its share.
public struct WorkerRequest: Sendable {
    /// The pipeline definition file (every worker of a run uses the same one).
    public var definitionPath: String
    /// The PostgreSQL URL of the shared ledger; the definition's `ledger` when nil.
    public var ledger: String?
    /// The name of the run the workers share (`2026-11-21`): workers started with the same
    /// key join the same run; the first to arrive starts it.
    public var runKey: String
    /// This worker's name in the ledger's leases (`host-a:4711`); unique per process.
    public var workerID: String
    /// How long a claimed chunk stays this worker's without a renewal; a dead worker's
    /// chunks are claimed again this long after its last renewal.
    public var leaseSeconds: Int
    /// Items per chunk, for a run this worker starts (a run keeps the size it started with).
    public var chunkSize: Int
    public var today: CalendarDate
    public var generatedAt: String
    public var concurrency: Int?
    public var progress: Bool
    public var batchSize: Int

    public init(
        definitionPath: String, ledger: String?, runKey: String, workerID: String, leaseSeconds: Int = 60,
        chunkSize: Int = 128, today: CalendarDate, generatedAt: String, concurrency: Int? = nil, progress: Bool = false,
        batchSize: Int = 256
    ) {
        self.definitionPath = definitionPath
        self.ledger = ledger
        self.runKey = runKey
        self.workerID = workerID
        self.leaseSeconds = max(1, leaseSeconds)
        self.chunkSize = max(1, chunkSize)
        self.today = today
        self.generatedAt = generatedAt
        self.concurrency = concurrency
        self.progress = progress
        self.batchSize = max(1, batchSize)
    }

    /// `hostname:pid`, the default worker id.
    public static var defaultWorkerID: String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }
}

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
