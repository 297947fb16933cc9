import DossierModel

/// What a catalogue change can do to decisions already made: which stored hits it can alter
/// and which terms and IPC prefixes can produce new hits. Re-classification's delta mode uses
/// it to pick the dossiers to re-evaluate (`docs/reclassify.md`).
extension CatalogueDiff {
    /// A hit target as the ledger stores it: an entry identity and a control point identity
    /// (`""` for the entry's own keywords).
    public struct HitTarget: Codable, Sendable, Hashable, Comparable {
        public var entry: String
        public var controlPoint: String

        public init(entry: String, controlPoint: String) {
            self.entry = entry
            self.controlPoint = controlPoint
        }

        public static func < (a: HitTarget, b: HitTarget) -> Bool { (a.entry, a.controlPoint) < (b.entry, b.controlPoint) }
    }

    /// The stored hits a change can alter: every hit on a removed entry or on an entry whose
    /// own fields changed (code, part, names: every hit of the entry carries them), and the
    /// hits on a removed or modified control point or on changed entry keywords.
    public var affectedEntries: (whole: Set<String>, targets: Set<HitTarget>) {
        var whole = Set(removed.map(\.identity))
        var targets: Set<HitTarget> = []
        for entry in modified {
            if !entry.fields.isEmpty { whole.insert(entry.identity) }
            if entry.keywords != nil { targets.insert(HitTarget(entry: entry.identity, controlPoint: "")) }
            for point in entry.controlPoints where point.kind != .added {
                targets.insert(HitTarget(entry: entry.identity, controlPoint: point.identity))
            }
        }
        return (whole, targets)
    }

    /// True when the header changed in a way that reaches every decision made with the old
    /// version: whether it is a partial transcription (the registration note says so).
    public var headerAffectsDecisions: Bool { header.contains { $0.field == "partial" } }

    /// A catalogue holding only what can produce new hits in `new`: added entries whole,
    /// changed entry keywords, and added control points or points whose keywords or IPC
    /// prefixes changed (with every term of the new version, not only the added ones, since a
    /// longer term can also hide a shorter one). Its `CatalogueIndex` finds the dossiers whose
    /// text or codes match such a target, without the full matcher.
    public func scanCatalogue(of new: Catalogue) -> Catalogue {
        let addedIdentities = Set(added.map(\.identity))
        let changes = Dictionary(modified.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [CatalogueEntry] = []
        for entry in new.entries {
            if addedIdentities.contains(entry.identity) {
                entries.append(entry)
                continue
            }
            guard let change = changes[entry.identity] else { continue }
            let gaining = Set(change.controlPoints.filter(\.canGainHits).map(\.identity))
            var scanned = entry
            scanned.keywords = change.keywords == nil ? CatalogueTerms() : entry.keywords
            scanned.controlPoints = entry.controlPoints.filter { gaining.contains($0.identity) }
            if !scanned.keywords.isEmpty || !scanned.controlPoints.isEmpty { entries.append(scanned) }
        }
        var scan = new
        scan.entries = entries
        return scan
    }
}
