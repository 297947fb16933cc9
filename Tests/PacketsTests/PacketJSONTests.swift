import DossierModel
import Foundation
import Packets
import Testing

/// `packet.json`: the versioned schema, determinism, the short quarantine packet, and a
/// documented field for every key.
@Suite struct PacketJSONTests {
    static func json(_ decision: Decision, dossier: Dossier? = nil) throws -> [String: Any] {
        let data = try PacketJSON.render(decision, dossier: dossier, run: PacketFixtures.run)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func carriesSchemaRunDossierAndDecision() throws {
        let f = PacketFixtures.plain
        let object = try Self.json(f.decision(), dossier: f.dossier())
        #expect(object["schema"] as? String == "outbound-packet/1")
        #expect(object["kind"] as? String == "decision")
        #expect(object["outcome"] as? String == "ip-security-review")
        let run = try #require(object["run"] as? [String: Any])
        #expect(run["id"] as? String == "run-7")
        #expect(run["generatedAt"] as? String == "2026-11-21T02:00:00Z")
        #expect(run["outboundVersion"] as? String == "0.4.0")
        let decision = try #require(object["decision"] as? [String: Any])
        #expect(decision["consequence"] as? String == Outcome.ipSecurityReview.consequence)
        let hits = try #require(decision["hits"] as? [[String: Any]])
        #expect(hits.count == 2)
        let verdicts = hits.flatMap { ($0["thresholds"] as? [[String: Any]] ?? []).compactMap { $0["verdict"] as? String } }
        #expect(verdicts == ["passes", "unverified", "fails"])
        let route = try #require(decision["route"] as? [String: Any])
        #expect((route["authorities"] as? [Any])?.count == 2)
        let dossier = try #require(object["dossier"] as? [String: Any])
        let assets = try #require(dossier["assets"] as? [[String: Any]])
        #expect(assets.first?["type"] as? String == "invention-patent")
        #expect((assets.first?["titles"] as? [[String: Any]])?.first?["text"] as? String == "一种高压实磷酸铁锂正极材料")
        #expect(dossier["source"] as? String == "inbox/JS-2026-000001.xml:2")
    }

    @Test func isDeterministicWithSortedKeys() throws {
        let f = PacketFixtures.hostile
        let a = try PacketJSON.render(f.decision(), dossier: f.dossier(), run: PacketFixtures.run)
        let b = try PacketJSON.render(f.decision(), dossier: f.dossier(), run: PacketFixtures.run)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let top = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(top == top.sorted())
        #expect(top == ["decision", "dossier", "dossierID", "kind", "outcome", "run", "schema"])
    }

    @Test func decodesBackToTheSameDocument() throws {
        let f = PacketFixtures.plain
        let data = try PacketJSON.render(f.decision(), dossier: f.dossier(), run: PacketFixtures.run)
        let decoded = try JSONDecoder().decode(PacketDocument.self, from: data)
        #expect(decoded == PacketDocument(decision: f.decision(), dossier: f.dossier(), run: PacketFixtures.run))
    }

    @Test func quarantinedDossierGetsAShortPacket() throws {
        let object = try Self.json(PacketFixtures.quarantine())
        #expect(Set(object.keys) == ["schema", "kind", "dossierID", "outcome", "run", "quarantine"])
        #expect(object["kind"] as? String == "quarantine")
        let q = try #require(object["quarantine"] as? [String: Any])
        #expect(q["reason"] as? String == "the dossier is not well-formed XML")
        #expect(q["file"] as? String == "inbox-bad/batch.xml")
        #expect(q["line"] as? Int == 40)
        #expect(q["column"] as? Int == 7)
        #expect(q["diagnosticID"] as? String == "xml.malformed")
    }

    @Test func outOfScopeIsMarkedShort() throws {
        let f = PacketFixtures.plain
        #expect(try Self.json(f.decision(outcome: .outOfScope), dossier: f.dossier())["kind"] as? String == "short")
    }

    /// Every key a packet or summary can hold is documented in `docs/packet-format.md`.
    @Test func everyKeyIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/packet-format.md"), encoding: .utf8)
        let f = PacketFixtures.plain
        var summary = SummaryBuilder(run: PacketFixtures.run)
        try summary.add(f.decision(), packet: PacketPaths(dossierID: "JS-2026-000001"))
        try summary.add(PacketFixtures.quarantine(), packet: PacketPaths(dossierID: "BAD-1"))
        var queues = QueueBuilder()
        try queues.add(f.decision(), packet: PacketPaths(dossierID: "JS-2026-000001"))
        let queue = try #require(queues.build().first)
        let documents = [
            try PacketJSON.render(f.decision(), dossier: f.dossier(), run: PacketFixtures.run),
            try PacketJSON.render(PacketFixtures.quarantine(), dossier: nil, run: PacketFixtures.run),
            try SummaryJSON.render(summary.build()),
            try #require(
                String(decoding: try QueueFiles.jsonLines(queue), as: UTF8.self).split(separator: "\n").first.map { Data($0.utf8) }),
        ]
        var keys = Set<String>()
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    keys.insert(key)
                    walk(child)
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        for data in documents { walk(try JSONSerialization.jsonObject(with: data)) }
        #expect(keys.count > 60)
        for key in keys.sorted() { #expect(doc.contains("`\(key)`"), "undocumented key: \(key)") }
    }
}
