import DossierModel
import Testing

@testable import Catalogue

/// Screening against China's own lists (issue 18): a Chinese name meets the `Chinese name`
/// column, an English name the `Name` column, and the match carries the list and the notice.
struct ChinaListScreeningTests {
    static let screening = Result {
        Screening(lists: [try PartyListLoader.load(path: PartyListTestData.list("cn-sanctions-opensanctions/sanctions.csv"))])
    }

    static let engines = "Mitsubishi Heavy Industries Aero Engines, Ltd."

    func matches(_ names: [String], country: String? = nil) throws -> [ScreeningMatch] {
        try Self.screening.get().screen(ScreeningQuery(names: names, countryCode: country)).matches
    }

    @Test func englishNameOnTheExportControlList() throws {
        let match = try #require(try matches([Self.engines], country: "JP").first)
        #expect(match.listId == "cn-export-control-list")
        #expect(match.entryName == Self.engines)
        #expect(match.score >= 0.99)
    }

    @Test func chineseNameMeetsTheChineseNameColumn() throws {
        let match = try #require(try matches(["三菱重工航空发动机株式会社"]).first)
        #expect(match.listId == "cn-export-control-list")
        #expect(match.entryName == Self.engines)
        #expect(match.matchedName == "三菱重工航空发动机株式会社")
        // The same entity in the Latin name and the Chinese name: one match, not two.
        let both = try matches([Self.engines, "三菱重工航空发动机株式会社"])
        #expect(both.filter { $0.entryName == Self.engines }.count == 1)
    }

    @Test func aWatchListAndAnUnreliableEntityByName() throws {
        #expect(try matches(["斯巴鲁株式会社"]).first?.listId == "cn-export-control-watch-list")
        #expect(try matches(["SUBARU Corporation"], country: "JP").first?.listId == "cn-export-control-watch-list")
        let uel = try #require(
            try matches(["Lockheed Martin Corporation"], country: "US").first { $0.listId == "cn-unreliable-entity-list" })
        #expect(uel.score >= 0.85)
    }

    @Test func unrelatedChineseNamesDoNotMatch() throws {
        for name in ["江苏示例新能源材料有限公司", "浙江大学", "三菱商事株式会社", "华为技术有限公司"] {
            #expect(try matches([name]).isEmpty, "\(name)")
        }
    }
}
