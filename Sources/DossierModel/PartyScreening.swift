/// The screening of one party.
public struct PartyScreening: Codable, Sendable, Hashable {
    public var partyID: String
    public var result: ScreeningResult

    public init(partyID: String, result: ScreeningResult) {
        self.partyID = partyID
        self.result = result
    }
}
