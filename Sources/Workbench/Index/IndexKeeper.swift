import Foundation
import Ledger
import Logging

/// Keeps the current `WorkbenchIndex`: built at start, and built again in the background
/// when the ledger's newest run changes (a nightly or re-classification started or finished),
/// checked at most every `interval` seconds as requests come. Requests always get a complete
/// snapshot; the old one serves until the new one is ready.
final class IndexKeeper: @unchecked Sendable {
    private let ledger: any LedgerStore
    private let logger: Logger
    private let interval: TimeInterval
    private let lock = NSLock()
    private var current: WorkbenchIndex
    private var lastCheck = Date()
    private var building = false
    private let queue = DispatchQueue(label: "outbound.workbench.index")

    init(ledger: any LedgerStore, logger: Logger, interval: TimeInterval = 2) throws {
        self.ledger = ledger
        self.logger = logger
        self.interval = interval
        current = try WorkbenchIndex.build(from: ledger)
        logger.info(
            "indexed \(current.dossiers.count) dossiers in \(current.queues.count) queues in \(String(format: "%.2f", current.buildSeconds)) s"
        )
    }

    /// The current snapshot; starts a rebuild when the ledger moved on since it was taken.
    var index: WorkbenchIndex {
        lock.lock()
        let snapshot = current
        let due = !building && Date().timeIntervalSince(lastCheck) >= interval
        if due {
            lastCheck = Date()
            building = true
        }
        lock.unlock()
        if due { queue.async { self.rebuildIfMoved(from: snapshot.mark) } }
        return snapshot
    }

    /// Builds the index again now, whatever the mark says (after a reviewer's clearance, for
    /// tests); returns the new snapshot.
    @discardableResult
    func rebuild() throws -> WorkbenchIndex {
        let fresh = try WorkbenchIndex.build(from: ledger)
        lock.lock()
        current = fresh
        lock.unlock()
        return fresh
    }

    private func rebuildIfMoved(from mark: WorkbenchIndex.Mark) {
        defer {
            lock.lock()
            building = false
            lock.unlock()
        }
        do {
            guard try WorkbenchIndex.Mark.of(ledger) != mark else { return }
            let fresh = try rebuild()
            logger.info(
                "re-indexed \(fresh.dossiers.count) dossiers in \(String(format: "%.2f", fresh.buildSeconds)) s (run \(fresh.mark.run?.description ?? "-"))"
            )
        } catch {
            logger.error("cannot re-index the ledger: \(error)")
        }
    }
}
