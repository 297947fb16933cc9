import DossierModel
import Foundation
import Packets
import Testing

/// Authority queues: sorting by due date, CSV escaping and the formula guard, JSON lines
/// and file names.
@Suite struct QueueTests {
    static func date(_ day: Int) -> CalendarDate { CalendarDate(year: 2026, month: 4, day: day)! }

    static func decision(_ id: String, dues: [CalendarDate?]) -> Decision {
        var d = PacketFixtures.plain.decision(dues: dues)
        d.dossierID = id
        return d
    }

    static func queues(_ decisions: [Decision]) throws -> [AuthorityQueue] {
        var builder = QueueBuilder()
        for d in decisions { try builder.add(d, packet: PacketPaths(dossierID: d.dossierID)) }
        return try builder.build()
    }

    @Test func rowsComeEarliestDueFirstThenByIdWithoutDueLast() throws {
        let queues = try Self.queues([
            Self.decision("D-none", dues: [nil]),
            Self.decision("D-late", dues: [Self.date(20), nil]),
            Self.decision("D-b", dues: [nil, Self.date(3), Self.date(9)]),
            Self.decision("D-a", dues: [Self.date(3)]),
            Self.decision("C-none", dues: []),
        ])
        #expect(queues.map(\.authorityID) == ["cn-js-provincial-commerce", "cn-js-provincial-ip-office"])
        let rows = try #require(queues.last?.rows)
        #expect(rows.map(\.dossierID) == ["D-a", "D-b", "D-late", "C-none", "D-none"])
        #expect(rows.map(\.due) == ["2026-04-03", "2026-04-03", "2026-04-20", nil, nil])
        #expect(rows[1].dueClock == "clock-1")
        #expect(rows[0].assetIDs == ["A1"] && rows[0].flags == ["state-funded", "party-list-hit"])
        #expect(rows[0].packet == "packets/D-a~2.html")
        #expect(queues.first?.rows.first?.assetIDs == [])
    }

    @Test func quarantinedAndReAddedDossiersDoNotDuplicateRows() throws {
        var builder = QueueBuilder()
        try builder.add(Self.decision("D-1", dues: [Self.date(5)]), packet: nil)
        try builder.add(Self.decision("D-1", dues: [Self.date(7)]), packet: nil)
        try builder.add(PacketFixtures.quarantine(), packet: nil)
        let queues = try builder.build()
        #expect(queues.allSatisfy { $0.rows.count == 1 && $0.rows[0].due == "2026-04-07" })
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\r\nlf", "\"cr\r\nlf\""),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        (" padded", "\" padded\""),
        ("示例理工大学", "示例理工大学"),
        ("", ""),
    ])
    func csvCellsAreEscapedAndGuarded(_ input: String, _ expected: String) {
        #expect(QueueFiles.csvCell(input) == expected)
    }

    @Test func csvHasAHeaderCRLFAndOneRowPerEntry() throws {
        var d = Self.decision("=cmd|' /C calc'!A0", dues: [Self.date(2)])
        d.route?.authorities[0].role = "reviews, \"carefully\"\nand twice"
        let queue = try #require(try Self.queues([d]).last)
        let data = QueueFiles.csv(queue)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "a UTF-8 byte order mark for spreadsheet programs")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == QueueFiles.columns.joined(separator: ","))
        #expect(lines[0].hasPrefix("dossier_id,outcome,province,authority_role,track,assets,due,due_clock"))
        #expect(
            lines[1].hasPrefix(
                "'=cmd|' /C calc'!A0,ip-security-review,CN-JS,\"reviews, \"\"carefully\"\"\nand twice\",track-a,A1,2026-04-02,clock-0,"))
        #expect(lines.count == 3 && lines[2].isEmpty)
    }

    @Test func jsonLinesHoldOneObjectPerRow() throws {
        let queue = try #require(try Self.queues([Self.decision("D-1", dues: [Self.date(2)]), Self.decision("D-2", dues: [nil])]).last)
        let data = try QueueFiles.jsonLines(queue)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["authorityID"] as? String == "cn-js-provincial-ip-office")
        #expect(first["dossierID"] as? String == "D-1")
        #expect(first["due"] as? String == "2026-04-02")
        #expect(first["assetIDs"] as? [String] == ["A1"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["due"] == nil)
        #expect(try QueueFiles.jsonLines(queue) == data)
    }

    @Test func fileNamesComeFromTheSanitisedAuthorityID() throws {
        let queue = AuthorityQueue(authorityID: "../Provincial IP", name: "", nameEn: "", rows: [])
        #expect(queue.csvFileName == "queue-%2E.%2FProvincial%20IP~3FE.csv")
        #expect(queue.jsonLinesFileName == "queue-%2E.%2FProvincial%20IP~3FE.jsonl")
        #expect(
            AuthorityQueue(authorityID: "provincial-ip-office", name: "", nameEn: "", rows: []).csvFileName
                == "queue-provincial-ip-office.csv")
    }
}
