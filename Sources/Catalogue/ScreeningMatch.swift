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
        self.init(partyId: party.id, names: party.names.map(\.original), countryCode: party.country?.code,
                  identifiers: party.identifiers)
    }
}

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
}

/// A reviewer's clearance of a party-entry pair, from the allow-list.
public struct ScreeningClearance: Sendable, Hashable, Codable {
    public var party: String
    public var listId: String
    public var entryId: String
    public var reviewer: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var reason: String
    /// The allow-list file and line the clearance was read from.
    public var file: String
    public var line: Int

    /// The audit note recorded in the decision.
    public var auditNote: String {
        "match with \(listId) entry \(entryId) cleared by \(reviewer) on \(date): \(reason) (\(file):\(line))"
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

    /// The score and each feature, one line each, for a reviewer.
    public var explanation: String {
        var lines = ["score \(Self.format(score)) for \"\(queryName)\" against \(listId) \(entryId) \"\(matchedName)\""]
        for feature in features {
            lines.append("  \(feature.id) (\(feature.kind.rawValue)) \(Self.format(feature.value)): \(feature.explanation)")
        }
        if let clearance { lines.append("  suppressed: \(clearance.auditNote)") }
        return lines.joined(separator: "\n")
    }

    /// A number with three decimals.
    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}

/// The outcome of screening one party.
public struct ScreeningResult: Sendable, Hashable, Codable {
    /// Matches at or above the threshold and not cleared, best first.
    public var matches: [ScreeningMatch]
    /// Matches at or above the threshold that the allow-list cleared, with their clearance.
    public var suppressed: [ScreeningMatch]
    /// How many list names the index offered for scoring (all others were never compared).
    public var candidatesScored: Int

    /// The audit notes of the suppressed matches.
    public var auditNotes: [String] { suppressed.compactMap { $0.clearance?.auditNote } }
}
