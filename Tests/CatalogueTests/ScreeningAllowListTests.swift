import DossierModel
import Testing

@testable import Catalogue

/// The reviewers' allow-list suppresses cleared pairs, with an audit note.
struct ScreeningAllowListTests {
    static let list = PartyList(
        id: "us-csl", source: "test", format: .cslCSV, version: "unknown",
        entries: [
            PartyListEntry(
                listId: "us-csl", entryId: "E1", primaryName: "Haige Communications Group Co Ltd", countries: ["CN"], sourceFile: "t"),
            PartyListEntry(
                listId: "us-csl", entryId: "E2", primaryName: "Haige Communication Group (Hong Kong) Ltd", countries: ["HK"],
                sourceFile: "t"),
        ])

    @Test func clearedPairIsSuppressedWithAnAuditNote() throws {
        let text = """
            # cleared false positives
            party,list,entry,reviewer,date,reason
            "HAIGE COMMUNICATIONS GROUP CO., LTD.",us-csl,E1,"Wang Li",2025-03-04,"different company: USCC differs, see file 2025-17"
            """
        let allow = try ScreeningAllowList.parse(text, file: "allow.csv")
        #expect(allow.clearances.count == 1)
        #expect(allow.clearances[0].line == 3)
        let screening = Screening(lists: [Self.list], allowList: allow)
        let result = screening.screen(ScreeningQuery(names: ["Haige Communications Group Company Limited"], countryCode: "CN"))
        #expect(result.suppressed.map(\.entryId) == ["E1"])
        #expect(!result.matches.contains { $0.entryId == "E1" })
        #expect(
            result.auditNotes == [
                "match with us-csl entry E1 cleared by Wang Li on 2025-03-04: different company: USCC differs, see file 2025-17 (allow.csv:3)"
            ])
        #expect(result.suppressed[0].explanation.contains("suppressed: match with us-csl entry E1 cleared by Wang Li"))
        // The same party without the allow-list is reported.
        let plain = Screening(lists: [Self.list]).screen(
            ScreeningQuery(names: ["Haige Communications Group Company Limited"], countryCode: "CN"))
        #expect(plain.matches.contains { $0.entryId == "E1" })
        #expect(plain.suppressed.isEmpty)
    }

    @Test func clearanceIsPerPairAndMayNameThePartyId() throws {
        let allow = try ScreeningAllowList.parse(
            "party,list,entry,reviewer,date,reason\nP7,us-csl,E2,A. Reviewer,2025-01-02,checked\n", file: "a.csv")
        let screening = Screening(lists: [Self.list], allowList: allow)
        let mine = screening.screen(ScreeningQuery(partyId: "P7", names: ["Haige Communication Group Hong Kong"]))
        #expect(mine.suppressed.map(\.entryId) == ["E2"])
        let other = screening.screen(ScreeningQuery(partyId: "P8", names: ["Haige Communication Group Hong Kong"]))
        #expect(other.suppressed.isEmpty)
        #expect(other.matches.contains { $0.entryId == "E2" })
        let wrongList = try ScreeningAllowList.parse(
            "party,list,entry,reviewer,date,reason\nP7,ofac-sdn,E2,A. Reviewer,2025-01-02,checked\n", file: "a.csv")
        #expect(
            Screening(lists: [Self.list], allowList: wrongList).screen(
                ScreeningQuery(partyId: "P7", names: ["Haige Communication Group Hong Kong"])
            ).suppressed.isEmpty)
    }

    @Test(
        "malformed allow-lists are rejected with the line",
        arguments: [
            ("party,list,entry,reviewer,date\nX,l,e,r,2025-01-01\n", 1),
            ("party,list,entry,reviewer,date,reason,notes\nX,l,e,r,2025-01-01,y,z\n", 1),
            ("party,list,entry,reviewer,date,reason\nX,l,e,r,01/02/2025,y\n", 2),
            ("party,list,entry,reviewer,date,reason\nX,l,e,,2025-01-01,y\n", 2),
            ("party,list,entry,reviewer,date,reason\nX,l,e,r,2025-01-01\n", 2),
        ])
    func malformed(_ text: String, _ line: Int) {
        #expect {
            try ScreeningAllowList.parse(text, file: "bad.csv")
        } throws: { error in
            guard let error = error as? ReferenceFileError else { return false }
            return error.id == "allowlist.format" && error.line == line && error.file == "bad.csv"
        }
    }
}
