import Foundation
import Packets
import Testing

/// `outbound run PIPELINE.yml`, run as a user would: packets, summary, queues and the ledger,
/// a second run that skips what did not change, a changed dossier, quarantines, exit codes,
/// golden outputs for `testdata/review`, and the HTML in a real browser.
@Suite(.serialized) struct NightlyRunTests {
    static let fixedTime = ["--today", "2026-11-21", "--generated-at", "2026-11-21T02:00:00Z", "--no-progress"]
    static let golden = OutboundBinary.repo.appendingPathComponent("Tests/EndToEndTests/Cases/review/expected")

    /// A temporary folder with a definition reading `inputs` and writing into the folder.
    /// China's own lists (OpenSanctions' transcription, CC BY-NC: read from the shared data,
    /// never copied), by a path relative to the repository so the goldens stay portable.
    static let chinaLists = "../shared/realdata/B-restricted-lists/cn-sanctions-opensanctions/sanctions.csv"

    static func definition(inputs: [String], lists: Bool = false, in folder: URL) throws -> String {
        let listLines =
            lists
            ? "  party-lists: [testdata/lists/sample-csl.csv, testdata/lists/sample-office-list.csv, \(chinaLists)]\n"
                + "  allow-list: testdata/lists/sample-allow-list.csv\n"
            : ""
        let text = """
            kind: pipeline
            id: test
            title: Test run
            inputs: [\(inputs.joined(separator: ", "))]
            references:
              catalogues: pipelines/catalogues
              routing: pipelines/routing
              calendars: pipelines/calendars
              clocks: pipelines/clocks.yml
            \(listLines)stages: [extract, normalise, classify, route, packets]
            concurrency: 2
            ledger: \(folder.path)/ledger.sqlite
            output: \(folder.path)/out

            """
        let path = folder.appendingPathComponent("test.yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder` (relative path -> bytes), the ledger left out.
    static func files(under folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !relative.hasPrefix("ledger.sqlite")
            else { continue }
            out[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return out
    }

    static func summary(_ folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("out/summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theShippedNightlyRunsOnTheBundledInbox() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.definition(inputs: ["testdata/inbox"], in: folder)
        let first = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("run 1: 13 inputs, 51 decided, 0 unchanged, 0 quarantined"))
        let written = try Self.files(under: folder.appendingPathComponent("out"))
        // One page per dossier, no folder per dossier, and one packets.jsonl with a line each.
        #expect(written.keys.filter { $0.hasPrefix("packets/") && $0.hasSuffix(".html") }.count == 51)
        #expect(written.keys.filter { $0.hasPrefix("packets/") }.allSatisfy { $0.split(separator: "/").count == 2 })
        let lines = try #require(written["packets.jsonl"]).split(separator: 0x0A)
        #expect(lines.count == 51)
        #expect(written["summary.html"] != nil && written["summary.json"] != nil)
        #expect(written.keys.contains("queues/queue-cnipa.csv"))
        #expect(written.keys.contains { $0.hasPrefix("queues/queue-cn-js-provincial-commerce.") })
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ledger.sqlite").path))

        // The same inbox again: nothing to do, every dossier reported unchanged, packets untouched.
        let second = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("run 2: 13 inputs, 0 decided, 51 unchanged, 0 quarantined"))
        let again = try Self.files(under: folder.appendingPathComponent("out"))
        for (path, bytes) in written where path.hasPrefix("packets") {
            #expect(again[path] == bytes, "\(path) rewritten by a run that had nothing to do")
        }
        let totals = try #require(try Self.summary(folder)["totals"] as? [String: Any])
        #expect(totals["skipped"] as? Int == 51)
    }

    @Test func aChangedDossierIsDecidedAgainAndTheRestSkipped() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.copyItem(at: OutboundBinary.repo.appendingPathComponent("testdata/review"), to: inbox)
        let path = try Self.definition(inputs: [inbox.path], in: folder)
        #expect(try OutboundBinary.run(["run", path] + Self.fixedTime).status == 0)
        let packet = folder.appendingPathComponent("out/packets/RV-BELOW-LFP.html")
        let before = try Data(contentsOf: packet)
        // The sender corrects the value: 2.50 becomes 2.60 g/cc, above the threshold.
        let file = inbox.appendingPathComponent("outcomes.xml")
        let xml = try String(contentsOf: file, encoding: .utf8)
        try xml.replacingOccurrences(of: "压实密度为2.50 g/cc，0.1C放电比容量为158 mAh/g", with: "压实密度为2.60 g/cc，0.1C放电比容量为161 mAh/g")
            .write(to: file, atomically: true, encoding: .utf8)
        let second = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("1 decided, 26 unchanged"))
        let after = try Data(contentsOf: packet)
        #expect(after != before)
        let embedded = try #require(PacketJSON.extract(fromPage: [UInt8](after)))
        let decision = try #require(try JSONSerialization.jsonObject(with: Data(embedded)) as? [String: Any])
        #expect((decision["decision"] as? [String: Any])?["outcome"] as? String == "ip-security-review")
    }

