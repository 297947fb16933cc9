import DossierModel
import Foundation

/// Collects a batch one decision at a time and builds its `BatchSummary`.
///
/// Pure and order-independent: the same decisions added in any order build the same
/// summary. A dossier added twice (same id) counts once, with the later decision. The
/// counts are kept as they come (`SummaryTally`); the rows go to a `SummaryItemStore`, in
/// memory by default, on disk for a nightly batch, so that `write` renders a summary of any
/// size in bounded memory. Not thread-safe: the runner feeds it from one place.
public struct SummaryBuilder: Sendable {
    /// Whether a dossier was decided in this run or reused from an earlier one.
    public enum Processing: String, Codable, Sendable, Hashable {
        case processed
        case skipped
    }

    private let run: RunContext
    private let store: any SummaryItemStore
    private var tally = SummaryTally()

    public init(run: RunContext, store: any SummaryItemStore = SummaryItemsInMemory()) {
        self.run = run
        self.store = store
    }

    /// Adds one dossier's decision, where its packets are, and whether it was processed now.
    /// Returns true when it replaced an earlier decision of the same dossier (or quarantine
    /// of the same place).
    @discardableResult
    public mutating func add(_ d: Decision, packet: PacketPaths?, processing: Processing = .processed) throws -> Bool {
        let item = SummaryItem(d, packet: packet, processing: processing)
        let key = Self.key(d)
        let replaced = try store.put(item, key: key)
        if let replaced { tally.remove(replaced, key: key) }
        tally.add(item, key: key)
        return replaced != nil
    }

    /// The number of dossiers added so far.
    public var count: Int { tally.dossiers }

    /// The summary's counts, its quarantine and dossier lists empty: what `SummaryJSON` and
    /// `SummaryHTML` write around the rows they read from the store.
    public var counts: BatchSummary { tally.summary(run: run) }

    /// Quarantined dossiers decided in this run, not reused as unchanged.
    public var processedQuarantined: Int { tally.processedQuarantined }

    /// How many quarantine rows the summary lists.
    public var quarantineCount: Int { tally.quarantineRows }

    /// Calls `body` with every dossier row, by dossier id.
    public func forEachRow(_ body: (BatchSummary.DossierRow) throws -> Void) throws {
        try store.forEachRow(body)
    }

    /// Calls `body` with every quarantine row, by file and position.
    public func forEachQuarantine(_ body: (BatchSummary.QuarantineRow) throws -> Void) throws {
        try store.forEachQuarantine(body)
    }

    /// The whole summary in memory, rows included: for small batches and tests. A nightly
    /// run writes its summary with `SummaryJSON.write` and `SummaryHTML.write` instead.
    public func build() throws -> BatchSummary {
        var summary = counts
        try forEachQuarantine { summary.quarantines.append($0) }
        try forEachRow { summary.dossiers.append($0) }
        return summary
    }

    /// The dossier id, or for a quarantine without one, the place it was read from.
    static func key(_ decision: Decision) -> String {
        if let q = decision.quarantine, q.dossierId == nil { return "\u{0}" + q.location.description }
        return decision.dossierID
    }
}
