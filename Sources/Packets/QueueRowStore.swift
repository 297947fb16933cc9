import DossierModel

/// Where a `QueueBuilder` keeps its rows: in memory (`QueueRowsInMemory`, the default) or
/// on disk for a batch of any size (the pipeline's spill file). Used from one thread at a
/// time.
public protocol QueueRowStore: AnyObject, Sendable {
    /// Replaces the rows of `dossierID`, in every queue, with `rows`.
    func replace(dossierID: String, with rows: [QueuedRow]) throws
    /// The ids of the queues with at least one row, sorted.
    func queueIDs() throws -> [String]
    /// Calls `body` with the rows of one queue in `AuthorityQueue.ordered` order.
    func forEachRow(inQueue queueID: String, _ body: (AuthorityQueue.Row) throws -> Void) throws
}

/// The rows of the queues in memory: for tests, single dossiers and small batches.
public final class QueueRowsInMemory: QueueRowStore, @unchecked Sendable {
    private var rows: [String: [String: [AuthorityQueue.Row]]] = [:]

    public init() {}

    public func replace(dossierID: String, with queued: [QueuedRow]) {
        for key in rows.keys { rows[key]?[dossierID] = nil }
        for item in queued { rows[item.queueID, default: [:]][dossierID, default: []].append(item.row) }
    }

    public func queueIDs() -> [String] {
        rows.filter { !$0.value.isEmpty }.keys.sorted()
    }

    public func forEachRow(inQueue queueID: String, _ body: (AuthorityQueue.Row) throws -> Void) throws {
        for row in (rows[queueID] ?? [:]).values.flatMap({ $0 }).sorted(by: AuthorityQueue.ordered) { try body(row) }
    }
}
