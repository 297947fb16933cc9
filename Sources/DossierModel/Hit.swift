/// A catalogue entry (or one of its control points) that a dossier's text or classification
/// codes matched, with the evidence for and against it.
///
/// One hit per entry and control point per dossier; its evidence lists every place that
/// matched. Only a hit whose `status` is `hit` counts towards the outcome; the others are
/// kept so the packet can show why a near miss is not a hit.
public struct Hit: Codable, Sendable, Hashable {
    /// The catalogue version matched against (`cn-export-tech-2023`).
    public var catalogueID: String
    /// The entry's stable identity (`information-processing`), the same in every version.
    public var entryIdentity: String
    /// The entry's code in this version (`086501X`); nil when the catalogue does not know it.
    public var entryCode: String?
    /// The entry's name in Chinese, as in the catalogue.
    public var entryName: String
    /// The entry's English name (a transcriber's rendering).
    public var entryNameEn: String
    public var part: CataloguePart
    /// The control point's identity, nil when the entry's own keywords matched.
    public var controlPoint: String?
    /// How a reviewer cites the point: `CP5`, or its identity when unnumbered.
    public var controlPointLabel: String?
    /// The control point's name in Chinese.
    public var controlPointName: String?
    public var status: HitStatus
    /// 0…1: how strongly the evidence supports the hit (see `docs/matching.md`).
    public var score: Double
    /// The places that matched, strongest first.
    public var evidence: [Evidence]
    /// Each threshold of the control point and what the text states for it.
    public var thresholds: [ThresholdCheck]
    /// Sentences for the reviewer: a value to verify, a qualifier met or not, a negation.
    public var notes: [String]

    public init(
        catalogueID: String, entryIdentity: String, entryCode: String?, entryName: String, entryNameEn: String,
        part: CataloguePart, controlPoint: String? = nil, controlPointLabel: String? = nil, controlPointName: String? = nil,
        status: HitStatus, score: Double, evidence: [Evidence], thresholds: [ThresholdCheck] = [], notes: [String] = []
    ) {
        self.catalogueID = catalogueID
        self.entryIdentity = entryIdentity
        self.entryCode = entryCode
        self.entryName = entryName
        self.entryNameEn = entryNameEn
        self.part = part
        self.controlPoint = controlPoint
        self.controlPointLabel = controlPointLabel
        self.controlPointName = controlPointName
        self.status = status
        self.score = score
        self.evidence = evidence
        self.thresholds = thresholds
        self.notes = notes
    }

    /// True when the hit counts towards the outcome.
    public var counts: Bool { status == .hit }

    /// The assets whose text or codes produced evidence (nil entries dropped).
    public var assetIDs: [String] {
        var seen: [String] = []
        for item in evidence { if let id = item.location.assetID, !seen.contains(id) { seen.append(id) } }
        return seen
    }

    /// True when some evidence is on dossier-level text (technology summary, dossier attachments).
    public var onTransaction: Bool { evidence.contains { $0.location.assetID == nil } }

    /// `086501X 信息处理技术 CP5`, for a reviewer.
    public var label: String {
        let code = entryCode ?? "[\(entryIdentity)]"
        return [code, entryName, controlPointLabel].compactMap { $0 }.joined(separator: " ")
    }
}

/// Whether a matched control point counts.
public enum HitStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// It counts towards the outcome.
    case hit
    /// A value stated in the text fails a threshold: evidence against.
    case thresholdFailed = "threshold-failed"
    /// Every keyword found sits inside an explicit negation ("does not involve ...").
    case negated
    /// The control point's qualifier is not met (e.g. only other languages are named).
    case qualifierNotMet = "qualifier-not-met"
    /// Only classification codes matched a point that names keywords: none of its keywords
    /// is in the text (review-rules 7: a point hits when its keywords match). Shown to the
    /// reviewer, not counted.
    case codeOnly = "code-only"
}

