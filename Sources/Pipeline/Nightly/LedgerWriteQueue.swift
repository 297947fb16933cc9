import Dispatch

/// Runs the recorder's ledger writes on a serial Dispatch queue of their own, in the order
/// they are handed over, so that a ledger transaction never runs on an intake thread.
///
/// The recorder is fed by whichever worker finishes the next dossier in input order. When it
/// wrote its batches itself, that worker stood still for the whole transaction while the
/// intake's window filled and the other threads ran dry (2 jobs scaled to 1.60x one at 100,000
/// dossiers). Handed to this queue, the write runs beside the intake threads, which go on deciding.
///
/// At most `depth` operations wait or run at a time; `async` blocks the caller beyond that, so
/// a ledger slower than the intake threads holds the intake back instead of piling up batches in
/// memory.
final class LedgerWriteQueue: Sendable {
    private let queue: DispatchQueue
    private let slots: DispatchSemaphore

    init(label: String, depth: Int = 2) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
        slots = DispatchSemaphore(value: max(1, depth))
    }

    /// Runs `operation` after every operation handed over before it; waits while `depth`
    /// operations are already waiting or running.
    func async(_ operation: @escaping @Sendable () -> Void) {
        slots.wait()
        queue.async { [slots] in
            operation()
            slots.signal()
        }
    }

    /// Returns once every operation handed over so far has run.
    func wait() {
        queue.sync {}
    }
}
