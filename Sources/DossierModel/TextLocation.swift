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
