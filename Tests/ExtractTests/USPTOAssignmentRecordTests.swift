import DossierModel
import Foundation
import Testing

@testable import Extract

/// The conveyance table, the party kinds and the records the adapter must quarantine or
/// refuse, on small hand-written USPTO files.
@Suite struct USPTOAssignmentRecordTests {
    // MARK: - Conveyance table

    @Test(
        "conveyance texts map to transaction types and roles",
        arguments: [
            ("ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).", "assignment", "transferee"),
            ("NUNC PRO TUNC ASSIGNMENT (SEE DOCUMENT FOR DETAILS).", "assignment", "transferee"),
            ("CONFIRMATORY ASSIGNMENT", "assignment", "transferee"),
            ("CORRECTIVE ASSIGNMENT TO CORRECT THE ASSIGNEE NAME PREVIOUSLY RECORDED ON REEL 012 FRAME 0345", "correction", "assignee"),
            ("SECURITY INTEREST (SEE DOCUMENT FOR DETAILS).", "security-interest", "assignee"),
            ("PATENT SECURITY AGREEMENT", "security-interest", "assignee"),
            ("RELEASE BY SECURED PARTY (SEE DOCUMENT FOR DETAILS).", "release", "assignee"),
            ("RELEASE OF SECURITY INTEREST IN PATENTS", "release", "assignee"),
            ("TERMINATION AND RELEASE OF SECURITY INTEREST IN PATENT RIGHTS", "release", "assignee"),
            ("LICENSE (SEE DOCUMENT FOR DETAILS).", "non-exclusive-licence", "licensee"),
            ("EXCLUSIVE LICENSE", "exclusive-licence", "licensee"),
            ("NON-EXCLUSIVE LICENSE", "non-exclusive-licence", "licensee"),
            ("NONEXCLUSIVE PATENT LICENSE AGREEMENT", "non-exclusive-licence", "licensee"),
            ("SOLE LICENCE", "sole-licence", "licensee"),
            ("CONFIRMATORY LICENSE (SEE DOCUMENT FOR DETAILS).", "non-exclusive-licence", "licensee"),
            ("MERGER (SEE DOCUMENT FOR DETAILS).", "controller-change", "transferee"),
            ("CHANGE OF NAME (SEE DOCUMENT FOR DETAILS).", "controller-change", "transferee"),
            ("MERGER AND CHANGE OF NAME", "controller-change", "transferee"),
            ("ENTITY CONVERSION", "controller-change", "transferee"),
            ("CHANGE OF ADDRESS", "address-change", "assignee"),
        ])
    func conveyance(_ text: String, _ type: String, _ assigneeRole: String) throws {
        let c = try #require(USPTOAssignmentConveyance(text: text))
        #expect(c.type.rawValue == type)
        #expect(c.assigneeRole.rawValue == assigneeRole)
        #expect(c.transfersRight == USPTOAssignmentConveyance.outOfScopeTypes.allSatisfy { $0 != c.type })
    }

    @Test(
        "texts no rule reads are not guessed",
        arguments: ["EMPLOYMENT AGREEMENT", "DECREE OF DISTRIBUTION", "", "OPTION (SEE DOCUMENT FOR DETAILS)."])
    func unknownConveyance(_ text: String) {
        #expect(USPTOAssignmentConveyance(text: text) == nil)
    }

    @Test(
        "party kinds from the name",
        arguments: [
            ("WEINSTEIN, DAMON", PartyKind.individual), ("DAMIANO, JOHN, JR", .individual), ("LEE, A. G.", .individual),
            ("SOUNDBITE COMMUNICATIONS, INC.", .enterprise), ("ROAC ND INVESTMENTS L.L.C.", .enterprise),
            ("TOYOTA JIDOSHA KABUSHIKI KAISHA", .enterprise), ("SELEX ES S.P.A.", .enterprise),
            ("THE REGENTS OF THE UNIVERSITY OF CALIFORNIA", .university),
            ("COUNCIL OF SCIENTIFIC AND INDUSTRIAL RESEARCH", .researchInstitute),
            ("JOHNS MANVILLE", .other),
        ])
    func kinds(_ name: String, _ kind: PartyKind) {
        #expect(USPTOAssignment.kind(name, nameType: nil) == kind)
    }

    @Test("name-type from the file decides when the name's words do not")
    func nameType() {
        #expect(USPTOAssignment.kind("JOHNS MANVILLE", nameType: "legal") == .enterprise)
        #expect(USPTOAssignment.kind("SVITLANA TYEKUCHEVA", nameType: "natural") == .individual)
    }

    // MARK: - Files

