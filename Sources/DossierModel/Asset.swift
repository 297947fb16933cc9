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
