/// One patent claim.
public struct Claim: Codable, Sendable, Hashable {
    /// The claim number as written, if any.
    public var number: String?
    /// The language of the claim (`zh`, `en`), from `<claim lang>` or `<claims lang>`.
    public var lang: String?
    public var text: String
    public var source: String?

    public init(number: String?, text: String, lang: String? = nil, source: String? = nil) {
        self.number = number
        self.lang = lang
        self.text = text
        self.source = source
    }
}
