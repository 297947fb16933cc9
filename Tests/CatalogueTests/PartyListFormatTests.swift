import DossierModel
import Foundation
import Testing

@testable import Catalogue

/// The list formats added for issue 18, each on its real file: entry and alias counts made
/// outside Swift, versions, and one entry read field by field.
struct PartyListFormatTests {
    /// Counts made with Python's `csv`, `json` and `re` modules on the shared files:
    /// - EU: `re.findall('<ENTITY ')` -> 595; distinct `WHOLENAME`s per entity less one -> 2102 aliases.
    /// - UK ConList (cp1252): 800 name rows after the preamble and header, 463 distinct `Group ID`s;
    ///   distinct `Name 1..5 + Name 6` per group less one -> 245 aliases.
    /// - BIS dpl.txt 546 rows, dpl.2023-11-28.txt 665 rows (tab-separated, no aliases).
    /// - OFAC enhanced: `<entity id=` 442 (consolidated), 293 (IRGC extract of the SDN list).
    /// - OFAC advanced: `<DistinctParty ` 375.
    /// - China lists: 610 rows; `Alias` parts plus a `Chinese name` that differs from `Name` -> 557 aliases.
    /// - OpenSanctions targets.simple: 5600 rows, 7731 `;`-separated aliases.
    /// - FtM: 7 lines, 6 party entities (one `Address`), 29 other names and aliases.
    static let cases: [(file: String, listId: String, format: PartyListFormat, version: String, count: Int, aliases: Int)] = [
        ("eu-consolidated-xml/eu_global_2016-02-11.xml", "eu-consolidated", .euXML, "2016-02-11", 595, 2102),
        ("uk-hmt-consolidated/hmt_conlist_2016-02-12.csv", "uk-hmt-conlist", .ukConListCSV, "2016-02-12", 463, 245),
        ("bis-denied-persons/dpl.txt", "bis-dpl", .bisDPL, "2019-06-12", 546, 0),
        ("bis-denied-persons/dpl.2023-11-28.txt", "bis-dpl", .bisDPL, "2023-11-28", 665, 0),
        ("ofac-enhanced-xml/cons_enhanced.2026-01-08.xml", "ofac-consolidated", .ofacEnhancedXML, "2026-01-08", 442, -1),
        ("ofac-enhanced-xml/IRGC_sanctions_enhanced_2024-08-28.xml", "ofac-sdn", .ofacEnhancedXML, "2024-08-28", 293, -1),
        ("ofac-advanced-xml/cons_advanced.2020-03-17.xml", "ofac-consolidated", .ofacAdvancedXML, "2020-03-17", 375, -1),
        ("cn-sanctions-opensanctions/sanctions.csv", "cn-sanctions", .cnSanctionsCSV, "2026-08-05", 610, 557),
        ("opensanctions-targets-simple/ua_war_sanctions.targets.simple.csv", "opensanctions", .openSanctionsCSV, "2026-03-11", 5600, 7731),
        ("opensanctions-ftm/eu_fsf_excerpt.entities.ftm.json", "opensanctions", .ftmJSON, "2024-03-28", 6, 29),
    ]

