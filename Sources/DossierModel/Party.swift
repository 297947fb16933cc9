/// A party to the transfer: right holder, receiving party, controller or agent.
public struct Party: Codable, Sendable, Hashable {
    /// The party's id inside its dossier (`P1`).
    public var id: String
    public var role: PartyRole
    public var kind: PartyKind
    public var names: [PartyName]
    public var country: Country?
    public var identifiers: [Identifier]
    public var address: String?
    /// Ids of the parties that control this one (`<controlled-by ref=…>`).
    public var controlledBy: [String]

    public init(
        id: String, role: PartyRole, kind: PartyKind, names: [PartyName] = [], country: Country? = nil,
        identifiers: [Identifier] = [], address: String? = nil, controlledBy: [String] = []
    ) {
        self.id = id
        self.role = role
        self.kind = kind
        self.names = names
        self.country = country
        self.identifiers = identifiers
        self.address = address
        self.controlledBy = controlledBy
    }
}

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

/// An identifier of a party or an asset, with the result of its check-character test.
public struct Identifier: Codable, Sendable, Hashable {
    /// `USCC`, `LEI`, `CN-application`, `US-patent`, …
    public var scheme: String
    /// The value exactly as written.
    public var value: String
    /// The canonical form (spaces, prefixes removed), set by Normalise.
    public var normalised: String?
    /// Result of the check character or digit test; nil where the scheme has none or the
    /// value could not be tested.
    public var checkValid: Bool?

    public init(scheme: String, value: String, normalised: String? = nil, checkValid: Bool? = nil) {
        self.scheme = scheme
        self.value = value
        self.normalised = normalised
        self.checkValid = checkValid
    }
}
