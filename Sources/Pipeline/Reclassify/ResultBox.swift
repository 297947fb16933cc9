import Catalogue
import DossierModel
import Foundation
import Hashing
import Ledger
import Packets

/// Slots filled from several threads under a lock, and a shared counter.
final class ResultBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var counter = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The next index below `limit`, or nil when all are claimed.
    func claim(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard counter < limit else { return nil }
        counter += 1
        return counter - 1
    }

    func values() -> [Value] { slots.map { $0! } }
}
