import DossierModel

/// What a re-classification changed in one dossier's decision: the outcome before and after,
/// the catalogue versions, why the dossier was re-evaluated and each hit gained, lost or
/// changed. Shown in `reclassify.json` / `reclassify.html` and in the dossier's new packet.
public struct ReclassifyChange: Codable, Sendable, Hashable {
    public var dossierID: String
    public var filed: String?
    /// Why delta mode re-evaluated it (`catalogue-version`, `hits`, `text`, `references`,
    /// `catalogue-header`; `full` in full mode).
    public var reasons: [String]
    public var oldOutcome: String
    public var newOutcome: String
    public var oldCatalogue: String?
    public var newCatalogue: String?
    /// The run that made the previous decision (kept in the ledger's history).
    public var previousRun: String
    /// The catalogue version the change comes from (the version given to re-classification).
    public var since: String
    public var hits: [HitChange]
    /// The dossier's new packets, relative to the output folder.
    public var packet: PacketPaths?

    /// One hit that is new, gone, or whose status changed.
    public struct HitChange: Codable, Sendable, Hashable {
        /// `gained` (counts now, did not before), `lost` (counted before, not now) or
        /// `changed` (neither counts, or its label or status moved).
        public var change: String
        public var entryIdentity: String
        public var controlPoint: String?
        /// `086501X 信息处理技术 CP5` as of the new decision (the old one for a lost hit).
        public var label: String
        /// The entry alone: `086501X 信息处理技术`.
        public var entryLabel: String
        public var oldStatus: String?
        public var newStatus: String?
    }

    public init(old: Decision, new: Decision, reasons: [String], previousRun: String, since: String, packet: PacketPaths?) {
        dossierID = new.dossierID
        filed = (new.filed ?? old.filed)?.description
        self.reasons = reasons
        oldOutcome = old.outcome.rawValue
        newOutcome = new.outcome.rawValue
        oldCatalogue = old.catalogueID
        newCatalogue = new.catalogueID
        self.previousRun = previousRun
        self.since = since
        hits = Self.hitChanges(old: old.hits, new: new.hits)
        self.packet = packet
    }

    /// True when the outcome moved.
    public var outcomeChanged: Bool { oldOutcome != newOutcome }

    /// The hits gained, lost and changed, keyed by entry identity and control point, in
    /// entry order.
    static func hitChanges(old: [Hit], new: [Hit]) -> [HitChange] {
        struct Key: Hashable, Comparable {
            var entry: String
            var point: String
            static func < (a: Key, b: Key) -> Bool { (a.entry, a.point) < (b.entry, b.point) }
        }
        let before = Dictionary(
            old.map { (Key(entry: $0.entryIdentity, point: $0.controlPoint ?? ""), $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(
            new.map { (Key(entry: $0.entryIdentity, point: $0.controlPoint ?? ""), $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [HitChange] = []
        for key in Set(before.keys).union(after.keys).sorted() {
            let was = before[key]
            let now = after[key]
            let kind: String
            switch (was?.counts ?? false, now?.counts ?? false) {
            case (false, true): kind = "gained"
            case (true, false): kind = "lost"
            default:
                guard was?.status != now?.status || was?.label != now?.label else { continue }
                kind = "changed"
            }
            changes.append(
                HitChange(
                    change: kind, entryIdentity: key.entry, controlPoint: key.point.isEmpty ? nil : key.point,
                    label: (now ?? was)?.label ?? key.entry,
                    entryLabel: (now ?? was).map { "\($0.entryCode ?? "[\($0.entryIdentity)]") \($0.entryName)" } ?? key.entry,
                    oldStatus: was?.status.rawValue, newStatus: now?.status.rawValue))
        }
        return changes
    }
}