    @Test("each new real list format loads with its counts", arguments: cases.indices)
    func loadsRealFile(_ i: Int) throws {
        let c = Self.cases[i]
        let path = PartyListTestData.list(c.file)
        let list = try PartyListLoader.load(path: path)
        #expect(list.id == c.listId, "\(c.file)")
        #expect(list.format == c.format, "\(c.file)")
        #expect(list.version == c.version, "\(c.file)")
        #expect(list.entryCount == c.count, "\(c.file)")
        if c.aliases >= 0 { #expect(list.entries.map(\.aliases.count).reduce(0, +) == c.aliases, "\(c.file)") }
        #expect(Set(list.entries.map { "\($0.listId) \($0.entryId)" }).count == list.entryCount, "entry ids are unique: \(c.file)")
        #expect(list.entries.allSatisfy { !$0.primaryName.isEmpty })
        let explicit = try PartyListLoader.load(path: path, format: c.format)
        #expect(explicit.entries == list.entries)
    }

    @Test func euEntityWithAliasesCountriesAndItsRegulation() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("eu-consolidated-xml/eu_global_2016-02-11.xml"))
        let mugabe = try #require(list.entries.first { $0.entryId == "1" })
        #expect(mugabe.primaryName == "Robert Gabriel Mugabe")
        #expect(mugabe.type == .individual)
        #expect(mugabe.programmes == ["ZWE"])
        #expect(mugabe.identifiers.contains { $0.scheme == "passport" && $0.value == "AD001095" })
        #expect(mugabe.listing?.announcement == "151/2012 (OJ L49)" && mugabe.listing?.date == "2012-02-21")
        let iraq = try #require(list.entries.first { $0.entryId == "13" })
        #expect(iraq.countries == ["IQ"])
    }

    @Test func ukGroupsItsNameRowsIntoOneEntry() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("uk-hmt-consolidated/hmt_conlist_2016-02-12.csv"))
        let entry = try #require(list.entries.first { $0.entryId == "7087" })
        #expect(entry.allNames.contains("Mohamed ABU ABDA"))
        #expect(entry.programmes == ["Al-Qaida"])
        #expect(entry.countries.contains("TN"))
        #expect(entry.listing?.date == "2002-04-24")
    }

    @Test func bisDeniedPersonCarriesItsFederalRegisterCitation() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("bis-denied-persons/dpl.2023-11-28.txt"))
        let ash = try #require(list.entries.first { $0.primaryName == "I. ASH" })
        #expect(ash.countries == ["US"])
        #expect(ash.listing?.announcement == "68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06 72 F.R. 4236 1/30/07")
        #expect(ash.listing?.date == "2003-06-19")
    }

    @Test func ofacEnhancedReadsNamesInEveryScriptAndDocuments() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("ofac-enhanced-xml/cons_enhanced.2026-01-08.xml"))
        let haniya = try #require(list.entries.first { $0.entryId == "9639" })
        #expect(haniya.primaryName == "HANIYA, Ismail Abdul Salah")
        #expect(haniya.aliases.contains("HANIYYA, Ismaeel"))
        #expect(haniya.programmes == ["NS-PLC"])
        #expect(haniya.listing?.listName == "Non-SDN Palestinian Legislative Council List")
        let vtb = try #require(list.entries.first { $0.entryId == "17013" })
        #expect(vtb.countries.contains("RU"))
        #expect(vtb.identifiers.contains { $0.value == "253400V1H6ART1UQ0N98" })
    }

    @Test func ofacAdvancedResolvesItsReferenceTables() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("ofac-advanced-xml/cons_advanced.2020-03-17.xml"))
        let rabai = try #require(list.entries.first { $0.entryId == "9644" })
        #expect(rabai.primaryName == "RABAI Khalil Musa")
        #expect(rabai.aliases.contains { $0.hasPrefix("RABBAI") })
        #expect(rabai.type == .individual)
        let vtb = try #require(list.entries.first { $0.entryId == "17013" })
        #expect(vtb.type == .entity && vtb.countries.contains("RU"))
        #expect(vtb.identifiers.contains { $0.scheme == "Registration ID" && $0.value == "1027739609391" })
        #expect(list.entries.contains { $0.listing?.listName == "Consolidated List" })
    }

    @Test func chinaListsNameTheListTheLawAndTheNotice() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("cn-sanctions-opensanctions/sanctions.csv"))
        let counts = Dictionary(grouping: list.entries, by: \.listId).mapValues(\.count)
        // List column: 153 List of Export Controls, 40 watch list, 66 UEL; 37 rows published by the
        // Taiwan Affairs Office (Body; 27 of them name its two lists).
        #expect(counts["cn-export-control-list"] == 153)
        #expect(counts["cn-export-control-watch-list"] == 40)
        #expect(counts["cn-unreliable-entity-list"] == 66)
        #expect(counts["cn-taiwan-affairs-list"] == 37)
        #expect(counts.values.reduce(0, +) == 610)
        let subaru = try #require(list.entries.first { $0.primaryName == "SUBARU Corporation" })
        #expect(subaru.listId == "cn-export-control-watch-list")
        #expect(subaru.aliases.contains("斯巴鲁株式会社"))
        #expect(subaru.countries == ["JP"])
        #expect(subaru.listing?.law?.contains("出口管制法") == true)
        #expect(subaru.listing?.date == "2026-02-24")
        #expect(subaru.listing?.url == "https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_bac18400512d408a8d4c2f964e36ac11.html")
        let ned = try #require(list.entries.first { $0.primaryName == "National Endowment for Democracy" })
        #expect(ned.listId == "cn-countermeasure-list")
        #expect(ned.listing?.law?.contains("before the Anti-Foreign Sanctions Law") == true)
        let king = try #require(list.entries.first { $0.primaryName == "Adam Joseph King" })
        #expect(king.listing?.law?.contains("反外国制裁法") == true)
    }

    @Test func openSanctionsFormats() throws {
        let simple = try PartyListLoader.load(
            path: PartyListTestData.list("opensanctions-targets-simple/ua_war_sanctions.targets.simple.csv"))
        let rosalin = try #require(simple.entries.first { $0.entryId == "NK-24cf2zYe7LEKhr2zFck73j" })
        #expect(rosalin.type == .vessel && rosalin.aliases == ["Ceram Sea", "Gold Sun", "Nurkez"])
        #expect(rosalin.countries == ["LR", "PA", "SG", "ST"] && rosalin.programmes == ["UA-WS-MARE"])
        let ftm = try PartyListLoader.load(path: PartyListTestData.list("opensanctions-ftm/eu_fsf_excerpt.entities.ftm.json"))
        let tobacco = try #require(ftm.entries.first { $0.entryId == "NK-2GdmHtZTeNXjNVrBGEXZNj" })
        #expect(tobacco.countries == ["BY"] && tobacco.identifiers.contains { $0.value == "808000714" })
        #expect(tobacco.aliases.contains("Общество с ограниченной ответственностью “Интер Тобако”"))
        #expect(!ftm.entries.contains { $0.primaryName.isEmpty })
    }

    @Test func cslWithoutTheIdsColumnStillLoads() throws {
        // The older CSL layout: the real csl.csv with its `ids` column removed.
        let records = try PartyListCSV.parse(String(contentsOfFile: PartyListTestData.list("us-csl/csl.csv"), encoding: .utf8))
        let drop = try #require(records.first?.fields.firstIndex(of: "ids"))
        let text = records.map { record in
            record.fields.enumerated().filter { $0.offset != drop }.map {
                "\"" + $0.element.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            .joined(separator: ",")
        }.joined(separator: "\n")
        let path = try PartyListTestData.temporaryFile(text, name: "csl-old.csv")
        let list = try PartyListLoader.load(path: path)
        #expect(list.format == .cslCSV && list.entryCount == 115)
        #expect(list.entries.allSatisfy { $0.identifiers.isEmpty })
    }

    @Test func officeListReadsEveryColumn() throws {
        let path = PartyListTestData.repoRoot.appendingPathComponent("testdata/lists/sample-office-list.csv").path
        let list = try PartyListLoader.load(path: path)
        #expect(list.format == .officeCSV)
        let entry = try #require(list.entries.first)
        #expect(entry.listId == "office-watch" && entry.entryId == "OW-1")
        #expect(entry.aliases.contains("北辰星海科技有限公司"))
        #expect(entry.type == .entity && entry.countries == ["SG"])
        #expect(entry.listing?.announcement != nil && entry.listing?.date != nil && entry.listing?.url != nil)
    }

    @Test func officeListErrorsNameTheLine() throws {
        let header = "list_id,entry_id,name,type,announcement_date\n"
        let cases: [(String, String, Int)] = [
            (header + "L,1,A,entity,2025-01-01\nL,1,B,entity,2025-01-02\n", "given twice", 3),
            (header + "L,1,A,robot,2025-01-01\n", "type \"robot\"", 2),
            (header + "L,1,A,entity,01/02/2025\n", "YYYY-MM-DD", 2),
            ("list_id,entry_id,name,colour\nL,1,A,red\n", "unknown column colour", 1),
            (header + "L,1,\"A,entity,2025-01-01\n", "never closed", 2),
        ]
        for (text, message, line) in cases {
            let path = try PartyListTestData.temporaryFile(text, name: "office.csv")
            do {
                _ = try PartyListLoader.load(path: path)
                Issue.record("accepted: \(text)")
            } catch let error as ReferenceFileError {
                #expect(error.id == "list.format", "\(text)")
                #expect(error.message.contains(message), "\(error.message)")
                #expect(error.line == line, "\(text)")
            }
        }
    }

    @Test func brokenDownloadsOfTheNewFormats() throws {
        // A truncated enhanced XML, an FtM line cut off, a China CSV whose row lost its columns.
        let xml = try String(contentsOfFile: PartyListTestData.list("ofac-enhanced-xml/cons_enhanced.2026-01-08.xml"), encoding: .utf8)
        let cut = try PartyListTestData.temporaryFile(String(xml.prefix(200_000)), name: "cons_enhanced.xml")
        #expect(throws: ReferenceFileError.self) { try PartyListLoader.load(path: cut) }
        do { _ = try PartyListLoader.load(path: cut) } catch let error as ReferenceFileError { #expect(error.id == "list.malformed") }
        let ftm = try String(contentsOfFile: PartyListTestData.list("opensanctions-ftm/eu_fsf_excerpt.entities.ftm.json"), encoding: .utf8)
        let ftmCut = try PartyListTestData.temporaryFile(String(ftm.prefix(ftm.count - 40)), name: "x.ftm.json")
        do {
            _ = try PartyListLoader.load(path: ftmCut)
            Issue.record("a cut FtM line was accepted")
        } catch let error as ReferenceFileError {
            #expect(error.id == "list.format" && error.line == 7)
        }
        let csv =
            "Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,Chinese summary,Body,List,Date,End date,Source URL,Address\nCompany,,X\n"
        let short = try PartyListTestData.temporaryFile(csv, name: "sanctions.csv")
        do {
            _ = try PartyListLoader.load(path: short)
            Issue.record("a short row was accepted")
        } catch let error as ReferenceFileError {
            #expect(error.id == "list.format" && error.line == 2)
        }
        let header = try PartyListTestData.temporaryFile(String(csv.prefix { $0 != "\n" }) + "\n", name: "sanctions.csv")
        do {
            _ = try PartyListLoader.load(path: header)
            Issue.record("a header-only file was accepted")
        } catch let error as ReferenceFileError {
            #expect(error.id == "list.empty")
        }
    }
}
