/// The settings of party screening; every number that decides a match is here.
public struct ScreeningSettings: Sendable, Hashable, Codable {
    /// Lowest final score reported as a match (0…1).
    public var threshold: Double
    /// Added when the party's country is one of the entry's countries.
    public var countryMatchBonus: Double
    /// Subtracted when the party's country is known and the entry's countries are known and
    /// do not include it.
    public var countryMismatchPenalty: Double
    /// Score of an identifier equal on both sides (a main feature, like the name).
    public var identifierMatchScore: Double
    /// Shortest identifier (letters and digits) that is compared at all.
    public var minimumIdentifierLength: Int

    public init(
        threshold: Double = 0.85, countryMatchBonus: Double = 0.05, countryMismatchPenalty: Double = 0.2,
        identifierMatchScore: Double = 0.95, minimumIdentifierLength: Int = 5
    ) {
        self.threshold = threshold
        self.countryMatchBonus = countryMatchBonus
        self.countryMismatchPenalty = countryMismatchPenalty
        self.identifierMatchScore = identifierMatchScore
        self.minimumIdentifierLength = minimumIdentifierLength
    }
}
