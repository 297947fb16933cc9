import DossierModel

/// What changed from one catalogue version to another: entries added, removed and
/// modified, matched by their stable `identity` (never by code: a code that moves is a
/// modification of the same entry), and within a modified entry its control points, matched
/// by their identity too.
///
/// Built by `CatalogueDiff(old:new:)`; rendered as text by `CatalogueDiff.text` and as JSON by
/// encoding the value (keys are stable). Re-classification reads `affectedEntries`,
/// `scanTargets` and `headerAffectsDecisions` to decide which dossiers a change can touch.
public struct CatalogueDiff: Codable, Sendable, Hashable {
    /// The two versions compared.
    public var old: VersionSummary
    public var new: VersionSummary
    /// Changes of the file's header (effective dates, transcription, title, source).
    public var header: [FieldChange]
    /// Entries only in `new`, in the order of `new`.
    public var added: [EntrySummary]
    /// Entries only in `old`, in the order of `old`.
    public var removed: [EntrySummary]
    /// Entries in both whose content differs, in the order of `new`.
    public var modified: [EntryChange]
    /// Entries in both with the same content.
    public var unchanged: Int

    /// True when the two versions hold the same entries with the same content and header.
    public var isEmpty: Bool { header.isEmpty && added.isEmpty && removed.isEmpty && modified.isEmpty }

    /// One version, as the diff names it.
    public struct VersionSummary: Codable, Sendable, Hashable {
        public var id: String
        public var effectiveFrom: String
        public var effectiveTo: String?
        public var entries: Int
    }

    /// An entry as listed among the added or removed ones.
    public struct EntrySummary: Codable, Sendable, Hashable {
        public var identity: String
        public var code: String?
        public var part: String
        public var name: String
        public var nameEn: String
        /// The identities of its control points.
        public var controlPoints: [String]
    }

    /// One field whose value differs (values as a reviewer reads them; nil when absent).
    public struct FieldChange: Codable, Sendable, Hashable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// Terms (keywords, threshold words) added and removed, Chinese and English together.
    public struct TermsChange: Codable, Sendable, Hashable {
        public var added: [String]
        public var removed: [String]

        public var isEmpty: Bool { added.isEmpty && removed.isEmpty }
    }

    /// A modified entry: the fields that differ and the control points added, removed and
    /// modified.
    public struct EntryChange: Codable, Sendable, Hashable {
        public var identity: String
        public var oldCode: String?
        public var newCode: String?
        public var name: String
        /// Entry-level fields that differ: `code`, `code-status`, `part`, `industry`, `names`,
        /// `source`, `note`.
        public var fields: [FieldChange]
        /// The entry's own keywords (entries whose control points are not transcribed).
        public var keywords: TermsChange?
        public var controlPoints: [ControlPointChange]
    }

    /// A control point added, removed or modified.
    public struct ControlPointChange: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable, Hashable {
            case added, removed, modified
        }

        public var identity: String
        public var kind: Kind
        /// `CP5` (the new number when it has one) or the identity.
        public var label: String
        /// Fields that differ: `number`, `names`, `description`, `note`, `qualifiers`.
        public var fields: [FieldChange]
        public var keywords: TermsChange?
        /// IPC prefixes added and removed.
        public var ipcPrefixes: TermsChange?
        /// Thresholds added and removed, as their summaries (`compaction-density >= 2.58 g/cm3`).
        public var thresholds: TermsChange?
        /// The threshold words (the words naming a quantity) added and removed.
        public var thresholdWords: TermsChange?
    }
}

