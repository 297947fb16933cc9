import Catalogue
import Classify
import DossierModel
import Testing

/// The two 2020 restricted entries that context/domain.md gives with their control points
/// (issue 18): 183609X and 183708X, matched on their control points' wording.
@Suite struct Catalogue2020AdditionsTests {
    typealias F = MatcherFixture

    @Test func bothEntriesAreInThe2020CatalogueOnly() throws {
        let v2020 = try F.load("2020")
        let heavy = try #require(v2020.entries.first { $0.code == CatalogueCode("183609X") })
        #expect(heavy.identity == "heavy-machinery-strategic-products" && heavy.part == .restricted)
        #expect(heavy.names.zh == "重型机械行业战略性新产品设计技术")
        #expect(heavy.controlPoints.count == 1)
        let reef = try #require(v2020.entries.first { $0.code == CatalogueCode("183708X") })
        #expect(reef.names.zh == "海上岛礁利用和安全保障装备技术")
        #expect(reef.controlPoints.first?.names.zh.contains("海上卫星发射平台") == true)
        for version in ["2008", "2023"] {
            #expect(try F.load(version).entries.allSatisfy { $0.identity != heavy.identity && $0.identity != reef.identity })
        }
    }

    @Test func controlPointWordingMatches() throws {
        let matcher = CatalogueMatcher(catalogue: try F.load("2020"))
        let nuclear = matcher.match(F.dossier([F.asset(titles: [F.zh("第四代核电设备的蒸汽发生器设计方法")])]))
        let heavy = try #require(nuclear.first { $0.entryCode == "183609X" })
        #expect(heavy.status == .hit && heavy.controlPoint == "strategic-new-product-design")
        let reef = matcher.match(F.dossier([F.asset(titles: [F.en("Modular floating support base for remote waters")])]))
        #expect(reef.first { $0.entryCode == "183708X" }?.status == .hit)
        let none = matcher.match(F.dossier([F.asset(titles: [F.en("Heavy machinery gearbox lubrication")])]))
        #expect(!none.contains { $0.entryCode == "183609X" || $0.entryCode == "183708X" })
    }
}
