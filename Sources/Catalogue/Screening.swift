import DossierModel

/// Screens parties against loaded restricted-party lists.
///
/// Scoring follows nomenklatura's logic-v2 shape: `score = max(main features) + Σ
/// qualifiers`, clamped to 0…1. Main features: the name (see `ScreeningSimilarity`: token
/// set with abbreviations expanded, plus character bigrams) and the identifier (an equal
/// identifier scores `identifierMatchScore`). Qualifier: the country (+`countryMatchBonus`
/// when the party's country is one of the entry's, −`countryMismatchPenalty` when both are
/// known and differ, 0 when either is unknown). Only the list names the index offers are
/// scored; identifiers are looked up in their own index.
public struct Screening: Sendable {
    public let settings: ScreeningSettings
    public private(set) var allowList: ScreeningAllowList
    let index: ScreeningIndex
    /// Normalised identifier value -> entry indexes.
    let identifierIndex: [String: [Int]]

    public init(lists: [PartyList], settings: ScreeningSettings = ScreeningSettings(), allowList: ScreeningAllowList = ScreeningAllowList())
    {
        self.settings = settings
        self.allowList = allowList
        index = ScreeningIndex(lists: lists)
        var identifiers: [String: [Int]] = [:]
        for (i, entry) in index.entries.enumerated() {
            for identifier in entry.identifiers {
                let key = Self.identifierKey(identifier.value)
                if key.count >= settings.minimumIdentifierLength { identifiers[key, default: []].append(i) }
            }
        }
        identifierIndex = identifiers
    }

    /// The same screening with more clearances in its allow-list (the reviewers' clearances
    /// recorded in the ledger by the workbench, after the allow-list file's).
    public func clearing(_ more: [ScreeningClearance]) -> Screening {
        var copy = self
        copy.allowList.clearances += more
        return copy
    }

    /// How many entries the screening holds over all lists.
    public var entryCount: Int { index.entries.count }

    /// Screens a dossier party.
    public func screen(_ party: Party) -> ScreeningResult {
        screen(ScreeningQuery(party: party))
    }

    /// Screens a query: every match at or above the threshold, cleared pairs apart.
    public func screen(_ query: ScreeningQuery) -> ScreeningResult {
        let queryNames = query.names.map(ScreeningName.init).filter { !$0.isEmpty }
        // Best name score per entry.
        var bestName: [Int: (score: ScreeningSimilarity.NameScore, query: ScreeningName, listName: ScreeningName)] = [:]
        var scored = 0
        for queryName in queryNames {
            for candidate in index.candidates(for: queryName) {
                scored += 1
                let indexed = index.names[candidate]
                let score = ScreeningSimilarity.score(queryName, indexed.name)
                if let best = bestName[indexed.entry], best.score.score >= score.score { continue }
                bestName[indexed.entry] = (score, queryName, indexed.name)
            }
        }
        // Entries with an equal identifier.
        var identifierHits: [Int: (Identifier, Identifier)] = [:]
        for identifier in query.identifiers {
            let key = Self.identifierKey(identifier.normalised ?? identifier.value)
            guard key.count >= settings.minimumIdentifierLength else { continue }
            for entryIndex in identifierIndex[key] ?? [] {
                if let listed = index.entries[entryIndex].identifiers.first(where: { Self.identifierKey($0.value) == key }) {
                    identifierHits[entryIndex] = (identifier, listed)
                }
            }
        }

        var matches: [ScreeningMatch] = []
        var suppressed: [ScreeningMatch] = []
        for entryIndex in Set(bestName.keys).union(identifierHits.keys).sorted() {
            let entry = index.entries[entryIndex]
            let name = bestName[entryIndex]
            var features: [ScreeningFeature] = []
            if let name {
                features.append(nameFeature(name.score, query: name.query, listed: name.listName))
            }
            if let (given, listed) = identifierHits[entryIndex] {
                features.append(
                    ScreeningFeature(
                        id: "identifier", kind: .main, value: settings.identifierMatchScore,
                        explanation: "the party's \(given.scheme) \(given.value) equals the entry's \(listed.scheme) \(listed.value)"))
            }
            features.append(countryFeature(query.countryCode, entry.countries))
            let main = features.filter { $0.kind == .main }.map(\.value).max() ?? 0
            let qualifiers = features.filter { $0.kind == .qualifier }.map(\.value).reduce(0, +)
            let score = min(1, max(0, main + qualifiers))
            guard score >= settings.threshold else { continue }
            var match = ScreeningMatch(
                listId: entry.listId, entryId: entry.entryId, entryName: entry.primaryName,
                matchedName: name?.listName.original ?? entry.primaryName,
                queryName: name?.query.original ?? query.names.first ?? "", score: score, features: features, listing: entry.listing)
            if let clearance = allowList.clearance(for: query, listId: entry.listId, entryId: entry.entryId) {
                match.clearance = clearance
                suppressed.append(match)
            } else {
                matches.append(match)
            }
        }
        let order: (ScreeningMatch, ScreeningMatch) -> Bool = {
            ($0.score, $1.listId, $1.entryId) > ($1.score, $0.listId, $0.entryId)
        }
        return ScreeningResult(matches: matches.sorted(by: order), suppressed: suppressed.sorted(by: order), candidatesScored: scored)
    }

    /// The name feature with a sentence saying how the score was reached.
    func nameFeature(_ score: ScreeningSimilarity.NameScore, query: ScreeningName, listed: ScreeningName) -> ScreeningFeature {
        let tokens = "[\(query.tokens.joined(separator: " "))] vs [\(listed.tokens.joined(separator: " "))]"
        let sentence =
            score.sameTokens
            ? "same words after normalisation (legal forms dropped, abbreviations expanded, order ignored): \(tokens)"
            : "token-set similarity \(ScreeningMatch.format(score.tokenSet)) × 0.7 + character bigram similarity \(ScreeningMatch.format(score.bigramDice)) × 0.3 on \(tokens)"
        return ScreeningFeature(id: "name", kind: .main, value: score.score, explanation: sentence)
    }

    /// The country qualifier.
    func countryFeature(_ code: String?, _ countries: [String]) -> ScreeningFeature {
        guard let code else {
            return ScreeningFeature(id: "country", kind: .qualifier, value: 0, explanation: "the party's country is unknown: not compared")
        }
        guard !countries.isEmpty else {
            return ScreeningFeature(id: "country", kind: .qualifier, value: 0, explanation: "the entry gives no country: not compared")
        }
        if countries.contains(code) {
            return ScreeningFeature(
                id: "country", kind: .qualifier, value: settings.countryMatchBonus,
                explanation: "the party's country \(code) is one of the entry's (\(countries.joined(separator: ", ")))")
        }
        return ScreeningFeature(
            id: "country", kind: .qualifier, value: -settings.countryMismatchPenalty,
            explanation: "the party's country \(code) is not among the entry's (\(countries.joined(separator: ", ")))")
    }

    /// An identifier as compared: letters and digits only, upper case.
    static func identifierKey(_ value: String) -> String {
        String(value.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
