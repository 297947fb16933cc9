/// A party name as written, beside its normalised form for matching.
public struct PartyName: Codable, Sendable, Hashable {
    public var lang: String?
    /// The name exactly as the input wrote it.
    public var original: String
    /// NFKC, case-folded, punctuation and legal-form suffix removed; set by Normalise.
    public var normalised: String?
    /// The legal form that was removed (`co ltd`, `gmbh`, `有限公司`), if any.
    public var legalForm: String?

    public init(lang: String?, original: String, normalised: String? = nil, legalForm: String? = nil) {
        self.lang = lang
        self.original = original
        self.normalised = normalised
        self.legalForm = legalForm
    }
}
