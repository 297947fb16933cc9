/// A text given in Chinese and English, as the catalogue files write names and descriptions.
public struct CatalogueText: Codable, Sendable, Hashable {
    /// The Chinese text, as in the official catalogue.
    public var zh: String
    /// An English rendering (the catalogue has no official English text).
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}

/// Lists of terms in Chinese and English: the keywords of a control point, or the words that
/// name a threshold's quantity.
public struct CatalogueTerms: Codable, Sendable, Hashable {
    /// Chinese terms, matched without word boundaries.
    public var zh: [String]
    /// English terms, matched on word boundaries, ignoring case, plurals and hyphenation.
    public var en: [String]

    public init(zh: [String] = [], en: [String] = []) {
        self.zh = zh
        self.en = en
    }

    /// True when neither language has a term.
    public var isEmpty: Bool { zh.isEmpty && en.isEmpty }

    /// Every term, Chinese first.
    public var all: [String] { zh + en }
}
