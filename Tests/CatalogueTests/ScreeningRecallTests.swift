import DossierModel
import Foundation
import Testing

@testable import Catalogue

/// Recall on planted variants of real Chinese list entries and the false-positive rate on
/// real unrelated company names, at the default threshold.
struct ScreeningRecallTests {
    /// Real entries (list id, primary name exactly as the file writes it) and a variant of
    /// each as a dossier might write it: abbreviated, reordered, legal form dropped or
    /// changed, pinyin split or hyphenated, Wade-Giles.
    static let planted: [(list: String, name: String, variant: String)] = [
        ("ofac-consolidated", "CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.", "CHINA MOBILE COMM GRP"),
        ("ofac-consolidated", "HUAWEI TECHNOLOGIES CO., LTD.", "Huawei Tech Co"),
        ("ofac-consolidated", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.", "HIKVISION DIGITAL TECH HANGZHOU"),
        ("ofac-consolidated", "CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION", "CHINA ELEC TECH GRP CORP"),
        ("ofac-consolidated", "INSPUR GROUP CO., LTD.", "Inspur Grp Company Limited"),
        ("ofac-consolidated", "CHINA NATIONAL OFFSHORE OIL CORPORATION", "CHINA NATL OFFSHORE OIL CORP"),
        ("ofac-consolidated", "CHINA AEROSPACE SCIENCE AND INDUSTRY CORPORATION LIMITED", "China Aerospace Sci & Ind Corp"),
        ("ofac-consolidated", "CHINA UNITED NETWORK COMMUNICATIONS GROUP CO., LTD.", "China United Network Comm Grp Co Ltd"),
        ("ofac-consolidated", "PANDA ELECTRONICS GROUP CO., LTD.", "PANDA ELEC GRP"),
        ("ofac-consolidated", "SEMICONDUCTOR MANUFACTURING INTERNATIONAL CORPORATION", "Semiconductor Mfg Intl Corp"),
        ("ofac-sdn", "BEIJING ALITE TECHNOLOGIES CO., LTD.", "ALITE BEIJING TECH CO LTD"),
        ("ofac-sdn", "CHINA NATIONAL PRECISION MACHINERY IMPORT/EXPORT CORPORATION", "CHINA NATL PRECISION MACH IMP/EXP CORP"),
        ("ofac-sdn", "DALIAN ZHONGCHUANG CHAR-WHITE CO., LTD.", "Dalian Zhong-Chuang Char White Company Limited"),
        ("ofac-sdn", "SINOTECH DALIAN CARBON AND GRAPHITE MANUFACTURING CORPORATION", "SINOTECH DALIAN CARBON & GRAPHITE MFG CORP"),
        ("ofac-sdn", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", "DANDONG HONG XIANG IND DEV CO"),
        ("ofac-sdn", "NINGBO NEW CENTURY IMPORT AND EXPORT COMPANY, LTD.", "Ningbo New Century Imp & Exp Co"),
        ("ofac-sdn", "DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", "Zhicheng Metallic Materials Dandong Co Ltd"),
        ("ofac-sdn", "JINHOU INTERNATIONAL HOLDINGS CO., LTD.", "JINHOU INTL HLDGS LTD"),
        ("ofac-sdn", "DALIAN GLOBAL UNITY SHIPPING CO., LTD.", "Dalian Global Unity Shpg Co"),
        ("ofac-sdn", "WUHAN SANJIANG IMPORT AND EXPORT CO. LTD", "Wuhan San-Jiang Import Export Company"),
        ("ofac-sdn", "DANDONG KEHUA ECONOMY & TRADE CO., LTD.", "DANDONG KE HUA ECONOMY AND TRADE CO"),
        ("ofac-sdn", "BEIJING CHENGXING TRADING CO. LTD.", "Chengxing Trading (Beijing) Co., Ltd."),
        ("ofac-sdn", "ANHUI LAND GROUP CO., LIMITED", "ANHUI LAND GRP"),
        ("ofac-sdn", "LE-HUA ELECTRONIC FIELD CO. LIMITED", "Lehua Electronic Field Company"),
        ("ofac-sdn", "SHANGHAI NORTH TRANSWAY INTERNATIONAL TRADING CO.", "SHANGHAI NORTH TRANSWAY INTL TRDG"),
        ("ofac-sdn", "MINGZHENG INTERNATIONAL TRADING LIMITED", "Ming Zheng International Trading Ltd."),
        ("ofac-sdn", "SHEN ZHONG INTERNATIONAL SHPG", "SHENZHONG INTERNATIONAL SHIPPING"),
        ("ofac-sdn", "SHANGHAI GANG QUAN TRADE CO.", "Shanghai Gangquan Trading Co"),
        ("ofac-sdn", "SINOTECH INDUSTRY CO., LTD.", "SINO-TECH INDUSTRIES CO LTD"),
        ("us-csl", "Guangdong University of Technology", "GUANGDONG UNIV OF TECH"),
        ("us-csl", "BANK OF KUNLUN CO LTD", "Kunlun Bank Co., Ltd."),
    ]

    /// Every real list file except the older UN snapshot (a duplicate of the newer one), the
    /// older BIS snapshot and the IRGC extract. With China's lists, one "unrelated" assignee
    /// name is a true listing: MITSUBISHI MATERIALS CORPORATION is on the export control watch
    /// list (notice of 2026-02-24); it counts against the false-positive floor all the same.
    static func loadLists() throws -> [PartyList] {
        try [
            "ofac-sdn-legacy-csv/sdn.csv", "ofac-consolidated-legacy-csv/cons_prim.csv",
            "ofac-consolidated-xml/consolidated_2018-04-06.xml", "un-consolidated-xml/UN_consolidated_2026-02-27.xml",
            "us-csl/csl.csv", "us-csl/csl_consolidated_v2.csv", "ofac-enhanced-xml/cons_enhanced.2026-01-08.xml",
            "ofac-advanced-xml/cons_advanced.2020-03-17.xml", "eu-consolidated-xml/eu_global_2016-02-11.xml",
            "uk-hmt-consolidated/hmt_conlist_2016-02-12.csv", "bis-denied-persons/dpl.2023-11-28.txt",
            "cn-sanctions-opensanctions/sanctions.csv", "opensanctions-targets-simple/ua_war_sanctions.targets.simple.csv",
            "opensanctions-ftm/eu_fsf_excerpt.entities.ftm.json",
        ].map { try PartyListLoader.load(path: PartyListTestData.list($0)) }
    }

    /// Company and assignee names from the real IP records: `<orgname>`, the `<name>` of
    /// USPTO assignment assignees, and `patAssigneeName` of the assignment API responses.
    static func unrelatedNames() throws -> [String] {
        let root = PartyListTestData.realdata.appendingPathComponent("A-ip-records")
        var names: Set<String> = []
        let patterns = [
            #"<orgname>([^<]+)</orgname>"#,
            #"<patent-assignee>\s*<name>([^<]+)</name>"#,
            #"<str name="patAssigneeName">([^<]+)</str>"#,
        ].map { try! NSRegularExpression(pattern: $0) }
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "xml" {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for pattern in patterns {
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    let name = text[range].replacingOccurrences(of: "&#x26;", with: "&").replacingOccurrences(of: "&amp;", with: "&")
                        .trimmingCharacters(in: .whitespacesAndNewlines)
                    if !name.isEmpty { names.insert(name) }
                }
            }
        }
        return names.sorted()
    }

    @Test func recallAndFalsePositiveRate() throws {
        let lists = try Self.loadLists()
        let screening = Screening(lists: lists)
        var found = 0
        var missed: [String] = []
        for plant in Self.planted {
            let list = try #require(lists.first { $0.id == plant.list && $0.entries.contains { $0.primaryName == plant.name } })
            let entry = try #require(list.entries.first { $0.primaryName == plant.name })
            let result = screening.screen(ScreeningQuery(names: [plant.variant], countryCode: entry.countries.first))
            if result.matches.contains(where: { $0.listId == entry.listId && $0.entryId == entry.entryId }) {
                found += 1
            } else {
                missed.append("\(plant.variant) -> \(plant.name) best: \(result.matches.first?.explanation ?? "none")")
            }
        }
        let recall = Double(found) / Double(Self.planted.count)

        let unrelated = try Self.unrelatedNames()
        #expect(unrelated.count >= 100)
        var falsePositives: [String] = []
        for name in unrelated {
            if let match = screening.screen(ScreeningQuery(names: [name])).matches.first {
                falsePositives.append(match.explanation)
            }
        }
        let fpRate = Double(falsePositives.count) / Double(unrelated.count)
        print(
            "screening recall: \(found)/\(Self.planted.count) = \(String(format: "%.3f", recall)) at threshold \(screening.settings.threshold)"
        )
        print("screening false-positive rate: \(falsePositives.count)/\(unrelated.count) = \(String(format: "%.3f", fpRate))")
        for line in missed { print("missed: \(line)") }
        for line in falsePositives { print("false positive: \(line)") }
        #expect(Self.planted.count >= 20)
        #expect(recall >= 0.9)
        #expect(fpRate <= 0.02)
    }
}