    static func file(_ records: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE us-patent-assignments [<!ELEMENT us-patent-assignments ANY>]>
        <us-patent-assignments dtd-version="1.0"><action-key-code>DA</action-key-code>
        <patent-assignments>
        \(records)
        </patent-assignments></us-patent-assignments>
        """
    }

    static func record(
        reel: Int, frame: Int, conveyance: String,
        property: String = "<document-id><country>US</country><doc-number>D745000</doc-number><kind>S1</kind></document-id>"
    ) -> String {
        """
        <patent-assignment><assignment-record><reel-no>\(reel)</reel-no><frame-no>\(frame)</frame-no>
        <recorded-date><date>20151230</date></recorded-date><conveyance-text>\(conveyance)</conveyance-text></assignment-record>
        <patent-assignors><patent-assignor><name name-type="legal">ACME</name></patent-assignor></patent-assignors>
        <patent-assignees><patent-assignee><name>BETA GMBH</name><city>MUNICH</city><country-name>GERMANY</country-name></patent-assignee></patent-assignees>
        <patent-properties><patent-property>\(property)<invention-title lang="en">Chair</invention-title></patent-property></patent-properties>
        </patent-assignment>
        """
    }

    static func read(text: String) throws -> (records: [IntakeRecord], problems: [Diagnostic]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("uspto-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return USPTOAssignmentTests.read(url.path)
    }

    @Test("an unknown conveyance quarantines its record with the id and the text; the others are read")
    func unknownConveyanceQuarantines() throws {
        let (records, problems) = try Self.read(
            text: Self.file(
                Self.record(reel: 1, frame: 2, conveyance: "EMPLOYMENT AGREEMENT")
                    + Self.record(reel: 1, frame: 3, conveyance: "ASSIGNMENT OF ASSIGNORS INTEREST")))
        #expect(problems.isEmpty)
        #expect(records.count == 2)
        guard case .quarantine(let q) = records[0], case .dossier(let d) = records[1] else {
            Issue.record("expected a quarantine then a dossier: \(records)")
            return
        }
        #expect(q.dossierId == "USPTO-000001-0002")
        #expect(q.diagnosticId == "uspto.unknown-conveyance")
        #expect(q.reason.contains("EMPLOYMENT AGREEMENT"))
        #expect(q.location.line == 5)
        #expect(d.id == "USPTO-000001-0003")
        #expect(d.assets.map(\.type) == [.designPatent])
        #expect(d.parties.map(\.kind) == [.enterprise, .enterprise])
        #expect(d.parties[1].country == Country(raw: "GERMANY"))
    }

    @Test("a malformed record is named by its reel and frame and spoils only itself")
    func malformedRecord() throws {
        let broken = Self.record(reel: 7, frame: 8, conveyance: "MERGER").replacingOccurrences(of: "</city>", with: "</town>")
        let (records, _) = try Self.read(text: Self.file(broken + Self.record(reel: 7, frame: 9, conveyance: "MERGER")))
        #expect(records.count == 2)
        guard case .quarantine(let q) = records[0], case .dossier(let d) = records[1] else {
            Issue.record("expected a quarantine then a dossier: \(records)")
            return
        }
        #expect(q.dossierId == "USPTO-000007-0008")
        #expect(q.diagnosticId.hasPrefix("xml."))
        #expect(d.transaction.type == .controllerChange)
    }

    @Test("a record without reel and frame cannot be named and is quarantined")
    func missingReelFrame() throws {
        let record = Self.record(reel: 1, frame: 1, conveyance: "MERGER").replacingOccurrences(of: "<reel-no>1</reel-no>", with: "")
        let (records, _) = try Self.read(text: Self.file(record))
        guard case .quarantine(let q) = records.first else {
            Issue.record("expected a quarantine: \(records)")
            return
        }
        #expect(q.diagnosticId == "uspto.missing-reel-frame")
    }

    @Test("a Solr <response> that holds no assignments is an unknown format, as before")
    func otherSolrResponse() throws {
        let (records, problems) = try Self.read(
            text: #"<response><result name="response"><doc><str name="id">1</str></doc></result></response>"#)
        #expect(records.isEmpty)
        #expect(problems.map(\.id) == ["input.unknown-format"])
    }

    @Test("a dossier batch is still cut by <transfer-dossier>, after the sniff")
    func dossierBatchUnchanged() throws {
        let batch = """
            <dossier-batch xmlns="urn:outbound:dossier:1"><transfer-dossier id="D-1" filed="2026-01-05">
            <transaction type="assignment"/></transfer-dossier></dossier-batch>
            """
        let (records, problems) = try Self.read(text: batch)
        #expect(problems.isEmpty)
        guard case .dossier(let d) = records.first else {
            Issue.record("expected a dossier: \(records)")
            return
        }
        #expect(d.id == "D-1")
    }
}
