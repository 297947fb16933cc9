import Dispatch
import Foundation
import Ledger

/// `forEachStoredDossier` with the next page read while the current one is worked: the
/// ledger's page query (and `prepare`, which reads what the page needs besides, such as its
/// match texts) runs on a thread of its own while `body` decides and records the page before
/// it. Reading was a quarter of a delta re-classification's time, with both cores idle but
/// one while it ran.
///
/// Safe for re-classification because the pages are disjoint ranges of dossier ids (keyset
/// paging): what `body` records for one page (decisions, match texts, packets) concerns only
/// that page's dossiers, so a page read in a snapshot taken before those writes commit is the
/// same page read after. At most two pages are in memory.
enum StoredDossierPages {
    static func forEach<Extra: Sendable>(
        _ ledger: any LedgerStore, matching filter: StoredDossierFilter, pageSize: Int,
        prepare: @escaping @Sendable ([StoredDossier]) throws -> Extra,
        _ body: ([StoredDossier], Extra) throws -> Void
    ) throws {
        guard pageSize > 0 else {
            throw LedgerError(
                kind: .invalidInput, path: ledger.path, operation: "iterate the stored dossiers",
                reason: "the page size is \(pageSize); it must be at least 1")
        }
        if let outcomes = filter.outcomes, outcomes.isEmpty { return }
        let fetch: @Sendable (String) throws -> Page<Extra>? = { after in
            let page = try ledger.storedDossiers(matching: filter, after: after, limit: pageSize)
            guard !page.isEmpty else { return nil }
            return Page(dossiers: page, extra: try prepare(page))
        }
        var next = try fetch("")
        while let page = next {
            let last = page.dossiers[page.dossiers.count - 1].version.key.dossierID
            let pending = page.dossiers.count == pageSize ? Prefetch { try fetch(last) } : nil
            do {
                try body(page.dossiers, page.extra)
            } catch {
                _ = pending?.wait()
                throw error
            }
            next = try pending?.wait().get()
        }
    }

    struct Page<Extra: Sendable>: Sendable {
        var dossiers: [StoredDossier]
        var extra: Extra
    }

    /// One call run on a thread of its own (not Dispatch's pool, which the workers of
    /// `body` use), its result waited for once.
    final class Prefetch<Value: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<Value, any Error>?

        init(_ work: @escaping @Sendable () throws -> Value) {
            Thread {
                self.result = Result { try work() }
                self.done.signal()
            }.start()
        }

        /// The result; the semaphore orders the write above before this read.
        func wait() -> Result<Value, any Error> {
            done.wait()
            return result!
        }
    }
}
