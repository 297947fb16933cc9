import DossierModel
import Foundation
import Testing

/// Issue 18 end to end, run as a user would: China's own lists, an office list and an
/// OpenSanctions file screen the hand-written dossiers; an entry's own name alone does not
/// count; a foreign registry's records are outbound only when the holder is shown Chinese.
@Suite struct ReviewListsAndRegistryTests {
    static let today = ReviewTests.today
    static let chinaLists = OutboundBinary.realdata.appendingPathComponent(
        "B-restricted-lists/cn-sanctions-opensanctions/sanctions.csv"
    ).path
    static let officeList = "testdata/lists/sample-office-list.csv"

    @Test func aTransfereeOnChinasControlListByItsEnglishOrChineseName() throws {
        let result = try OutboundBinary.run(["classify", "testdata/review", "--list", Self.chinaLists] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = try ReviewTests.decisions(result)
        for id in ["RV-CN-LIST-EN", "RV-CN-LIST-ZH"] {
            let flag = try #require(decisions[id]?.flags.first { $0.kind == .partyListHit }, "\(id)")
            let match = try #require(flag.screening)
            #expect(flag.partyID == "P2")
            #expect(match.listId == "cn-export-control-list")
            #expect(match.entryName == "Mitsubishi Heavy Industries Aero Engines, Ltd.")
            #expect(match.score >= 0.99)
            #expect(match.listing?.law?.contains("出口管制法") == true)
            #expect(match.listing?.date == "2026-02-24")
            #expect(match.listing?.url?.hasPrefix("https://www.mofcom.gov.cn/") == true)
            #expect(flag.detail.contains("出口管制管控名单") && flag.detail.contains("2026-02-24"))
        }
        #expect(decisions["RV-CN-LIST-ZH"]?.flags.first { $0.kind == .partyListHit }?.screening?.matchedName == "三菱重工航空发动机株式会社")
        // No other hand-written party is on China's lists.
        #expect(decisions.values.filter { $0.has(.partyListHit) }.map(\.dossierID).sorted() == ["RV-CN-LIST-EN", "RV-CN-LIST-ZH"])
    }

    @Test func explainNamesTheListTheLawAndTheNotice() throws {
        let result = try OutboundBinary.run(
            ["explain", "testdata/review", "--dossier", "RV-CN-LIST-ZH", "--list", Self.chinaLists] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        for expected in [
            "party-list-hit", "cn-export-control-list", "listed: 出口管制管控名单 (export control list) under 中华人民共和国出口管制法",
            "https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_b5159a773124428a9813884015d1b8b3.html", "score 1.0",
        ] {
            #expect(result.stdout.contains(expected), "missing: \(expected)")
        }
    }

    @Test func anOfficeListAndAnOpenSanctionsFileScreenAPlantedDossier() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-planted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A dossier planted with a transferee of the real OpenSanctions file (`Sun Science
        // International`, HK) and one of the office list written in Chinese.
        let dossier = """
            <?xml version="1.0" encoding="UTF-8"?>
            <transfer-dossier xmlns="urn:outbound:dossier:1" id="PLANTED-1" filed="2026-05-06">
              <office province="CN-JS" channel="online"/>
              <transaction type="assignment"></transaction>
              <parties>
                <party id="P1" role="transferor" kind="enterprise"><name lang="zh">江苏示例新能源材料有限公司</name><country>CN</country></party>
                <party id="P2" role="transferee" kind="enterprise"><name lang="en">SUN SCIENCE INTERNATIONAL LTD</name><country>香港特别行政区</country></party>
                <party id="P3" role="transferee" kind="enterprise"><name lang="zh">北辰星海科技有限公司</name><country>新加坡</country></party>
              </parties>
              <assets>
                <asset id="A1" type="utility-model" owner="P1"><title lang="zh">一种浮标固定装置</title><secrecy>none</secrecy></asset>
              </assets>
            </transfer-dossier>
            """
        let path = folder.appendingPathComponent("PLANTED-1.xml").path
        try Data(dossier.utf8).write(to: URL(fileURLWithPath: path))
        let openSanctions = OutboundBinary.realdata.appendingPathComponent(
            "B-restricted-lists/opensanctions-targets-simple/ua_war_sanctions.targets.simple.csv"
        ).path
        let result = try OutboundBinary.run(["classify", path, "--list", Self.officeList, "--list", openSanctions] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decision = try #require(try ReviewTests.decisions(result)["PLANTED-1"])
        let hits = decision.flags.filter { $0.kind == .partyListHit }
        let office = try #require(hits.first { $0.partyID == "P3" }?.screening)
        #expect(office.listId == "office-watch" && office.entryId == "OW-1")
        #expect(office.listing?.announcement == "Sample office notice 2026 No. 1 (FICTITIOUS)")
        #expect(office.explanation.contains("name (main)") && office.explanation.contains("listed:"))
        let sanctioned = try #require(hits.first { $0.partyID == "P2" }?.screening)
        #expect(sanctioned.listId == "opensanctions" && sanctioned.entryId == "NK-24ZomtS59XsEEB94Qcqy7S")
        #expect(sanctioned.features.contains { $0.id == "country" && $0.value > 0 }, "HK on both sides")
        #expect(decision.flags.contains { $0.kind == .hkMoTw && $0.partyID == "P2" })
        #expect(
            decision.audit.references.filter { $0.kind == "party-list" }.map(\.id) == [
                "office-watch 2026-01-15", "opensanctions 2026-03-11",
            ])
    }

    @Test func anEntrysOwnNameAloneDoesNotCount() throws {
        let decisions = try ReviewTests.decisions(try OutboundBinary.run(["classify", "testdata/review"] + Self.today))
        let uav = try #require(decisions["RV-ENTRY-NAME-ONLY"])
        let hit = try #require(uav.hits.first { $0.entryIdentity == "uav" })
        #expect(hit.status == .entryNameOnly && !hit.counts && hit.controlPoint == nil)
        #expect(hit.notes.contains { $0.contains("not a control point") })
        #expect(uav.outcome == .registration)
        // A control point of the same entry still counts (2023, CP5 flight control).
        #expect(decisions["RV-LICENCE-UAV"]?.hits.contains { $0.controlPoint == "flight-control" && $0.counts } == true)
        #expect(decisions["RV-LICENCE-UAV"]?.hits.contains { $0.status == .entryNameOnly } == true)
        // The prohibited row follows a control point, not the entry's name.
        let prohibited = try #require(decisions["RV-PROHIBITED"]?.hits.first { $0.counts })
        #expect(prohibited.controlPoint == "silkworm-genetic-resources" && prohibited.part == .prohibited)
    }

    @Test func theRealUSPTODailyFileIsReadAsMonitoring() throws {
        let daily = OutboundBinary.realdata.appendingPathComponent("A-ip-records/uspto-assignment-daily/ad20160101.xml").path
        let result = try OutboundBinary.run(["classify", daily] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = try ReviewTests.decisions(result)
        #expect(decisions.count == 199)
        // No holder of the day's records is shown to be Chinese: none is outbound.
        #expect(decisions.values.allSatisfy { $0.outcome == .outOfScope })
        #expect(decisions.values.filter { $0.has(.countryUnknown) }.count == 198)
        #expect(decisions.values.allSatisfy { $0.audit.rules.contains("outbound.foreign-registry") })
        // The University of Hong Kong is shown to be in HK by its name: a foreign holder.
        let hku = try #require(decisions["USPTO-037390-0601"])
        #expect(hku.audit.rules.contains("outbound.registry-holder-country") && hku.audit.rules.contains("outbound.foreign-holder"))
        #expect(result.stderr.contains("199 dossiers (199 out-of-scope)"))
    }

    @Test func aHolderShownChineseMakesARegistryRecordOutbound() throws {
        let result = try OutboundBinary.run(["classify", "testdata/review/uspto-assignments.xml"] + Self.today)
        let decisions = try ReviewTests.decisions(result)
        let latin = try #require(decisions["USPTO-090001-0011"])
        #expect(latin.outcome == .registration && !latin.has(.countryUnknown))
        #expect(latin.notes.contains { $0.contains("SHENZHEN") && $0.contains("CO LTD") })
        #expect(decisions["USPTO-090001-0012"]?.notes.contains { $0.contains("Chinese script") } == true)
        let unknown = try #require(decisions["USPTO-090001-0013"])
        #expect(unknown.outcome == .outOfScope && unknown.has(.countryUnknown))
        #expect(unknown.notes.contains { $0.contains("not shown to be Chinese") })
        #expect(decisions["USPTO-090001-0014"]?.audit.rules.contains("outbound.foreign-holder") == true)
    }
}
