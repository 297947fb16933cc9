/// A country as written and, once normalised, its ISO 3166-1 alpha-2 code.
public struct Country: Codable, Sendable, Hashable {
    /// The text of the input (`Federal Republic of Germany`, `德国`, `DE`).
    public var raw: String
    /// ISO 3166-1 alpha-2, or nil when Normalise could not tell.
    public var code: String?

    public init(raw: String, code: String? = nil) {
        self.raw = raw
        self.code = code
    }
}
