/// One feature of a match score, with its value and a sentence a reviewer can read.
public struct ScreeningFeature: Sendable, Hashable, Codable {
    /// Whether the feature can make a match on its own or only adjusts one.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Name or identifier: the score starts from the largest main feature.
        case main
        /// Country: added to (or subtracted from) the main score.
        case qualifier
    }

    /// `name`, `identifier` or `country`.
    public var id: String
    public var kind: Kind
    /// For a main feature its score in 0…1; for a qualifier the amount added (negative when
    /// subtracted, 0 when not compared).
    public var value: Double
    public var explanation: String

    public init(id: String, kind: Kind, value: Double, explanation: String) {
        self.id = id
        self.kind = kind
        self.value = value
        self.explanation = explanation
    }
}

/// A list entry that matched a party, with a score that explains itself per feature.
public struct ScreeningMatch: Sendable, Hashable, Codable {
    public var listId: String
    public var entryId: String
    /// The entry's primary name.
    public var entryName: String
    /// The entry name (primary or alias) that matched best.
    public var matchedName: String
    /// The party name that matched best.
    public var queryName: String
    /// The final score in 0…1: the largest main feature plus the qualifiers, clamped.
    public var score: Double
    public var features: [ScreeningFeature]
    /// Set when an allow-list row cleared this pair; the match is then suppressed.
    public var clearance: ScreeningClearance?
    /// The list, law and announcement the entry was published under, when the list file
    /// gives them (China's lists, BIS, CSL, EU, OFAC enhanced and advanced, office lists).
    public var listing: PartyListListing?

    public init(
        listId: String, entryId: String, entryName: String, matchedName: String, queryName: String,
        score: Double, features: [ScreeningFeature], clearance: ScreeningClearance? = nil, listing: PartyListListing? = nil
    ) {
        self.listId = listId
        self.entryId = entryId
        self.entryName = entryName
        self.matchedName = matchedName
        self.queryName = queryName
        self.score = score
        self.features = features
        self.clearance = clearance
        self.listing = listing
    }

    /// The score and each feature, one line each, for a reviewer.
    public var explanation: String {
        var lines = ["score \(Self.format(score)) for \"\(queryName)\" against \(listId) \(entryId) \"\(matchedName)\""]
        if let listing, let text = listing.summary { lines.append("  listed: \(text)") }
        for feature in features {
            lines.append("  \(feature.id) (\(feature.kind.rawValue)) \(Self.format(feature.value)): \(feature.explanation)")
        }
        if let clearance { lines.append("  suppressed: \(clearance.auditNote)") }
        return lines.joined(separator: "\n")
    }

    /// A number with three decimals.
    public static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}
