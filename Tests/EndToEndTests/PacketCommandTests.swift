import Foundation
import Packets
import Testing

/// `outbound packet`: every packet a run wrote, page and `packets.jsonl` line, rendered again
/// from the SQLite ledger byte for byte, also the packets a re-classification rewrote (with
/// their "What changed" section); an unknown id is reported and the others still rendered.
/// (The PostgreSQL ledger: `WorkerTests`.)
@Suite struct PacketCommandTests {
    @Test func everyPacketRendersAgainFromTheLedgerByteForByte() throws {
        let folder = try NightlyRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The nightly with the catalogues before the 2025 adjustment, then a re-classification
        // against 2025: some packets are rewritten with a change.
        let before = folder.appendingPathComponent("catalogues")
        try FileManager.default.createDirectory(at: before, withIntermediateDirectories: true)
        for year in ["2008", "2020", "2023"] {
            try FileManager.default.copyItem(
                at: OutboundBinary.repo.appendingPathComponent("pipelines/catalogues/\(year).yml"),
                to: before.appendingPathComponent("\(year).yml"))
        }
        let path = try NightlyRunTests.definition(inputs: ["testdata/review", "testdata/inbox-bad"], lists: true, in: folder)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "catalogues: pipelines/catalogues", with: "catalogues: \(before.path)")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let run = try OutboundBinary.run(["run", path] + NightlyRunTests.fixedTime)
        #expect(run.status == 1, "inbox-bad has quarantines: \(run.stderr.suffix(500))")
        let reclassify = try OutboundBinary.run(
            [
                "reclassify", path, "--catalogue", "pipelines/catalogues/2025.yml", "--status", "all", "--today", "2026-11-20",
                "--generated-at", "2026-11-21T03:00:00Z",
            ])
        #expect(reclassify.status == 0, "\(reclassify.stderr)")
        let changed = try #require(reclassify.stdout.firstMatch(of: /, (\d+) changed/).flatMap { Int($0.1) })
        #expect(changed > 0, "the re-classification rewrote packets: \(reclassify.stdout)")

        let out = folder.appendingPathComponent("out")
        let pages = try NightlyRunTests.files(under: out.appendingPathComponent("packets"))
        let ids = pages.keys.map { String($0.dropLast(".html".count)) }.filter { !$0.contains("%") && !$0.contains("~") }.sorted()
        #expect(ids.count >= 25)
        let rendered = folder.appendingPathComponent("rendered")
        let html = try OutboundBinary.run(["packet", path, "--out", rendered.path] + ids)
        #expect(html.status == 0, "\(html.stderr)")
        let again = try NightlyRunTests.files(under: rendered)
        let differing = ids.filter { again[$0 + ".html"] != pages[$0 + ".html"] }
        #expect(differing.isEmpty, "pages not rendered byte for byte: \(differing.prefix(5))")

        // The lines: the nightly's packets.jsonl for the dossiers it decided, the
        // re-classification's for those it changed.
        func lines(_ name: String) throws -> [String: Substring] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            var byID: [String: Substring] = [:]
            for line in text.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                byID[try #require(object["dossierID"] as? String)] = line
            }
            return byID
        }
        var expected = try lines("packets.jsonl")
        for (id, line) in try lines("reclassify-packets.jsonl") { expected[id] = line }
        let json = try OutboundBinary.run(["packet", path, "--format", "json"] + ids)
        #expect(json.status == 0, "\(json.stderr)")
        let renderedLines = json.stdout.split(separator: "\n")
        #expect(renderedLines.count == ids.count)
        for (id, line) in zip(ids, renderedLines) { #expect(expected[id] == line, "the JSON line of \(id)") }
        // The page embeds the same JSON.
        for id in ids.prefix(5) {
            #expect(
                PacketJSON.extract(fromPage: [UInt8](try #require(pages[id + ".html"]))).map { Substring(decoding: $0, as: UTF8.self) }
                    == expected[id])
        }

        // Pretty JSON is the same packet; an unknown id is reported, the others rendered.
        let pretty = try OutboundBinary.run(["packet", path, "--format", "json", "--pretty", ids[0]])
        let prettyObject = try JSONSerialization.jsonObject(with: Data(pretty.stdout.utf8)) as? NSDictionary
        let lineObject = try JSONSerialization.jsonObject(with: Data(try #require(expected[ids[0]]).utf8)) as? NSDictionary
        #expect(prettyObject == lineObject && pretty.stdout.hasPrefix("{\n  \"decision\" : {"))
        let unknown = try OutboundBinary.run(["packet", path, "--format", "json", "NO-SUCH-ID", ids[0]])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("[packet.unknown-dossier]") && unknown.stdout.split(separator: "\n").count == 1)
    }
}
