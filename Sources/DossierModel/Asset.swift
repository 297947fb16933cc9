/// An IP right being transferred, with every piece of text that describes it: the dossier's
/// own fields and what its attached patent documents add.
public struct Asset: Codable, Sendable, Hashable {
    public var id: String
    public var type: AssetType
    /// Party id of the owner as the dossier states it.
    public var owner: String?
    public var identifiers: [Identifier]
    public var titles: [LocalisedText]
    public var classifications: [Classification]
    public var abstracts: [LocalisedText]
    public var claims: [Claim]
    /// Applicants, proprietors or assignees named by an attached patent document.
    public var applicants: [LocalisedText]
    public var funding: Funding?
    public var secrecy: SecrecyStatus?
    public var attachments: [Attachment]

    public init(
        id: String, type: AssetType, owner: String? = nil, identifiers: [Identifier] = [],
        titles: [LocalisedText] = [], classifications: [Classification] = [],
        abstracts: [LocalisedText] = [], claims: [Claim] = [], applicants: [LocalisedText] = [],
        funding: Funding? = nil, secrecy: SecrecyStatus? = nil, attachments: [Attachment] = []
    ) {
        self.id = id
        self.type = type
        self.owner = owner
        self.identifiers = identifiers
        self.titles = titles
        self.classifications = classifications
        self.abstracts = abstracts
        self.claims = claims
        self.applicants = applicants
        self.funding = funding
        self.secrecy = secrecy
        self.attachments = attachments
    }
}

/// A patent classification symbol (IPC or CPC).
public struct Classification: Codable, Sendable, Hashable {
    /// `IPC` or `CPC`.
    public var scheme: String
    /// The symbol as written (`H01M0004580000`, `H01M4/58`).
    public var raw: String
    /// The canonical form `H01M 4/58`, set by Normalise; nil when the symbol is not valid.
    public var code: String?
    /// `nil` for the dossier's own; else the attachment `href` it came from.
    public var source: String?

    public init(scheme: String, raw: String, code: String? = nil, source: String? = nil) {
        self.scheme = scheme
        self.raw = raw
        self.code = code
        self.source = source
    }
}

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

/// Public funding of the research that produced an asset.
public struct Funding: Codable, Sendable, Hashable {
    /// True when paid from public (fiscal) funds.
    public var fiscal: Bool
    public var programme: String?

    public init(fiscal: Bool, programme: String? = nil) {
        self.fiscal = fiscal
        self.programme = programme
    }
}