    @Test func quarantinesAreInTheSummaryAndTheExitSaysSo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.definition(inputs: ["testdata/inbox-bad"], in: folder)
        let result = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(result.status == 1)
        // YN-2024-000004 comes twice (in the batch, then as a bundle that escapes): the later is kept.
        #expect(result.stdout.contains("5 decided, 0 unchanged, 2 quarantined"), "\(result.stdout)")
        #expect(result.stderr.contains("run.repeated-dossier: dossier YN-2024-000004"))
        #expect(result.stderr.contains("[xml.malformed]") && result.stderr.contains("[bundle.path-escape]"))
        let summary = try Self.summary(folder)
        let quarantines = try #require(summary["quarantines"] as? [[String: Any]])
        #expect(quarantines.count == 2)
        #expect(Set(quarantines.compactMap { $0["diagnosticID"] as? String }) == ["xml.malformed", "dossier.unknown-transaction-type"])
    }

    @Test func badDefinitionsAndLedgersHaveTheirExitCodes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.definition(inputs: ["testdata/review"], in: folder)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "workers: 3\n").write(toFile: path, atomically: true, encoding: .utf8)
        let bad = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("test.yml:") && bad.stderr.contains("[pipeline.unknown-key]"))

        try text.replacingOccurrences(of: "\(folder.path)/ledger.sqlite", with: "/proc/outbound-no-such/ledger.sqlite")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let ledger = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(ledger.status == 74, "\(ledger.stderr)")
    }

    @Test func jsonLogsAreOneObjectPerLine() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.definition(inputs: ["testdata/review"], in: folder)
        let result = try OutboundBinary.run(["run", path, "--log-format", "json"] + Self.fixedTime)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["message"] != nil, "\(line)")
        }
    }

    /// The packets, summary and queues of `testdata/review` against the recorded ones.
    /// Re-record with `OUTBOUND_RECORD_GOLDEN=1 swift test --filter goldenOutputs`.
    @Test func goldenOutputsForTheReviewTestdata() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.definition(inputs: ["testdata/review"], lists: true, in: folder)
        let result = try OutboundBinary.run(["run", path] + Self.fixedTime)
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try Self.files(under: folder.appendingPathComponent("out"))
        if ProcessInfo.processInfo.environment["OUTBOUND_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for (relative, bytes) in actual {
                let target = Self.golden.appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: target)
            }
            return
        }
        let expected = try Self.files(under: Self.golden)
        #expect(!expected.isEmpty, "no golden files: record them with OUTBOUND_RECORD_GOLDEN=1")
        #expect(Set(actual.keys) == Set(expected.keys))
        for (relative, bytes) in expected {
            #expect(actual[relative] == bytes, "\(relative) differs from the golden file")
        }
    }

    @Test func packetAndSummaryLoadInARealBrowser() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.definition(inputs: ["testdata/review"], lists: true, in: folder)
        #expect(try OutboundBinary.run(["run", path] + Self.fixedTime).status == 0)
        let out = folder.appendingPathComponent("out")

        let packet = try HeadlessBrowser.load(out.appendingPathComponent("packets/RV-IPSR-LFP.html"))
        #expect(packet.console.isEmpty, "console: \(packet.console)")
        #expect(packet.failedLoads.isEmpty, "the packet fetched something: \(packet.failedLoads)")
        for element in [
            "IP-SECURITY-REVIEW", "<mark", "252604X", "2025-10-17", "江苏省知识产权局", "state-funded", "sha256", "@page",
            "id=\"packet-data\"", "\"schema\":\"outbound-packet/1\"",
        ] {
            #expect(packet.dom.contains(element), "packet DOM lacks \(element)")
        }

        let summary = try HeadlessBrowser.load(out.appendingPathComponent("summary.html"))
        #expect(summary.console.isEmpty, "console: \(summary.console)")
        #expect(summary.failedLoads.isEmpty)
        for element in ["<svg", "<rect", "RV-CONTROLLER", "packets/RV-IPSR-LFP.html", "packets.jsonl", "party-list-hit"] {
            #expect(summary.dom.contains(element), "summary DOM lacks \(element)")
        }
    }
}
