import DossierModel
import Foundation
import Ledger
import Packets

/// A snapshot of the ledger's current decisions, in memory, for the queue, search and home
/// pages: built from the ledger in pages (the blobs decoded on every core), replaced whole
/// when a run finishes (`IndexKeeper`). Immutable, so requests read it without locks.
public struct WorkbenchIndex: Sendable {
    /// Every dossier id with a current decision, sorted by id.
    public let dossiers: [IndexedDossier]
    /// The queues, sorted by id, each with its members (indexes into `dossiers`).
    public let queues: [Queue]
    /// The newest run when the snapshot was taken (what a refresh compares).
    public let mark: Mark
    /// How long the build took, in seconds.
    public let buildSeconds: Double
    let positions: [String: Int]
    private let queuePositions: [String: Int]
    /// What search looks up instead of visiting every dossier (`WorkbenchIndex+Search`).
    let searchIndex: SearchIndex

    public struct Queue: Sendable, Hashable {
        public var id: String
        public var name: String
        public var nameEn: String
        public var members: [Int]
        /// Its dossiers counted by outcome, and the provinces they are in (sorted), for the
        /// home page's counts and the queue page's filter form.
        public var outcomes: [Outcome: Int]
        public var provinces: [String]
    }

    /// The newest run's id, status and counts: a run that finished, or a new one, changes it.
    public struct Mark: Sendable, Hashable {
        public var run: RunID?
        public var status: RunStatus?

        static func of(_ ledger: any LedgerStore) throws -> Mark {
            let newest = try ledger.recentRuns(limit: 1).first
            return Mark(run: newest?.id, status: newest?.status)
        }
    }

    init(dossiers: [IndexedDossier], queueNames: [String: (String, String)], mark: Mark, buildSeconds: Double) {
        self.dossiers = dossiers
        var positions: [String: Int] = [:]
        positions.reserveCapacity(dossiers.count)
        var members: [String: [Int]] = [:]
        for (index, dossier) in dossiers.enumerated() {
            positions[dossier.id] = index
            for queue in Set(dossier.queues) { members[queue, default: []].append(index) }
        }
        self.positions = positions
        // Each queue's members in due order (earliest first, then by id; undated last), so a
        // listing filters without sorting.
        func before(_ a: Int, _ b: Int) -> Bool {
            switch (dossiers[a].due, dossiers[b].due) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return dossiers[a].id < dossiers[b].id
            }
        }
        queues = members.keys.sorted().map { id in
            let name = queueNames[id] ?? (id, id)
            let queued = (members[id] ?? []).sorted(by: before)
            var outcomes: [Outcome: Int] = [:]
            var provinces: Set<String> = []
            for member in queued {
                outcomes[dossiers[member].outcome, default: 0] += 1
                if let province = dossiers[member].province { provinces.insert(province) }
            }
            return Queue(id: id, name: name.0, nameEn: name.1, members: queued, outcomes: outcomes, provinces: provinces.sorted())
        }
        searchIndex = SearchIndex(dossiers)
        var queuePositions: [String: Int] = [:]
        for (index, queue) in queues.enumerated() { queuePositions[queue.id] = index }
        self.queuePositions = queuePositions
        self.mark = mark
        self.buildSeconds = buildSeconds
    }

    /// The dossier with this id, if it has a current decision.
    public func dossier(_ id: String) -> IndexedDossier? { positions[id].map { dossiers[$0] } }

    /// The queue with this id.
    public func queue(_ id: String) -> Queue? { queuePositions[id].map { queues[$0] } }

    /// Reads every current decision with its version from the ledger, `pageSize` at a time,
    /// decoding each page on `jobs` threads.
    static func build(from ledger: any LedgerStore, pageSize: Int = 512, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws
        -> WorkbenchIndex
    {
        let started = Date()
        let mark = try Mark.of(ledger)
        var dossiers: [IndexedDossier] = []
        var names: [String: (String, String)] = [:]
        try ledger.forEachStoredDossier(matching: .all, pageSize: pageSize) { page in
            let decoded = try decode(page, jobs: jobs)
            for (row, decision) in decoded {
                dossiers.append(row)
                if let route = decision.route {
                    for authority in route.authorities {
                        names[QueueBuilder.queueID(authority, province: route.province)] = (authority.name, authority.nameEn)
                    }
                }
            }
        }
        return WorkbenchIndex(dossiers: dossiers, queueNames: names, mark: mark, buildSeconds: Date().timeIntervalSince(started))
    }

    /// The index rows of a page, in page order.
    private static func decode(_ page: [StoredDossier], jobs: Int) throws -> [(IndexedDossier, Decision)] {
        let results = DecodeResults(count: page.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, page.count))) { worker in
            var index = worker
            while index < page.count {
                let stored = page[index]
                results.set(
                    index,
                    Result {
                        let decision = try stored.decision.decoded()
                        let dossier = try LedgerBlobCodec.decode(Dossier.self, stored.version.body)
                        let row = IndexedDossier(
                            decision: decision, dossier: dossier, run: stored.decision.runID, reclassified: stored.decision.change != nil)
                        return (row, decision)
                    })
                index += max(1, min(jobs, page.count))
            }
        }
        return try results.values()
    }
}

/// The decoded rows of one page, filled from several threads.
private final class DecodeResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<(IndexedDossier, Decision), any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<(IndexedDossier, Decision), any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func values() throws -> [(IndexedDossier, Decision)] {
        try slots.map { slot in
            guard let slot else { throw WorkbenchIndexProblem("a dossier of the page was not decoded") }
            return try slot.get()
        }
    }
}

struct WorkbenchIndexProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
