import DossierModel
import Foundation

/// Collects a batch one decision at a time and builds its `BatchSummary`.
///
/// Pure and order-independent: the same decisions added in any order build the same
/// summary. A dossier added twice (same id) counts once, with the later decision. Not
/// thread-safe: the runner feeds it from one place.
public struct SummaryBuilder: Sendable {
    /// Whether a dossier was decided in this run or reused from an earlier one.
    public enum Processing: String, Codable, Sendable, Hashable {
        case processed
        case skipped
    }

    /// What the summary needs of one decision, kept instead of the decision itself so that
    /// memory stays small for a batch of any size.
    private struct Item: Sendable {
        var outcome: Outcome
        var province: String?
        var authorities: [(id: String, label: String)]
        var entries: [BatchSummary.EntryCount]
        var flags: Set<FlagKind>
        var quarantine: BatchSummary.QuarantineRow?
        var row: BatchSummary.DossierRow
        var processing: Processing
    }

    private let run: RunContext
    private var items: [String: Item] = [:]

    public init(run: RunContext) {
        self.run = run
    }

    /// Adds one dossier's decision, where its packets are, and whether it was processed now.
    public mutating func add(_ d: Decision, packet: PacketPaths?, processing: Processing = .processed) {
        let authorities = Self.unique(d.route?.authorities ?? [], by: \.id).map { ($0.id, "\($0.nameEn) (\($0.name))") }
        let entries = Self.unique(d.countingHits, by: { "\($0.entryIdentity)\u{0}\($0.entryCode ?? "")" }).map {
            BatchSummary.EntryCount(identity: $0.entryIdentity, code: $0.entryCode, name: $0.entryName, nameEn: $0.entryNameEn, part: $0.part.rawValue, count: 1)
        }
        let quarantine = d.quarantine.map { q in
            BatchSummary.QuarantineRow(
                dossierID: q.dossierId, reason: q.reason, diagnosticID: q.diagnosticId, file: q.location.file,
                member: q.location.member, line: q.location.line, column: q.location.column, packet: packet)
        }
        let row = BatchSummary.DossierRow(
            dossierID: d.dossierID, outcome: d.outcome.rawValue, province: d.route?.province, status: processing.rawValue,
            flags: FlagKind.allCases.filter { d.has($0) }.map(\.rawValue), packet: packet)
        items[Self.key(d)] = Item(
            outcome: d.outcome, province: d.route?.province, authorities: authorities, entries: entries,
            flags: Set(d.flags.map(\.kind)), quarantine: quarantine, row: row, processing: processing)
    }

    /// The number of dossiers added so far.
    public var count: Int { items.count }

    /// The dossier id, or for a quarantine without one, the place it was read from.
    private static func key(_ decision: Decision) -> String {
        if let q = decision.quarantine, q.dossierId == nil { return "\u{0}" + q.location.description }
        return decision.dossierID
    }

    /// The summary of everything added.
    public func build() -> BatchSummary {
        let all = items.sorted { $0.key < $1.key }.map(\.value)
        var outcomes: [Outcome: Int] = [:]
        var authorities: [String: (label: String, count: Int)] = [:]
        var provinces: [String: Int] = [:]
        var entries: [String: BatchSummary.EntryCount] = [:]
        var flags: [FlagKind: Int] = [:]
        var quarantines: [BatchSummary.QuarantineRow] = []
        var rows: [BatchSummary.DossierRow] = []

        for item in all {
            outcomes[item.outcome, default: 0] += 1
            for authority in item.authorities {
                authorities[authority.id, default: (authority.label, 0)].count += 1
            }
            if item.outcome != .quarantined { provinces[item.province ?? "none", default: 0] += 1 }
            for entry in item.entries {
                let key = "\(entry.identity)\u{0}\(entry.code ?? "")"
                var counted = entries[key] ?? entry
                if entries[key] != nil { counted.count += 1 }
                entries[key] = counted
            }
            for kind in item.flags { flags[kind, default: 0] += 1 }
            if let quarantine = item.quarantine { quarantines.append(quarantine) }
            rows.append(item.row)
        }

        quarantines.sort { a, b in
            (a.file, a.member ?? "", a.line ?? 0, a.column ?? 0, a.dossierID ?? "") < (b.file, b.member ?? "", b.line ?? 0, b.column ?? 0, b.dossierID ?? "")
        }
        rows.sort { ($0.dossierID, $0.outcome) < ($1.dossierID, $1.outcome) }
        let skipped = all.filter { $0.processing == .skipped }.count
        return BatchSummary(
            schema: BatchSummary.schemaName,
            run: PacketDocument.Run(id: run.runID, generatedAt: run.generatedAt, outboundVersion: run.outboundVersion),
            totals: BatchSummary.Totals(dossiers: all.count, processed: all.count - skipped, skipped: skipped, quarantined: outcomes[.quarantined] ?? 0),
            byOutcome: Outcome.allCases.map { BatchSummary.Count(key: $0.rawValue, label: $0.rawValue, count: outcomes[$0] ?? 0) },
            byAuthority: Self.ranked(authorities.map { BatchSummary.Count(key: $0.key, label: $0.value.label, count: $0.value.count) }),
            byProvince: Self.ranked(provinces.map { BatchSummary.Count(key: $0.key, label: $0.key, count: $0.value) }),
            byEntry: entries.values.sorted { a, b in
                a.count != b.count ? a.count > b.count : (a.identity, a.code ?? "") < (b.identity, b.code ?? "")
            },
            byFlag: FlagKind.allCases.compactMap { kind in flags[kind].map { BatchSummary.Count(key: kind.rawValue, label: kind.rawValue, count: $0) } },
            quarantines: quarantines, dossiers: rows)
    }

    /// Most first, then by key.
    private static func ranked(_ counts: [BatchSummary.Count]) -> [BatchSummary.Count] {
        counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    /// The first element of each key, in order.
    private static func unique<T>(_ values: [T], by key: (T) -> String) -> [T] {
        var seen = Set<String>()
        return values.filter { seen.insert(key($0)).inserted }
    }
}
