/// The outcome of screening one party.
public struct ScreeningResult: Sendable, Hashable, Codable {
    /// Matches at or above the threshold and not cleared, best first.
    public var matches: [ScreeningMatch]
    /// Matches at or above the threshold that the allow-list cleared, with their clearance.
    public var suppressed: [ScreeningMatch]
    /// How many list names the index offered for scoring (all others were never compared).
    public var candidatesScored: Int

    public init(matches: [ScreeningMatch], suppressed: [ScreeningMatch], candidatesScored: Int) {
        self.matches = matches
        self.suppressed = suppressed
        self.candidatesScored = candidatesScored
    }

    /// The audit notes of the suppressed matches.
    public var auditNotes: [String] { suppressed.compactMap { $0.clearance?.auditNote } }
}