extension CatalogueDiff {
    /// The diff from `old` to `new`.
    public init(old: Catalogue, new: Catalogue) {
        self.old = VersionSummary(old)
        self.new = VersionSummary(new)
        var header: [FieldChange] = []
        Self.compare("id", old.id, new.id, into: &header)
        Self.compare("effective-from", old.effectiveFrom.description, new.effectiveFrom.description, into: &header)
        Self.compare("effective-to", old.effectiveTo?.description, new.effectiveTo?.description, into: &header)
        Self.compare("partial", String(old.isPartial), String(new.isPartial), into: &header)
        Self.compare("transcription", old.transcription, new.transcription, into: &header)
        Self.compare("title", Self.text(old.title), Self.text(new.title), into: &header)
        Self.compare("source", Self.source(old.source), Self.source(new.source), into: &header)
        self.header = header

        let oldByIdentity = Dictionary(old.entries.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let newIdentities = Set(new.entries.map(\.identity))
        added = new.entries.filter { oldByIdentity[$0.identity] == nil }.map(EntrySummary.init)
        removed = old.entries.filter { !newIdentities.contains($0.identity) }.map(EntrySummary.init)
        var modified: [EntryChange] = []
        var unchanged = 0
        for entry in new.entries {
            guard let before = oldByIdentity[entry.identity] else { continue }
            if before == entry {
                unchanged += 1
            } else {
                modified.append(EntryChange(old: before, new: entry))
            }
        }
        self.modified = modified
        self.unchanged = unchanged
    }

    /// Appends a change when the values differ.
    static func compare(_ field: String, _ old: String?, _ new: String?, into changes: inout [FieldChange]) {
        if old != new { changes.append(FieldChange(field: field, old: old, new: new)) }
    }

    /// `zh / en`.
    static func text(_ text: CatalogueText?) -> String? { text.map { "\($0.zh) / \($0.en)" } }

    static func source(_ source: CatalogueSource) -> String {
        [source.instrument, source.announcement, source.url, source.fullText].compactMap { $0 }.joined(separator: " | ")
    }

    /// The terms added and removed between two lists, or nil when they hold the same terms
    /// (order does not matter to the matcher).
    static func terms(_ old: CatalogueTerms, _ new: CatalogueTerms) -> TermsChange? {
        list(old.all, new.all)
    }

    /// The items added and removed between two lists, or nil when they hold the same items.
    static func list(_ old: [String], _ new: [String]) -> TermsChange? {
        let before = Set(old)
        let after = Set(new)
        let change = TermsChange(added: new.filter { !before.contains($0) }, removed: old.filter { !after.contains($0) })
        return change.isEmpty ? nil : change
    }
}

extension CatalogueDiff.VersionSummary {
    init(_ catalogue: Catalogue) {
        self.init(
            id: catalogue.id, effectiveFrom: catalogue.effectiveFrom.description,
            effectiveTo: catalogue.effectiveTo?.description, entries: catalogue.entries.count)
    }
}

extension CatalogueDiff.EntrySummary {
    init(_ entry: CatalogueEntry) {
        self.init(
            identity: entry.identity, code: entry.code?.rawValue, part: entry.part.rawValue, name: entry.names.zh,
            nameEn: entry.names.en, controlPoints: entry.controlPoints.map(\.identity))
    }
}

extension CatalogueDiff.EntryChange {
    init(old: CatalogueEntry, new: CatalogueEntry) {
        typealias D = CatalogueDiff
        var fields: [D.FieldChange] = []
        D.compare("code", old.code?.rawValue, new.code?.rawValue, into: &fields)
        D.compare("code-status", old.codeStatus.rawValue, new.codeStatus.rawValue, into: &fields)
        D.compare("part", old.part.rawValue, new.part.rawValue, into: &fields)
        D.compare("industry", D.text(old.industry), D.text(new.industry), into: &fields)
        D.compare("names", D.text(old.names), D.text(new.names), into: &fields)
        D.compare("source", old.source, new.source, into: &fields)
        D.compare("note", old.note, new.note, into: &fields)
        var points: [D.ControlPointChange] = []
        let oldPoints = Dictionary(old.controlPoints.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let newIdentities = Set(new.controlPoints.map(\.identity))
        for point in new.controlPoints {
            if let before = oldPoints[point.identity] {
                if before != point { points.append(D.ControlPointChange(old: before, new: point)) }
            } else {
                points.append(D.ControlPointChange(added: point))
            }
        }
        for point in old.controlPoints where !newIdentities.contains(point.identity) {
            points.append(D.ControlPointChange(removed: point))
        }
        self.init(
            identity: new.identity, oldCode: old.code?.rawValue, newCode: new.code?.rawValue, name: new.names.zh,
            fields: fields, keywords: D.terms(old.keywords, new.keywords), controlPoints: points)
    }
}

extension CatalogueDiff.ControlPointChange {
    init(added point: ControlPoint) {
        self.init(
            identity: point.identity, kind: .added, label: point.label, fields: [],
            keywords: CatalogueDiff.terms(CatalogueTerms(), point.keywords),
            ipcPrefixes: CatalogueDiff.list([], point.ipcPrefixes),
            thresholds: CatalogueDiff.list([], point.thresholds.map(Self.summary)),
            thresholdWords: CatalogueDiff.list([], point.thresholds.flatMap(\.words.all)))
    }

    init(removed point: ControlPoint) {
        self.init(
            identity: point.identity, kind: .removed, label: point.label, fields: [],
            keywords: CatalogueDiff.terms(point.keywords, CatalogueTerms()),
            ipcPrefixes: CatalogueDiff.list(point.ipcPrefixes, []),
            thresholds: CatalogueDiff.list(point.thresholds.map(Self.summary), []),
            thresholdWords: CatalogueDiff.list(point.thresholds.flatMap(\.words.all), []))
    }

    init(old: ControlPoint, new: ControlPoint) {
        typealias D = CatalogueDiff
        var fields: [D.FieldChange] = []
        D.compare("number", old.number.map(String.init), new.number.map(String.init), into: &fields)
        D.compare("names", D.text(old.names), D.text(new.names), into: &fields)
        D.compare("description", D.text(old.description), D.text(new.description), into: &fields)
        D.compare("qualifiers", old.qualifiers.language?.rawValue, new.qualifiers.language?.rawValue, into: &fields)
        D.compare("note", old.note, new.note, into: &fields)
        self.init(
            identity: new.identity, kind: .modified, label: new.label, fields: fields,
            keywords: D.terms(old.keywords, new.keywords),
            ipcPrefixes: D.list(old.ipcPrefixes, new.ipcPrefixes),
            thresholds: D.list(old.thresholds.map(Self.summary), new.thresholds.map(Self.summary)),
            thresholdWords: D.list(old.thresholds.flatMap(\.words.all), new.thresholds.flatMap(\.words.all)))
    }

    /// `compaction-density >= 2.58 g/cm3 (at 220 MPa)`.
    static func summary(_ threshold: Threshold) -> String { "\(threshold.quantity) \(threshold.summary)" }

    /// True when the point's keywords or IPC prefixes changed: a dossier with no hit on it
    /// before can have one now.
    public var canGainHits: Bool { kind == .added || (kind == .modified && (keywords != nil || ipcPrefixes != nil)) }
}
