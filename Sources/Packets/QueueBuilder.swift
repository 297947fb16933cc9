import DossierModel

/// Collects the queues of a batch one decision at a time: every authority in a decision's
/// route gets a row for the dossier. The rows go to a `QueueRowStore`, in memory by default,
/// on disk for a nightly batch; only the queues' names are kept here.
///
/// A provincial department (an authority id starting `provincial-`, the routing tables'
/// naming rule) is a different office in each province, so its queue is per province:
/// `cn-js-provincial-ip-office`. A national authority (`cnipa`) has one queue.
public struct QueueBuilder: Sendable {
    private let store: any QueueRowStore
    private var names: [String: (name: String, nameEn: String)] = [:]

    public init(store: any QueueRowStore = QueueRowsInMemory()) {
        self.store = store
    }

    /// Adds one dossier's decision; a dossier added again replaces its earlier rows.
    public mutating func add(_ decision: Decision, packet: PacketPaths?, processing: SummaryBuilder.Processing = .processed) throws {
        var queued: [QueuedRow] = []
        if let route = decision.route {
            let first = PacketHTML.sortedByDue(route.clocks).first
            let due = first?.due
            let flags = FlagKind.allCases.filter { decision.has($0) }.map(\.rawValue)
            for authority in route.authorities {
                let id = Self.queueID(authority, province: route.province)
                if names[id] == nil { names[id] = (authority.name, authority.nameEn) }
                let row = AuthorityQueue.Row(
                    dossierID: decision.dossierID, outcome: decision.outcome.rawValue, province: route.province, role: authority.role,
                    track: authority.track.rawValue, assetIDs: authority.assetIDs, due: due?.description,
                    dueClock: due == nil ? nil : first?.id, dueClockTitle: due == nil ? nil : first?.title,
                    flags: flags, packet: packet?.html, packetLine: packet?.line, status: processing.rawValue)
                queued.append(QueuedRow(queueID: id, row: row))
            }
        }
        try store.replace(dossierID: decision.dossierID, with: queued)
    }

    /// The queue an authority's rows go to: per province for a provincial department.
    public static func queueID(_ authority: Authority, province: String?) -> String {
        guard authority.id.hasPrefix("provincial-") else { return authority.id }
        return "\((province ?? "unknown-province").lowercased())-\(authority.id)"
    }

    /// Calls `body` with every queue that has rows, by authority id: the queue with its rows
    /// left empty, and a function that calls its argument with the rows, in queue order.
    public func forEachQueue(
        _ body: (AuthorityQueue, _ rows: ((AuthorityQueue.Row) throws -> Void) throws -> Void) throws -> Void
    ) throws {
        for id in try store.queueIDs() {
            guard let name = names[id] else { continue }
            try body(AuthorityQueue(authorityID: id, name: name.name, nameEn: name.nameEn, rows: [])) { each in
                try store.forEachRow(inQueue: id, each)
            }
        }
    }

    /// The queues in memory, by authority id, each sorted: for small batches and tests.
    public func build() throws -> [AuthorityQueue] {
        var queues: [AuthorityQueue] = []
        try forEachQueue { queue, rows in
            var whole = queue
            try rows { whole.rows.append($0) }
            queues.append(whole)
        }
        return queues
    }
}

/// A row and the queue it goes to.
public struct QueuedRow: Sendable, Hashable {
    public var queueID: String
    public var row: AuthorityQueue.Row
}
