import DossierModel
import Foundation

/// Reads a country as dossiers and patent offices write it, a code or an English or
/// Chinese name, and gives its ISO 3166-1 alpha-2 code.
///
/// Recognised: alpha-2 and alpha-3 codes; the ISO short, official and common names; the
/// simplified and traditional Chinese names; the variants kept in `CountryRecord+Variants`
/// (PRC, UK, Hong Kong SAR, 中国大陆, …); the upper-case names of the USPTO assignment data
/// (`KOREA, REPUBLIC OF`); an ISO 3166-2 subdivision code (`CN-JS` -> `CN`); and the names
/// of the US states (`CALIFORNIA` -> `US`). State codes are not read as countries, since
/// most are also country codes (`CA`, `DE`); ask `isUSState(_:)` about a state field. A name
/// that is both a country and a state (`Georgia`) is the country.
///
/// Matching ignores case, width (`ＵＳＡ`), diacritics (`Cote d'Ivoire`), punctuation and
/// whitespace (`U.S.A.`, `P.R. China`), a leading "the" and `&` for "and"; "St" reads as
/// "Saint".
public enum CountryNormaliser {
    /// The alpha-2 code for a code or name, or nil when the text is not a known country.
    public static func code(for text: String) -> String? {
        if placeholders.contains(TextFolding.trimmed(text).lowercased()) { return nil }
        let key = countryKey(text)
        guard !key.isEmpty else { return nil }
        if let code = index[key] { return code }
        if let code = subdivisionCountry(text) { return code }
        return stateNameIndex[key]
    }

    /// What senders write for "no country": never read as a code (`N/A` is not Namibia).
    static let placeholders: Set<String> = ["n/a", "n.a.", "n. a.", "-", "--", "?", "unknown", "none", "不详", "无", "未知"]

    /// The country with its code set; an unknown or empty country keeps a nil code and is
    /// reported as `country.unknown`.
    public static func normalise(_ country: Country, context: NormaliseContext) -> Country {
        var out = country
        out.code = code(for: country.raw)
        if out.code == nil {
            let shown = country.raw.trimmingCharacters(in: .whitespacesAndNewlines)
            context.warn(
                "country.unknown",
                shown.isEmpty
                    ? "the country is empty"
                    : "country \"\(shown)\" is not an ISO 3166-1 code or a known country name")
        }
        return out
    }

    /// The ISO record of an alpha-2 code (any case), or nil.
    public static func record(forAlpha2 code: String) -> CountryRecord? {
        recordIndex[code.uppercased()]
    }

    // MARK: - Index

    /// Country keys (see `countryKey(_:)`) to alpha-2 codes: codes first, then names.
    static var index: [String: String] { built.index }

    /// Keys that two countries claimed while the index was built; empty when the tables agree.
    static var collisions: [(key: String, first: String, second: String)] { built.collisions }

    private static let built = build()

    /// US state names by key, consulted after the country names.
    static let stateNameIndex: [String: String] = {
        var out: [String: String] = [:]
        for state in usStates { out[countryKey(state.name)] = "US" }
        return out
    }()

    static let recordIndex: [String: CountryRecord] = Dictionary(
        uniqueKeysWithValues: CountryRecord.iso3166.map { ($0.alpha2, $0) })

    /// Builds the index, keeping the first code for a key and noting every later claim.
    private static func build() -> (index: [String: String], collisions: [(key: String, first: String, second: String)]) {
        var index: [String: String] = [:]
        var collisions: [(key: String, first: String, second: String)] = []
        func add(_ text: String, _ code: String) {
            let key = countryKey(text)
            guard !key.isEmpty else { return }
            if let existing = index[key] {
                if existing != code { collisions.append((key, existing, code)) }
            } else {
                index[key] = code
            }
        }
        for record in CountryRecord.iso3166 {
            add(record.alpha2, record.alpha2)
            add(record.alpha3, record.alpha2)
        }
        // The United Kingdom's exceptionally reserved code.
        add("UK", "GB")
        for record in CountryRecord.iso3166 {
            for name in record.names { add(name, record.alpha2) }
        }
        return (index, collisions)
    }

    /// The comparison key of a country text: folded words joined without spaces, with a
    /// leading "the" dropped, `&` read as "and" and "st" as "saint".
    static func countryKey(_ text: String) -> String {
        let folded = TextFolding.fold(text).replacingOccurrences(of: "&", with: " and ")
        var words = TextFolding.words(folded)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.map { $0 == "st" ? "saint" : $0 }.joined()
    }

    /// The country of an ISO 3166-2 subdivision code such as `CN-JS` or `US-CA`.
    private static func subdivisionCountry(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, (1...3).contains(parts[1].count),
            parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            let record = recordIndex[String(parts[0])]
        else { return nil }
        return record.alpha2
    }
}
