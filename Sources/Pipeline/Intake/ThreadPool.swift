import Foundation

/// A fixed set of threads of our own that run submitted jobs, for work that blocks (ledger
/// round trips, file writes).
///
/// Not Dispatch's global queues: those threads are also where Swift concurrency runs its
/// tasks on Linux, and the PostgreSQL client's tasks must never wait behind threads that are
/// blocked waiting for them.
final class ThreadPool: @unchecked Sendable {
    private let condition = NSCondition()
    /// Submitted jobs from `head` on; a job taken is set to nil at once, so that what it
    /// holds (a dossier's bytes) is freed when it has run, not when the array is compacted.
    private var jobs: [(@Sendable () -> Void)?] = []
    private var head = 0
    private var pending = 0
    private var closed = false
    private var threads: [Thread] = []

    init(count: Int, name: String) {
        for index in 0..<max(1, count) {
            let thread = Thread { [self] in loop() }
            thread.name = "\(name)-\(index)"
            thread.stackSize = 8 << 20
            threads.append(thread)
            thread.start()
        }
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        pending += 1
        condition.signal()
        condition.unlock()
    }

    /// Waits until every submitted job has run, then lets the threads end.
    func finish() {
        condition.lock()
        while pending > 0 { condition.wait() }
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while head == jobs.count && !closed { condition.wait() }
            if head == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[head]
            jobs[head] = nil
            head += 1
            if head > 1024 {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job?()
            condition.lock()
            pending -= 1
            if pending == 0 { condition.broadcast() }
            condition.unlock()
        }
    }
}
