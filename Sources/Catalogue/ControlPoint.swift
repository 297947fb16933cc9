/// A numbered control point (控制要点) of a catalogue entry: what the entry controls, and what
/// a matcher looks for in a dossier's text and classification codes.
public struct ControlPoint: Codable, Sendable, Hashable {
    /// A stable name within the entry, lower-case with hyphens (`flight-control`); it stays
    /// the same when the official number of the point changes between versions.
    public var identity: String
    /// The number of the point in the official text of this version, when transcribed.
    public var number: Int?
    /// The point's name in Chinese (as in the official text) and English.
    public var names: CatalogueText
    /// A longer description, when the official text gives one.
    public var description: CatalogueText?
    /// Terms a reviewer expects to name the technology, in Chinese and English.
    public var keywords: CatalogueTerms
    /// IPC prefixes in canonical form (`H01M 4/58`, `B64U`, `G10L 15/` for a whole group).
    public var ipcPrefixes: [String]
    /// Numeric limits; each stated value must meet its limit.
    public var thresholds: [Threshold]
    /// Conditions beyond keywords and numbers, e.g. Chinese and minority languages only.
    public var qualifiers: Qualifiers
    /// A transcriber's note (what is and is not transcribed, doubts).
    public var note: String?

    public init(
        identity: String, number: Int? = nil, names: CatalogueText, description: CatalogueText? = nil,
        keywords: CatalogueTerms, ipcPrefixes: [String] = [], thresholds: [Threshold] = [],
        qualifiers: Qualifiers = Qualifiers(), note: String? = nil
    ) {
        self.identity = identity
        self.number = number
        self.names = names
        self.description = description
        self.keywords = keywords
        self.ipcPrefixes = ipcPrefixes
        self.thresholds = thresholds
        self.qualifiers = qualifiers
        self.note = note
    }

    /// How a reviewer refers to the point: `CP5` when numbered, else its identity.
    public var label: String { number.map { "CP\($0)" } ?? identity }

    enum CodingKeys: String, CodingKey {
        case identity, number, names, description, keywords
        case ipcPrefixes = "ipc-prefixes"
        case thresholds, qualifiers, note
    }
}

/// Conditions of a control point that are neither keywords nor numbers.
public struct Qualifiers: Codable, Sendable, Hashable {
    /// The languages the point covers; nil when it covers every language.
    public var language: LanguageScope?

    public init(language: LanguageScope? = nil) {
        self.language = language
    }

    /// True when the point has no qualifier.
    public var isEmpty: Bool { language == nil }
}

/// The languages a language-technology control point covers.
public enum LanguageScope: String, Codable, Sendable, Hashable, CaseIterable {
    /// Chinese and China's minority languages only (the 2023 speech and dialogue points): met
    /// when the text names Chinese or a minority language, or is in Chinese and names no
    /// other language.
    case chineseAndMinority = "chinese-and-minority"
}
