import DossierModel
import Foundation
import Testing

@testable import Generator

@Suite struct ClaimWriterTests {
    @Test(arguments: Technology.all.map(\.key))
    func claimsReferOnlyToEarlierClaims(_ key: String) throws {
        let technology = Technology.all.first { $0.key == key }!
        var r = SeededRandom(seed: 51)
        let writer = ClaimWriter(technology: technology, kindWord: "发明")
        for count in [3, 8, 20] {
            let claims = writer.claims(count: count, statements: [], &r)
            #expect(claims.count >= 3)
            #expect(claims.count <= max(count, 4))
            #expect(claims[0].zh.hasPrefix(technology.subject.preamble.zh))
            #expect(claims[0].en.hasPrefix(technology.subject.preamble.en))
            for (i, claim) in claims.enumerated().dropFirst() {
                let referenced = claim.en.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                if claim.en.contains("according to claim ") {
                    let parent = try #require(Int(claim.en.components(separatedBy: "according to claim ")[1].prefix { $0.isNumber }))
                    #expect(parent >= 1 && parent <= i, "claim \(i + 1) refers to \(parent)")
                } else {
                    // A closing claim: "claims 1 to N" with N the claim before it.
                    #expect(claim.en.contains("claims 1 to \(i)"), "\(claim.en)")
                    #expect(claim.zh.contains("权利要求1至\(i)"), "\(claim.zh)")
                    #expect(referenced.contains(i))
                }
            }
        }
    }

    @Test func statedValuesAreClaimedFirst() {
        var r = SeededRandom(seed: 52)
        let statement = Bilingual.t("压实密度 2.61 g/cc at 220 MPa", "the compaction density is 2.61 g/cc at 220 MPa")
        let claims = ClaimWriter(technology: .lfpCathode, kindWord: "发明").claims(count: 10, statements: [statement], &r)
        #expect(claims[1].zh.contains("压实密度 2.61 g/cc at 220 MPa"))
        #expect(claims[1].en.contains("2.61 g/cc at 220 MPa"))
    }

    @Test func abstractStatesTheFieldAndTheValues() {
        var r = SeededRandom(seed: 53)
        let statement = Bilingual.t("首次库仑效率为97.2%", "the first-cycle coulombic efficiency is 97.2%")
        let abstract = ClaimWriter(technology: .lfpCathode, kindWord: "发明").abstract(statements: [statement], &r)
        #expect(abstract.zh.hasPrefix(Technology.lfpCathode.leads[0].zh))
        #expect(abstract.zh.contains("本发明公开了"))
        #expect(abstract.zh.contains("首次库仑效率为97.2%。"))
        #expect(abstract.en.contains("The first-cycle coulombic efficiency is 97.2%."))
    }

    @Test(arguments: [(["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")])
    func listsJoinTheEnglishWay(_ items: [String], _ expected: String) {
        #expect(ClaimWriter.list(items) == expected)
    }
}
