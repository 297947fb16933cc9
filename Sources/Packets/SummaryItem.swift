import DossierModel

/// What the batch summary keeps of one dossier: its contributions to the counts and its
/// rows, instead of the whole decision, so that a batch of any size stays small.
public struct SummaryItem: Sendable, Hashable {
    public var outcome: Outcome
    public var province: String?
    /// Each authority of the route once: its id and its chart label.
    public var authorities: [AuthorityLabel]
    /// Each catalogue entry (identity and code) with a counting hit once, count 1.
    public var entries: [BatchSummary.EntryCount]
    public var flags: Set<FlagKind>
    public var quarantine: BatchSummary.QuarantineRow?
    public var row: BatchSummary.DossierRow
    public var processing: SummaryBuilder.Processing

    public init(
        outcome: Outcome, province: String?, authorities: [AuthorityLabel], entries: [BatchSummary.EntryCount], flags: Set<FlagKind>,
        quarantine: BatchSummary.QuarantineRow?, row: BatchSummary.DossierRow, processing: SummaryBuilder.Processing
    ) {
        self.outcome = outcome
        self.province = province
        self.authorities = authorities
        self.entries = entries
        self.flags = flags
        self.quarantine = quarantine
        self.row = row
        self.processing = processing
    }

    /// What the summary keeps of a decision, where its packets are, and whether it was
    /// processed now.
    public init(_ d: Decision, packet: PacketPaths?, processing: SummaryBuilder.Processing) {
        let authorities = Self.unique(d.route?.authorities ?? [], by: \.id).map {
            AuthorityLabel(id: $0.id, label: "\($0.nameEn) (\($0.name))")
        }
        let entries = Self.unique(d.countingHits, by: { "\($0.entryIdentity)\u{0}\($0.entryCode ?? "")" }).map {
            BatchSummary.EntryCount(
                identity: $0.entryIdentity, code: $0.entryCode, name: $0.entryName, nameEn: $0.entryNameEn, part: $0.part.rawValue, count: 1
            )
        }
        let quarantine = d.quarantine.map { q in
            BatchSummary.QuarantineRow(
                dossierID: q.dossierId, reason: q.reason, diagnosticID: q.diagnosticId, file: q.location.file,
                member: q.location.member, line: q.location.line, column: q.location.column, packet: packet)
        }
        let row = BatchSummary.DossierRow(
            dossierID: d.dossierID, outcome: d.outcome.rawValue, province: d.route?.province, status: processing.rawValue,
            flags: FlagKind.allCases.filter { d.has($0) }.map(\.rawValue), packet: packet)
        self.init(
            outcome: d.outcome, province: d.route?.province, authorities: authorities, entries: entries,
            flags: Set(d.flags.map(\.kind)), quarantine: quarantine, row: row, processing: processing)
    }

    /// The first element of each key, in order.
    private static func unique<T>(_ values: [T], by key: (T) -> String) -> [T] {
        var seen = Set<String>()
        return values.filter { seen.insert(key($0)).inserted }
    }

    /// An authority's id and the label its chart bar carries: English name and Chinese name.
    public struct AuthorityLabel: Codable, Sendable, Hashable {
        public var id: String
        public var label: String
    }
}

/// Where a `SummaryBuilder` keeps its items: in memory (`SummaryItemsInMemory`, the
/// default) or on disk for a batch of any size (the pipeline's spill file). Used from one
/// thread at a time.
public protocol SummaryItemStore: AnyObject, Sendable {
    /// Stores the rows of `item` under `key` (a dossier id, or for a quarantine without one
    /// the place it was read from) and returns the item stored under it before, if any.
    func put(_ item: SummaryItem, key: String) throws -> SummaryItem?
    /// Calls `body` with every dossier row, by dossier id, then outcome, then key.
    func forEachRow(_ body: (BatchSummary.DossierRow) throws -> Void) throws
    /// Calls `body` with every quarantine row, by file, member, line, column, dossier id.
    func forEachQuarantine(_ body: (BatchSummary.QuarantineRow) throws -> Void) throws
}

/// The items of a summary in memory: for tests, single dossiers and small batches.
public final class SummaryItemsInMemory: SummaryItemStore, @unchecked Sendable {
    private var items: [String: SummaryItem] = [:]

    public init() {}

    public func put(_ item: SummaryItem, key: String) -> SummaryItem? {
        items.updateValue(item, forKey: key)
    }

    public func forEachRow(_ body: (BatchSummary.DossierRow) throws -> Void) throws {
        let sorted = items.sorted { a, b in
            (a.value.row.dossierID, a.value.row.outcome, a.key) < (b.value.row.dossierID, b.value.row.outcome, b.key)
        }
        for (_, item) in sorted { try body(item.row) }
    }

    public func forEachQuarantine(_ body: (BatchSummary.QuarantineRow) throws -> Void) throws {
        let rows = items.values.compactMap(\.quarantine).sorted(by: BatchSummary.QuarantineRow.ordered)
        for row in rows { try body(row) }
    }
}

extension BatchSummary.QuarantineRow {
    /// By file, member, line, column and dossier id.
    public static func ordered(_ a: Self, _ b: Self) -> Bool {
        (a.file, a.member ?? "", a.line ?? 0, a.column ?? 0, a.dossierID ?? "") < (
            b.file, b.member ?? "", b.line ?? 0, b.column ?? 0, b.dossierID ?? ""
        )
    }
}
