import DossierModel

/// One item (条目) of a catalogue version: a technology, its code, part, names and control
/// points.
public struct CatalogueEntry: Codable, Sendable, Hashable {
    /// A stable name of the entry across versions, lower-case with hyphens
    /// (`information-processing`); never the code, which moves between versions.
    public var identity: String
    /// The code in this version; nil only when `codeStatus` is `unknown`.
    public var code: CatalogueCode?
    /// How far `code` is known.
    public var codeStatus: CodeStatus
    /// Prohibited (J) or restricted (X); agrees with the code's letter.
    public var part: CataloguePart
    /// The industry group the entry sits under, when transcribed.
    public var industry: CatalogueText?
    /// The technology's name (技术名称) in Chinese and English.
    public var names: CatalogueText
    /// Where the entry's facts come from (official text, announcement, secondary source).
    public var source: String
    /// Terms that name the entry as a whole, for entries whose control points are not
    /// transcribed; a matcher treats them like a control point's keywords.
    public var keywords: CatalogueTerms
    /// The control points transcribed, in official order.
    public var controlPoints: [ControlPoint]
    /// A transcriber's note (what is missing, what is assumed).
    public var note: String?

    public init(
        identity: String, code: CatalogueCode?, codeStatus: CodeStatus = .verified, part: CataloguePart,
        industry: CatalogueText? = nil, names: CatalogueText, source: String,
        keywords: CatalogueTerms = CatalogueTerms(), controlPoints: [ControlPoint] = [], note: String? = nil
    ) {
        self.identity = identity
        self.code = code
        self.codeStatus = codeStatus
        self.part = part
        self.industry = industry
        self.names = names
        self.source = source
        self.keywords = keywords
        self.controlPoints = controlPoints
        self.note = note
    }

    /// The control point with the given identity.
    public func controlPoint(_ identity: String) -> ControlPoint? {
        controlPoints.first { $0.identity == identity }
    }

    /// How a reviewer refers to the entry: `086501X 信息处理技术`, or the identity when the
    /// code is unknown.
    public var label: String { "\(code?.rawValue ?? "[\(identity)]") \(names.zh)" }

    enum CodingKeys: String, CodingKey {
        case identity, code
        case codeStatus = "code-status"
        case part, industry, names, source, keywords
        case controlPoints = "control-points"
        case note
    }
}