/// One place in a dossier that matched a keyword or an IPC prefix.
public struct Evidence: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// A catalogue keyword found in a text.
        case keyword
        /// A classification code under one of the point's IPC prefixes.
        case ipc
    }

    public var kind: Kind
    public var location: TextLocation
    /// The catalogue term (keyword or IPC prefix) that matched.
    public var term: String
    /// The text as written in the dossier that matched (or the classification code).
    public var matched: String
    /// The matched text with some context, for highlighting.
    public var snippet: Snippet?
    /// Offsets of `matched` in the field's text, in UTF-8 bytes; nil for a code.
    public var span: TextSpan?
    /// True when the keyword sits inside an explicit negation.
    public var negated: Bool

    public init(
        kind: Kind, location: TextLocation, term: String, matched: String, snippet: Snippet? = nil, span: TextSpan? = nil,
        negated: Bool = false
    ) {
        self.kind = kind
        self.location = location
        self.term = term
        self.matched = matched
        self.snippet = snippet
        self.span = span
        self.negated = negated
    }
}

/// Where in a dossier a text or code sits.
public struct TextLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The asset, nil for dossier-level text (technology summary, dossier attachments).
    public var assetID: String?
    public var field: TextField
    /// Which one of several: the claim number, or the 1-based position of a title, abstract
    /// or summary.
    public var index: String?
    /// The language of the text, when known.
    public var lang: String?
    /// The attachment `href` the text came from, nil for the dossier's own text.
    public var source: String?

    public init(assetID: String?, field: TextField, index: String? = nil, lang: String? = nil, source: String? = nil) {
        self.assetID = assetID
        self.field = field
        self.index = index
        self.lang = lang
        self.source = source
    }

    /// `asset A1 claim 3 (patents/CN1.xml)`.
    public var description: String {
        var parts = [assetID.map { "asset \($0)" } ?? "dossier", field.rawValue]
        if let index { parts.append(index) }
        var text = parts.joined(separator: " ")
        if let source { text += " (\(source))" }
        return text
    }
}

/// The kinds of dossier text the matcher reads.
public enum TextField: String, Codable, Sendable, Hashable, CaseIterable {
    case title, abstract, claim
    case technologySummary = "technology-summary"
    /// The text of a plain-text attachment.
    case attachment
    case classification
}

/// A matched text with the words around it.
public struct Snippet: Codable, Sendable, Hashable {
    public var before: String
    public var match: String
    public var after: String

    public init(before: String, match: String, after: String) {
        self.before = before
        self.match = match
        self.after = after
    }

    /// `…before [match] after…`, for plain-text output.
    public var marked: String { "…\(before)[\(match)]\(after)…" }
}

/// A half-open range of UTF-8 byte offsets.
public struct TextSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A threshold of a control point and what the dossier states for it.
public struct ThresholdCheck: Codable, Sendable, Hashable {
    /// The quantity (`compaction-density`).
    public var quantity: String
    /// The limit as a reviewer reads it: `>= 2.58 g/cm3 (at 220 MPa)`.
    public var limit: String
    /// Each value the text states for the quantity, with whether it meets the limit.
    public var stated: [StatedValue]

    public init(quantity: String, limit: String, stated: [StatedValue]) {
        self.quantity = quantity
        self.limit = limit
        self.stated = stated
    }

    /// True when the text states no value: the reviewer must verify it.
    public var unverified: Bool { stated.isEmpty }
    /// True when some stated value fails the limit.
    public var fails: Bool { stated.contains { !$0.meets } }
}

/// A value read from a dossier text near the words that name a quantity.
public struct StatedValue: Codable, Sendable, Hashable {
    /// The number as read.
    public var value: Double
    /// The unit as read (`g/cc`).
    public var unit: String
    /// The value converted to the threshold's unit.
    public var converted: Double
    public var meets: Bool
    public var location: TextLocation
    public var snippet: Snippet?

    public init(value: Double, unit: String, converted: Double, meets: Bool, location: TextLocation, snippet: Snippet? = nil) {
        self.value = value
        self.unit = unit
        self.converted = converted
        self.meets = meets
        self.location = location
        self.snippet = snippet
    }
}
