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
