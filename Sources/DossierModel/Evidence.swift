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
