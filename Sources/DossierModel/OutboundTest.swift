/// The outbound test of review-rules sections 1 and 7.
public struct OutboundTest: Codable, Sendable, Hashable {
    public var isOutbound: Bool
    /// The right holder: the transferor, else the licensor, else the target.
    public var holderID: String?
    /// The holder's country as used (CN when unknown).
    public var holderCountry: String?
    /// The receiving parties (transferee, licensee, acquirer, actual controller) outside CN.
    public var foreignReceiverIDs: [String]
    /// One sentence saying why.
    public var reason: String

    public init(isOutbound: Bool, holderID: String?, holderCountry: String?, foreignReceiverIDs: [String], reason: String) {
        self.isOutbound = isOutbound
        self.holderID = holderID
        self.holderCountry = holderCountry
        self.foreignReceiverIDs = foreignReceiverIDs
        self.reason = reason
    }
}
