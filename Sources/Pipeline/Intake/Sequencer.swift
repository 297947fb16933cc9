import Dispatch
import DossierModel
import Extract
import Foundation
import Hashing
import Normalise

/// Hands results on in sequence order, whatever order the threads finish in.
///
/// `emit` runs outside the lock: the worker that finds the next result ready becomes the
/// emitter and hands on every ready result, while the other threads only file theirs and go
/// back to work (a slow `emit`, such as a ledger transaction, never stalls them). Only one
/// thread emits at a time, so `emit` is never called concurrently.
final class Sequencer<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: Output] = [:]
    private var next = 0
    private var emitting = false
    private let emit: @Sendable (Output) -> Void
    private let onEmit: @Sendable () -> Void

    init(emit: @escaping @Sendable (Output) -> Void, onEmit: @escaping @Sendable () -> Void) {
        self.emit = emit
        self.onEmit = onEmit
    }

    func put(_ number: Int, _ output: Output) {
        lock.lock()
        waiting[number] = output
        guard !emitting else {
            lock.unlock()
            return
        }
        emitting = true
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            lock.unlock()
            emit(ready)
            onEmit()
            lock.lock()
        }
        emitting = false
        lock.unlock()
    }
}
