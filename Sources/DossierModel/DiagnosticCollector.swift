import Foundation

/// Collects the recoverable findings of a stage. Thread-safe, so one collector may serve a
/// whole run; most callers use one per dossier.
public final class DiagnosticCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    /// Records one diagnostic.
    public func emit(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    /// Everything recorded so far, in emission order.
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }

    /// Removes and returns everything recorded so far.
    public func drain() -> [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        let out = items
        items.removeAll()
        return out
    }

    /// True when an error was recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
