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
