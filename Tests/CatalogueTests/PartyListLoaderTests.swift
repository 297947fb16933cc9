import DossierModel
import Foundation
import Testing

@testable import Catalogue

/// Every real list file loads with the entry count counted independently of the loader.
struct PartyListLoaderTests {
    /// Counts made outside Swift:
    /// - sdn.csv: `python3 -c "import csv; print(sum(1 for r in csv.reader(open('sdn.csv')) if r))"` -> 7379
    ///   (every record 12 columns).
    /// - cons_prim.csv: `grep -c . cons_prim.csv` -> 443 lines, the last one the 0x1A end-of-file byte -> 442.
    /// - consolidated_2018-04-06.xml: `grep -c '<sdnEntry>'` -> 639 (equals its Record_Count).
    /// - UN 2018: `grep -o '<INDIVIDUAL>' | wc -l` 703 + `grep -o '<ENTITY>' | wc -l` 390 -> 1093.
    /// - UN 2026: `grep -c '<INDIVIDUAL>'` 730 + `grep -c '<ENTITY>'` 273 -> 1003.
    /// - csl.csv: `grep -c . csl.csv` -> 116 lines = header + 115 (no line break inside quotes).
    /// - csl_consolidated_v2.csv: python csv reader -> 14 records = header + 13.
    static let cases: [(file: String, listId: String, format: PartyListFormat, version: String, count: Int)] = [
        ("ofac-sdn-legacy-csv/sdn.csv", "ofac-sdn", .ofacLegacyCSV, "unknown", 7379),
        ("ofac-consolidated-legacy-csv/cons_prim.csv", "ofac-consolidated", .ofacLegacyCSV, "unknown", 442),
        ("ofac-consolidated-xml/consolidated_2018-04-06.xml", "ofac-consolidated", .ofacXML, "2018-04-06", 639),
        ("un-consolidated-xml/UN_consolidated_2018-10-29.xml", "un-consolidated", .unXML, "2018-10-29", 1093),
        ("un-consolidated-xml/UN_consolidated_2026-02-27.xml", "un-consolidated", .unXML, "2026-02-27", 1003),
        ("us-csl/csl.csv", "us-csl", .cslCSV, "unknown", 115),
        ("us-csl/csl_consolidated_v2.csv", "us-csl", .cslCSV, "unknown", 13),
    ]

    @Test("real list files load with their exact entry counts", arguments: cases.indices)
    func loadsRealFile(_ i: Int) throws {
        let c = Self.cases[i]
        let path = PartyListTestData.list(c.file)
        let list = try PartyListLoader.load(path: path)
        #expect(list.id == c.listId)
        #expect(list.format == c.format)
        #expect(list.version == c.version)
        #expect(list.entryCount == c.count)
        #expect(list.source == path)
        #expect(Set(list.entries.map(\.entryId)).count == list.entryCount, "entry ids are unique")
        #expect(list.entries.allSatisfy { !$0.primaryName.isEmpty && $0.listId == c.listId })
        // Loading again with the format given explicitly gives the same entries.
        let explicit = try PartyListLoader.load(path: path, format: c.format)
        #expect(explicit.entries == list.entries)
    }

    @Test func sdnJoinsAliasesAndAddresses() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("ofac-sdn-legacy-csv/sdn.csv"))
        let cubana = try #require(list.entries.first { $0.entryId == "36" })
        #expect(cubana.primaryName == "AEROCARIBBEAN AIRLINES")
        #expect(cubana.aliases == ["AERO-CARIBBEAN"])
        #expect(cubana.countries == ["CU"])
        #expect(cubana.programmes == ["CUBA"])
        #expect(cubana.type == .entity)
        let malkevich = try #require(list.entries.first { $0.entryId == "26235" })
        #expect(malkevich.type == .individual)
        #expect(malkevich.identifiers.contains { $0.scheme == "Passport" && $0.value == "717637093" })
        #expect(malkevich.identifiers.contains { $0.scheme == "National ID No." && $0.value == "781005202108" })
    }

    @Test func consolidatedCSVReadsItsAliasesInWindows1252() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("ofac-consolidated-legacy-csv/cons_prim.csv"))
        let haniya = try #require(list.entries.first { $0.entryId == "9639" })
        #expect(haniya.aliases.contains("HANIYA, Ismail"))
        #expect(haniya.type == .individual)
        let huawei = try #require(list.entries.first { $0.entryId == "30947" })
        #expect(huawei.primaryName == "HUAWEI TECHNOLOGIES CO., LTD.")
    }

    @Test func ofacXMLReadsAliasesAndSkipsNoticeIds() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("ofac-consolidated-xml/consolidated_2018-04-06.xml"))
        let bank = try #require(list.entries.first { $0.entryId == "4632" })
        #expect(bank.primaryName == "BANK MARKAZI JOMHOURI ISLAMI IRAN")
        #expect(bank.aliases.contains("CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN"))
        #expect(bank.programmes == ["IRAN"])
        #expect(bank.type == .entity)
        #expect(!bank.identifiers.contains { $0.value.hasPrefix("http") })
    }

    @Test func unXMLReadsIndividualsAndEntities() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("un-consolidated-xml/UN_consolidated_2026-02-27.xml"))
        let badege = try #require(list.entries.first { $0.entryId == "6907993" })
        #expect(badege.primaryName == "ERIC BADEGE")
        #expect(badege.type == .individual)
        #expect(Set(badege.countries) == ["CD", "RW"])
        #expect(badege.programmes.contains("CDi.001"))
        #expect(list.entries.filter { $0.type == .entity }.count == 273)
        let old = try PartyListLoader.load(path: PartyListTestData.list("un-consolidated-xml/UN_consolidated_2018-10-29.xml"))
        let ri = try #require(old.entries.first { $0.entryId == "6908555" })
        #expect(ri.primaryName == "RI WON HO")
        #expect(ri.identifiers == [.init(scheme: "Passport", value: "381310014")])
        #expect(ri.countries == ["KP"])
    }

    @Test func cslReadsIdsAliasesAndCountries() throws {
        let list = try PartyListLoader.load(path: PartyListTestData.list("us-csl/csl.csv"))
        let psa = try #require(list.entries.first { $0.entryId == "20264" })
        #expect(psa.primaryName == "200G PSA HOLDINGS LLC")
        #expect(psa.countries == ["US"])
        #expect(psa.identifiers == [.init(scheme: "Tax ID No.", value: "80-0890696")])
        #expect(psa.sublist == "Specially Designated Nationals (SDN) - Treasury Department")
        let kunlun = try #require(list.entries.first { $0.primaryName == "BANK OF KUNLUN CO LTD" })
        #expect(kunlun.aliases.contains("KARAMAY CITY COMMERCIAL BANK CO LTD."))
        #expect(kunlun.countries.contains("CN"))
        // Rows without an entity number get an id that is the same on every load.
        let again = try PartyListLoader.load(path: PartyListTestData.list("us-csl/csl.csv"))
        #expect(again.entries.map(\.entryId) == list.entries.map(\.entryId))
    }
}
