/// What is being done with the rights.
public struct Transaction: Codable, Sendable, Hashable {
    public var type: TransactionType
    /// `@track` hint as written; the pipeline decides.
    public var track: String?
    public var value: MonetaryValue?
    public var contractRef: String?
    public var technologySummaries: [LocalisedText]

    public init(
        type: TransactionType, track: String? = nil, value: MonetaryValue? = nil, contractRef: String? = nil,
        technologySummaries: [LocalisedText] = []
    ) {
        self.type = type
        self.track = track
        self.value = value
        self.contractRef = contractRef
        self.technologySummaries = technologySummaries
    }
}

/// A contract value.
public struct MonetaryValue: Codable, Sendable, Hashable {
    public var currency: String?
    /// The amount as written.
    public var raw: String
    /// The amount as a decimal string without grouping (`1250000.00`), when it parses.
    public var amount: String?

    public init(currency: String?, raw: String, amount: String? = nil) {
        self.currency = currency
        self.raw = raw
        self.amount = amount
    }
}
