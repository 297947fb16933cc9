/// A flag a reviewer must see (review-rules section 4); flags never lower an outcome.
public struct Flag: Codable, Sendable, Hashable {
    /// Which flag.
    public var kind: FlagKind
    /// One sentence saying why it was raised, naming the party or asset.
    public var detail: String
    /// The party it concerns, if any.
    public var partyID: String?
    /// The asset it concerns, if any.
    public var assetID: String?
    /// For `party-list-hit`: the list entry that matched, with its score and features.
    public var screening: ScreeningMatch?

    public init(_ kind: FlagKind, detail: String, partyID: String? = nil, assetID: String? = nil, screening: ScreeningMatch? = nil) {
        self.kind = kind
        self.detail = detail
        self.partyID = partyID
        self.assetID = assetID
        self.screening = screening
    }
}

/// The flags of review-rules section 4.
public enum FlagKind: String, Codable, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// An asset came out of a programme paid from public funds.
    case stateFunded = "state-funded"
    /// The right holder is a national laboratory, research institute, university or
    /// state-owned enterprise.
    case nationalStrategicHolder = "national-strategic-holder"
    /// An asset's owner is not the right holder, or is unknown.
    case ownershipMismatch = "ownership-mismatch"
    /// An asset is a defence or state secret (out-of-band channel) or awaits secrecy
    /// examination (hold).
    case secrecy
    /// A party matches a restricted-party list.
    case partyListHit = "party-list-hit"
    /// The outcome is `ip-security-review` and a design patent is among the assets.
    case designScopeContested = "design-scope-contested"
    /// A party's country could not be established.
    case countryUnknown = "country-unknown"
    /// A receiving party is in Hong Kong, Macao or Taiwan.
    case hkMoTw = "hk-mo-tw"

    public var description: String { rawValue }
}
