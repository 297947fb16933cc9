import Foundation

/// A value the in-order hand-on of an intake run builds up (counts, the decisions kept):
/// `IntakeRunner` calls its `emit` one result at a time, but from whichever intake thread
/// hands results on, so the value sits behind a lock of its own.
final class EmitState<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Changes the value.
    func update(_ body: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&value)
    }

    /// The value now.
    var current: Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
