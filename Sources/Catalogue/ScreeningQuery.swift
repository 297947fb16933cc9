import DossierModel

/// What is screened: a party's names, its country and its identifiers.
public struct ScreeningQuery: Sendable, Hashable {
    /// The party's id in its dossier, matched against allow-list rows that name an id.
    public var partyId: String?
    public var names: [String]
    /// ISO 3166-1 alpha-2, or nil when unknown.
    public var countryCode: String?
    public var identifiers: [Identifier]

    public init(partyId: String? = nil, names: [String], countryCode: String? = nil, identifiers: [Identifier] = []) {
        self.partyId = partyId
        self.names = names
        self.countryCode = countryCode
        self.identifiers = identifiers
    }

    /// The query for a dossier party: its original names, its country code and identifiers.
    public init(party: Party) {
        self.init(
            partyId: party.id, names: party.names.map(\.original), countryCode: party.country?.code,
            identifiers: party.identifiers)
    }
}
