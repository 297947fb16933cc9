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
    /// The control point's identity, nil when the entry's own keywords matched (then the hit
    /// is `entry-name-only` and does not count).
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
    /// Only the entry's own name or keywords matched, no control point (review-rules 7: a
    /// control point hits when its keywords match). Shown to the reviewer as evidence that
    /// does not count; the outcome follows the control points.
    case entryNameOnly = "entry-name-only"
}
