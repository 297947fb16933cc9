import Foundation
import Testing

/// `outbound bench` on a tiny corpus, run as the lead runs it: every row measured `--repeat`
/// times with its runs in the JSON, the nightly without packets really without them while
/// its ledger holds the decisions, and the copy of the nightly's packets complete.
@Suite(.serialized) struct BenchCommandTests {
    struct Row: Decodable {
        struct Run: Decodable {
            var seconds: Double
            var peakRSS: Int?
        }
        var label: String
        var seconds: Double
        var peakRSS: Int?
        var runs: [Run]
    }

    /// The folders (not files) directly under `path`.
    static func folders(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    @Test func repeatedRowsAndTheNightlyWithoutPackets() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let result = try OutboundBinary.run(["bench", "--count", "24", "--jobs", "2", "--repeat", "2", "--work", work, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(result.stdout.range(of: "\n[")).lowerBound
        let rows = try JSONDecoder().decode([Row].self, from: Data(result.stdout[json...].utf8))
        let table = String(result.stdout[..<json])

        let labels = rows.map(\.label)
        // The peer and the nightly steps in rounds, then the re-classification of the
        // nightly's ledger (full, then delta).
        let nightly = [
            "lxml peer (2 jobs)", "outbound run, nightly (2 jobs)", "outbound run, nightly storing only, jsonl (2 jobs)",
            "outbound run, nightly without packets (2 jobs)", "cp -r of the nightly's packets (1 process)",
        ]
        let start = try #require(labels.firstIndex(of: nightly[0]))
        #expect(Array(labels[start..<start + 5]) == nightly)
        #expect(labels.contains("outbound run, nightly (1 job, 1 core)"))
        #expect(
            Array(labels.suffix(3)) == [
                "outbound run, nightly, gzip input (2 jobs)", "outbound reclassify --full (2 jobs)",
                "outbound reclassify, delta after one keyword (2 jobs)",
            ])
        #expect(table.contains("1. nightly (2 jobs, pages and packets.jsonl) speed-up over the peer: "))
        #expect(table.contains("5. ledger of the nightly: "))
        for row in rows {
            #expect(row.runs.count == 2, "\(row.label)")
            #expect(abs(row.seconds - (row.runs[0].seconds + row.runs[1].seconds) / 2) < 1e-9, "\(row.label)")
            #expect(
                (row.peakRSS == nil) == (row.label.hasPrefix("zcat") || row.label.hasPrefix("xmllint") || row.label.hasPrefix("cp ")),
                "\(row.label)")
            #expect(table.contains(row.label))
        }
        #expect(table.contains("packets (rendered, written, summary and queues) cost "))
        #expect(table.contains("(each wall time is the median of 2 runs"))

        // Every repetition ran in a fresh folder of its own.
        for round in 1...2 {
            let plain = "\(work)/run-plain-\(round)"
            let packets = try FileManager.default.contentsOfDirectory(atPath: plain + "/out/packets")
            #expect(packets.count > 0 && packets.allSatisfy { $0.hasSuffix(".html") })
            #expect(try FileManager.default.contentsOfDirectory(atPath: plain + "/packets-copy").sorted() == packets.sorted())

            let bare = "\(work)/run-no-packets-\(round)"
            #expect(!FileManager.default.fileExists(atPath: bare + "/out/packets"))
            #expect(!FileManager.default.fileExists(atPath: bare + "/out/summary.json"))
            #expect(FileManager.default.fileExists(atPath: bare + "/ledger.sqlite"))
            // The run without packets decided as many dossiers as the full one.
            let full = try String(contentsOfFile: plain + "/run.err", encoding: .utf8)
            let without = try String(contentsOfFile: bare + "/run.err", encoding: .utf8)
            let decided = try #require(full.range(of: #"finished: \d+ decided"#, options: .regularExpression))
            #expect(without.contains(full[decided]))
        }
    }
}
