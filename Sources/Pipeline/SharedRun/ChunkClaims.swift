import DossierModel
import Foundation
import Ledger
import Logging

/// The reading side of a shared run: decides, item by item on the reading thread, whether
/// this worker handles an item, claiming each chunk from the ledger when its first item
/// comes. Not thread-safe: only the intake's reading thread calls `admit`.
final class ChunkClaims: @unchecked Sendable {
    private let ledger: any SharedLedger
    private let runID: RunID
    private let workerID: String
    private let chunkSize: Int
    private let leaseSeconds: Int
    /// Chunks to handle without claiming (taken over already); nil while reading everything.
    private let only: Set<WorkChunk>?
    private var current: WorkChunk?
    private var admitted = false
    private(set) var claimed = 0
    /// The ledger failure that stopped claiming; once set, nothing more is admitted.
    private(set) var failure: (any Error)?
    /// Fault injection for the crash tests: with `OUTBOUND_FAULT_STALL_AFTER_CLAIMS=N` in the
    /// environment, the worker stops for good right after its N-th claim, holding chunks it
    /// will never finish, so a test can kill it at a moment when it certainly holds work.
    private let stallAfter = ProcessInfo.processInfo.environment["OUTBOUND_FAULT_STALL_AFTER_CLAIMS"].flatMap(Int.init)

    init(ledger: any SharedLedger, runID: RunID, workerID: String, chunkSize: Int, leaseSeconds: Int, only: Set<WorkChunk>? = nil) {
        self.ledger = ledger
        self.runID = runID
        self.workerID = workerID
        self.chunkSize = chunkSize
        self.leaseSeconds = leaseSeconds
        self.only = only
    }

    /// The chunk an item belongs to.
    static func chunk(of position: IntakePosition, size: Int) -> WorkChunk {
        WorkChunk(file: position.file, index: position.item / size)
    }

    private static func stallForever(_ workerID: String, after claims: Int) -> Never {
        FileHandle.standardError.write(
            Data("worker.fault-stall: worker \(workerID) stops after \(claims) claims (OUTBOUND_FAULT_STALL_AFTER_CLAIMS)\n".utf8))
        while true { Thread.sleep(forTimeInterval: 3600) }
    }

    /// True when this worker handles the item at `position`.
    func admit(_ position: IntakePosition) -> Bool {
        guard failure == nil else { return false }
        let chunk = Self.chunk(of: position, size: chunkSize)
        if chunk == current { return admitted }
        current = chunk
        if let only {
            admitted = only.contains(chunk)
            return admitted
        }
        do {
            admitted = try !ledger.claim([chunk], in: runID, worker: workerID, leaseSeconds: leaseSeconds).isEmpty
            if admitted { claimed += 1 }
            if admitted, claimed == stallAfter { Self.stallForever(workerID, after: claimed) }
        } catch {
            failure = error
            admitted = false
        }
        return admitted
    }
}
