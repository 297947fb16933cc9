import Dispatch

/// Where the ledger's tasks run: a serial Dispatch queue of its own rather than Swift's
/// cooperative thread pool.
///
/// The ledger blocks its caller on a semaphore while a task runs the query. If that task ran
/// on the cooperative pool (as wide as the core count), callers that are themselves on it (a
/// Swift Testing case, an async command) could block every thread of the pool and wait
/// forever for a task that has no thread left. On this queue (an overcommitting one: Dispatch
/// always gives it a thread) the ledger's tasks, postgres-nio's pool loop and its child
/// tasks always make progress, whoever blocks. The work done here is the glue between the
/// event loop and the caller (binding and decoding), never a blocking call.
final class LedgerTaskExecutor: TaskExecutor {
    static let shared = LedgerTaskExecutor()

    private let queue: DispatchQueue
    private static let marker = DispatchSpecificKey<Bool>()

    private init() {
        queue = DispatchQueue(label: "outbound.ledger.tasks")
        queue.setSpecific(key: Self.marker, value: true)
    }

    /// True on the executor's own thread (where blocking on a ledger call would deadlock).
    static var isCurrent: Bool { DispatchQueue.getSpecific(key: marker) == true }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    /// Starts `operation` as a detached task that prefers this executor.
    @discardableResult
    static func detached<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> Task<T, Never> {
        if #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *) {
            return Task.detached(executorPreference: shared, operation: operation)
        }
        return Task.detached(operation: operation)
    }
}
