import DossierModel
import Testing

@testable import Catalogue

/// Name matching, per-feature explanations, the threshold setting and the index.
struct ScreeningTests {
    static let entries = [
        PartyListEntry(
            listId: "test", entryId: "1", primaryName: "Guangzhou Haige Communications Group Incorporated Company",
            type: .entity, countries: ["CN"], sourceFile: "test"),
        PartyListEntry(
            listId: "test", entryId: "2", primaryName: "CNOOC Energy Technology & Services Limited",
            type: .entity, countries: ["CN"], identifiers: [Identifier(scheme: "USCC", value: "91120116MA05JB1T4X")], sourceFile: "test"),
        PartyListEntry(
            listId: "test", entryId: "3", primaryName: "Zhongxing Telecommunication Equipment Corporation",
            aliases: ["ZTE Corporation"], type: .entity, countries: ["CN"], sourceFile: "test"),
        PartyListEntry(
            listId: "test", entryId: "4", primaryName: "Beijing University of Aeronautics and Astronautics",
            type: .entity, countries: ["CN"], sourceFile: "test"),
    ]
    static let list = PartyList(id: "test", source: "test", format: .cslCSV, version: "unknown", entries: entries)
    static let screening = Screening(lists: [list])

    func best(_ name: String, country: String? = nil, in screening: Screening = screening) -> ScreeningMatch? {
        screening.screen(ScreeningQuery(names: [name], countryCode: country)).matches.first
    }

    @Test(
        "abbreviations, word order, legal forms and pinyin spacing",
        arguments: [
            ("GUANGZHOU HAIGE COMM GRP", "1"),
            ("Haige Guangzhou Communications Group Co., Ltd.", "1"),
            ("HAIGE GUANGZHOU COMM GRP CO LTD", "1"),
            ("CNOOC ENERGY TECH & SRVCES LTD", "2"),
            ("CNOOC Energy Tech and Svcs Co.", "2"),
            ("Zhong-Xing Telecom Equip Corp", "3"),
            ("Zhong Xing Telecommunications Equipment Co Ltd", "3"),
            ("ZTE CORP", "3"),
            ("Peking Univ of Aeronautics & Astronautics", "4"),
            ("BEIJING UNIV AERONAUTICS ASTRONAUTICS", "4"),
        ])
    func variantsMatch(_ name: String, _ entry: String) throws {
        let match = try #require(best(name, country: "CN"), "no match for \(name)")
        #expect(match.entryId == entry)
        #expect(match.score >= 0.85)
    }

    @Test(
        "unrelated names stay below the threshold",
        arguments: [
            "Guangzhou Shipyard International Company Limited",
            "Beijing University of Technology",
            "China Energy Engineering Group",
            "Haier Group Corporation",
            "Telefonaktiebolaget LM Ericsson",
        ])
    func unrelatedNamesDoNotMatch(_ name: String) {
        #expect(best(name) == nil)
    }

    @Test func scoreExplainsEachFeature() throws {
        let match = try #require(best("GUANGZHOU HAIGE COMM GRP", country: "CN"))
        #expect(match.features.map(\.id) == ["name", "country"])
        let name = try #require(match.features.first { $0.id == "name" })
        #expect(name.kind == .main)
        #expect(name.value == 1)
        #expect(name.explanation.contains("same words after normalisation"))
        #expect(name.explanation.contains("[guangzhou haige communications group]"))
        let country = try #require(match.features.first { $0.id == "country" })
        #expect(country.kind == .qualifier)
        #expect(country.value == 0.05)
        #expect(match.score == 1)
        #expect(match.explanation.contains("country (qualifier) 0.05"))
    }

    @Test func countryMismatchLowersTheScore() throws {
        let same = try #require(best("CNOOC Energy Tech Services", country: "CN"))
        let unknown = try #require(best("CNOOC Energy Tech Services"))
        #expect(unknown.features.first { $0.id == "country" }?.value == 0)
        #expect(same.score > unknown.score || same.score == 1)
        // A mismatch takes 0.2 off: an exact name stays at 0.8, below the default threshold.
        #expect(best("CNOOC Energy Technology & Services Ltd", country: "US") == nil)
        let lenient = Screening(lists: [Self.list], settings: ScreeningSettings(threshold: 0.7))
        let mismatch = try #require(best("CNOOC Energy Technology & Services Ltd", country: "US", in: lenient))
        #expect(abs(mismatch.score - 0.8) < 1e-9)
        #expect(mismatch.features.first { $0.id == "country" }?.explanation.contains("not among") == true)
    }

    @Test func identifierIsAMainFeature() throws {
        let query = ScreeningQuery(
            names: ["Tianjin Ocean Services"], countryCode: "CN",
            identifiers: [Identifier(scheme: "USCC", value: "91120116 MA05JB1T4X")])
        let match = try #require(Self.screening.screen(query).matches.first)
        #expect(match.entryId == "2")
        let identifier = try #require(match.features.first { $0.id == "identifier" })
        #expect(identifier.value == 0.95)
        #expect(abs(match.score - 1.0) < 1e-9)
        #expect(identifier.explanation.contains("USCC"))
    }

    @Test func thresholdIsASetting() throws {
        let name = "Haige Communications"
        let loose = Screening(lists: [Self.list], settings: ScreeningSettings(threshold: 0.5))
        let match = try #require(best(name, in: loose))
        #expect(match.score < 0.85)
        #expect(best(name) == nil)
        let strict = Screening(lists: [Self.list], settings: ScreeningSettings(threshold: match.score + 0.001))
        #expect(best(name, in: strict) == nil)
        let exact = Screening(lists: [Self.list], settings: ScreeningSettings(threshold: match.score))
        #expect(best(name, in: exact)?.entryId == "1")
    }

    @Test func indexOffersOnlyCandidatesThatShareAKey() throws {
        let sdn = try PartyListLoader.load(path: PartyListTestData.list("ofac-sdn-legacy-csv/sdn.csv"))
        let screening = Screening(lists: [sdn])
        let result = screening.screen(ScreeningQuery(names: ["DANDONG HONG XIANG IND DEV CO"], countryCode: "CN"))
        #expect(result.matches.first?.primaryEntryName == "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD")
        #expect(result.candidatesScored > 0)
        #expect(result.candidatesScored < screening.entryCount / 20)
    }

    @Test func similarityMeasures() {
        #expect(abs(ScreeningSimilarity.jaroWinkler("martha", "marhta") - 0.9611) < 0.001)
        #expect(ScreeningSimilarity.bigramDice("zhongxing", "zhongxing") == 1)
        #expect(ScreeningSimilarity.bigramDice("abc", "xyz") == 0)
        #expect(ScreeningName("Zhong-Xing").joined == ScreeningName("ZHONGXING").joined)
        #expect(ScreeningName("Hsin Hua News").tokens == ScreeningName("Xin Hua News").tokens)
    }
}

extension ScreeningMatch {
    /// The entry's primary name (shorthand in tests).
    var primaryEntryName: String { entryName }
}
