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
    /// Where the worker reports how far it has come (the CLI's progress line on a terminal).
    public var progress: (any RunProgress)?
    public var batchSize: Int

    public init(
        definitionPath: String, ledger: String?, runKey: String, workerID: String, leaseSeconds: Int = 60,
        chunkSize: Int = 128, today: CalendarDate, generatedAt: String, concurrency: Int? = nil, progress: (any RunProgress)? = nil,
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
