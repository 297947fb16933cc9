import Foundation
import Ledger
import Logging

/// Renews this worker's chunk leases in the background, three times per lease period, for
/// as long as the worker runs: a live worker never loses a chunk, a dead one stops renewing
/// and its chunks expire.
///
/// A thread of its own, not a Dispatch timer: the renewal blocks on the ledger, and a
/// blocked Dispatch thread is one the PostgreSQL client's tasks may be waiting for.
final class LeaseKeeper: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false
    private var thread: Thread?

    init(ledger: any SharedLedger, runID: RunID, workerID: String, leaseSeconds: Int, logger: Logger) {
        let interval = max(0.2, Double(leaseSeconds) / 3)
        let thread = Thread { [self] in
            while waitOrStop(interval) {
                do {
                    try ledger.renewLeases(in: runID, worker: workerID, leaseSeconds: leaseSeconds)
                } catch {
                    // A missed renewal only risks a chunk being done twice, which the ledger's
                    // unique keys make harmless; say so and try again next time.
                    logger.warning("worker.lease-renewal: cannot renew the leases of \(workerID): \(error)")
                }
            }
        }
        thread.name = "outbound-leases"
        self.thread = thread
        thread.start()
    }

    /// Waits `interval` seconds; false when `stop` was called meanwhile.
    private func waitOrStop(_ interval: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: interval)
        while !stopped {
            if !condition.wait(until: deadline) { return !stopped }
        }
        return false
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    deinit { stop() }
}
