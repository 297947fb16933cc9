import DossierModel

/// The counts of a batch summary, kept as dossiers are added: a dossier replaced by a later
/// version of itself is taken out (`remove`) before the new one goes in, so every count is
/// of distinct dossiers. Its size is bounded by the number of outcomes, authorities,
/// provinces, entries and flags, not by the number of dossiers.
struct SummaryTally: Sendable {
    private(set) var dossiers = 0
    private(set) var skipped = 0
    private(set) var quarantineRows = 0
    /// Quarantined dossiers decided in this run (not reused as unchanged).
    private(set) var processedQuarantined = 0
    private var outcomes: [Outcome: Int] = [:]
    private var authorities: [String: Labelled<String>] = [:]
    private var provinces: [String: Int] = [:]
    private var entries: [String: Labelled<EntryLabel>] = [:]
    private var flags: [FlagKind: Int] = [:]

    /// What names an entry in the summary; two catalogue versions may name one code
    /// differently.
    struct EntryLabel: Sendable, Hashable, Comparable {
        var identity: String
        var code: String?
        var name: String
        var nameEn: String
        var part: String

        static func < (a: Self, b: Self) -> Bool {
            (a.identity, a.code ?? "", a.name, a.nameEn, a.part) < (b.identity, b.code ?? "", b.name, b.nameEn, b.part)
        }
    }

    /// A count whose label may differ between the dossiers counted (a provincial
    /// authority's name in each province, an entry's name in two catalogue versions): the
    /// label shown is that of the dossier with the smallest key, whatever the order the
    /// dossiers came in. A label's smallest key is not raised when that dossier is replaced
    /// by a later version of itself.
    struct Labelled<Label: Hashable & Comparable & Sendable>: Sendable {
        var byLabel: [Label: (count: Int, firstKey: String)] = [:]
        var count: Int { byLabel.values.reduce(0) { $0 + $1.count } }
        var label: Label? {
            byLabel.min { a, b in (a.value.firstKey, a.key) < (b.value.firstKey, b.key) }?.key
        }

        mutating func add(_ label: Label, key: String, _ sign: Int) {
            var counted = byLabel[label] ?? (0, key)
            counted.count += sign
            if sign > 0 { counted.firstKey = min(counted.firstKey, key) }
            byLabel[label] = counted.count > 0 ? counted : nil
        }
    }

    /// Counts `item`, stored under `key` (`SummaryBuilder.key`).
    mutating func add(_ item: SummaryItem, key: String) { apply(item, key: key, sign: 1) }

    /// Takes out `item`, which a later version of the same dossier replaces.
    mutating func remove(_ item: SummaryItem, key: String) { apply(item, key: key, sign: -1) }

    private mutating func apply(_ item: SummaryItem, key: String, sign: Int) {
        dossiers += sign
        if item.processing == .skipped { skipped += sign }
        if item.quarantine != nil { quarantineRows += sign }
        if item.outcome == .quarantined && item.processing == .processed { processedQuarantined += sign }
        outcomes[item.outcome, default: 0] += sign
        for authority in item.authorities {
            authorities[authority.id, default: Labelled()].add(authority.label, key: key, sign)
        }
        if item.outcome != .quarantined { provinces[item.province ?? "none", default: 0] += sign }
        for entry in item.entries {
            let label = EntryLabel(identity: entry.identity, code: entry.code, name: entry.name, nameEn: entry.nameEn, part: entry.part)
            entries["\(entry.identity)\u{0}\(entry.code ?? "")", default: Labelled()].add(label, key: key, sign)
        }
        for kind in item.flags { flags[kind, default: 0] += sign }
    }

    /// The summary's counts; its quarantine and dossier lists are left empty.
    func summary(run: RunContext) -> BatchSummary {
        BatchSummary(
            schema: BatchSummary.schemaName,
            run: PacketDocument.Run(id: run.runID, generatedAt: run.generatedAt, outboundVersion: run.outboundVersion),
            totals: BatchSummary.Totals(
                dossiers: dossiers, processed: dossiers - skipped, skipped: skipped, quarantined: outcomes[.quarantined] ?? 0),
            byOutcome: Outcome.allCases.map { BatchSummary.Count(key: $0.rawValue, label: $0.rawValue, count: outcomes[$0] ?? 0) },
            byAuthority: Self.ranked(
                authorities.compactMap { id, counted in
                    counted.label.map { BatchSummary.Count(key: id, label: $0, count: counted.count) }
                }),
            byProvince: Self.ranked(
                provinces.filter { $0.value > 0 }.map { BatchSummary.Count(key: $0.key, label: $0.key, count: $0.value) }),
            byEntry: entries.values.compactMap { counted in
                counted.label.map {
                    BatchSummary.EntryCount(
                        identity: $0.identity, code: $0.code, name: $0.name, nameEn: $0.nameEn, part: $0.part, count: counted.count)
                }
            }.sorted { a, b in
                a.count != b.count ? a.count > b.count : (a.identity, a.code ?? "") < (b.identity, b.code ?? "")
            },
            byFlag: FlagKind.allCases.compactMap { kind in
                flags[kind].flatMap { $0 > 0 ? BatchSummary.Count(key: kind.rawValue, label: kind.rawValue, count: $0) : nil }
            },
            quarantines: [], dossiers: [])
    }

    /// Most first, then by key.
    private static func ranked(_ counts: [BatchSummary.Count]) -> [BatchSummary.Count] {
        counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }
}
