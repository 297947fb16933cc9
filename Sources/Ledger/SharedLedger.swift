import Foundation

/// A slice of one input file that one worker processes: the items (records, bundle
/// dossiers, input problems) numbered `index * size ..< (index + 1) * size` in the order the
/// file's reader yields them, `size` being the run's chunk size.
///
/// Every worker reads every input file (splitting is cheap next to deciding), so every
/// worker can name every chunk; the ledger hands each chunk to exactly one worker at a time.
public struct WorkChunk: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The input path as the pipeline definition expanded it (the same string on every worker).
    public var file: String
    /// 0-based chunk number in the file.
    public var index: Int

    public init(file: String, index: Int) {
        self.file = file
        self.index = index
    }

    public static func < (lhs: WorkChunk, rhs: WorkChunk) -> Bool { (lhs.file, lhs.index) < (rhs.file, rhs.index) }

    /// `inbox/batch-1.xml#3`
    public var description: String { "\(file)#\(index)" }
}

/// Where the chunks of a shared run stand.
public struct ChunkProgress: Sendable, Hashable {
    /// Chunks any worker has claimed so far.
    public var known: Int
    /// Chunks recorded as done.
    public var done: Int
    /// Chunks not done whose lease has not expired (a live worker holds them).
    public var leased: Int
    /// Chunks not done whose lease has expired (their worker died or stalled): to claim again.
    public var expired: Int

    public init(known: Int, done: Int, leased: Int, expired: Int) {
        self.known = known
        self.done = done
        self.leased = leased
        self.expired = expired
    }

    /// True when every known chunk is done.
    public var isComplete: Bool { done == known }
}

/// A ledger that several worker processes, on one host or many, share for one run
/// (`outbound worker`): the run is started once and joined by the others, input files are
/// registered once, and the work is handed out in chunks with leases, so a chunk whose
/// worker died is claimed again by another and every dossier ends with exactly one decision.
///
/// Leases are kept by the database's clock, never the workers', so hosts whose clocks
/// disagree still agree on expiry. Every method is one transaction; all are safe to call
/// from many processes at once.
public protocol SharedLedger: LedgerStore {
    /// Starts the run `runKey` of pipeline `pipelineID`, or joins it when another worker
    /// started it; returns its id and whether this call started it. A run that is already
    /// `finished` or `failed` is returned as it is (the caller decides what to do). The
    /// worker that starts the run sets its `generatedAt` (the time every worker's packets name).
    func joinRun(pipelineID: String, runKey: String, outboundVersion: String, chunkSize: Int, generatedAt: String?) throws -> (
        run: LedgerRun, chunkSize: Int, started: Bool
    )

    /// Claims chunks for `worker`: a chunk no worker has claimed, or one whose lease expired
    /// before it was done, becomes this worker's with a lease of `leaseSeconds`; returns the
    /// chunks it now holds (a subset of `chunks`).
    func claim(_ chunks: [WorkChunk], in run: RunID, worker: String, leaseSeconds: Int) throws -> [WorkChunk]

    /// Claims up to `limit` chunks whose lease expired before they were done, skipping rows
    /// another worker is claiming at the same moment (`FOR UPDATE SKIP LOCKED`).
    func claimExpired(in run: RunID, worker: String, leaseSeconds: Int, limit: Int) throws -> [WorkChunk]

    /// Extends the lease of every chunk `worker` holds and has not finished; returns how
    /// many it still holds (a chunk taken over by another worker is no longer held).
    @discardableResult
    func renewLeases(in run: RunID, worker: String, leaseSeconds: Int) throws -> Int

    /// Marks chunks `worker` holds as done (after their results are recorded); a chunk it no
    /// longer holds is left alone. Returns the chunks marked.
    @discardableResult
    func complete(_ chunks: [WorkChunk], in run: RunID, worker: String) throws -> [WorkChunk]

    /// Where the run's chunks stand.
    func chunkProgress(in run: RunID) throws -> ChunkProgress

    /// Elects the worker that writes the run's summary and queues and finishes the run:
    /// true for one caller at a time, and only once every known chunk is done. The election
    /// is a lease of `leaseSeconds` too, so if the finishing worker dies another finishes.
    func claimFinish(in run: RunID, worker: String, leaseSeconds: Int) throws -> Bool
}
