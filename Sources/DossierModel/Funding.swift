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
