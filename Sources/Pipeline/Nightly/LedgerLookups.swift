import DossierModel
import Foundation
import Hashing
import Ledger
import Packets

/// The ledger states the pre-parse check (`NightlyStep.isUnchanged`) looked up, kept until
/// `NightlyStep.work` takes them for the same record a moment later on the same worker, so
/// that each record costs one ledger lookup, not two (one round trip, on a shared PostgreSQL
/// ledger). Keyed by dossier id and content hash; a record whose parse gives another id (or
/// none) leaves its entry, so the table is emptied when it grows past a bound.
final class LedgerLookups: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [String: DossierState?] = [:]
    private static let bound = 4096

    func put(_ id: String, _ hash: String, _ state: DossierState?) {
        lock.lock()
        defer { lock.unlock() }
        if states.count >= Self.bound { states.removeAll(keepingCapacity: true) }
        states[id + "\u{0}" + hash] = .some(state)
    }

    /// The state looked up for this record (`.some(nil)`: the ledger does not know the id),
    /// removed from the table; nil when it was not looked up.
    func take(_ id: String, _ hash: String) -> DossierState?? {
        lock.lock()
        defer { lock.unlock() }
        return states.removeValue(forKey: id + "\u{0}" + hash)
    }
}
