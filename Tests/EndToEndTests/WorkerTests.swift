import Foundation
import Testing

/// `outbound worker` against a real PostgreSQL server: three worker processes share one run
/// over a generated inbox, one of them is killed with SIGKILL while it holds chunks, and the
/// result must equal a single-process SQLite run of the same definition, file for file, with
/// exactly one decision and one packet of each kind per dossier in the shared ledger.
///
/// The server comes from `OUTBOUND_TEST_POSTGRES_URL` (password in `PGPASSWORD`);
/// `scripts/postgres-server.sh start` starts one on loopback and `.ci/run` does so in CI.
/// Without it the suite is skipped, unless `OUTBOUND_REQUIRE_POSTGRES=1` (CI), where
/// `theServerIsThere` fails.
@Suite(.serialized) struct WorkerTests {
    static let url = ProcessInfo.processInfo.environment["OUTBOUND_TEST_POSTGRES_URL"]
    static let required = ProcessInfo.processInfo.environment["OUTBOUND_REQUIRE_POSTGRES"] == "1"
    static let fixedTime = ["--today", "2026-11-21", "--generated-at", "2026-11-21T02:00:00Z", "--no-progress"]

    @Test(.enabled(if: required)) func theServerIsThere() {
        #expect(Self.url != nil, "OUTBOUND_REQUIRE_POSTGRES=1 but OUTBOUND_TEST_POSTGRES_URL is not set: start scripts/postgres-server.sh")
    }

    @Test(.enabled(if: url != nil), .timeLimit(.minutes(10)))
    func threeWorkersOneKilledEqualOneSQLiteRun() throws {
        let base = try #require(Self.url)
        let folder = try NightlyRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("inbox")
        let generated = try OutboundBinary.run(["generate", "--count", "900", "--layout", "mixed", "--out", inbox.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        // The bad inputs, quarantined; but not the bundle whose dossier id comes again in the
        // malformed batch: which of two records of one id in one run stands is decided by
        // input order in one process and by recording order among workers (docs/workers.md).
        for bad in try FileManager.default.contentsOfDirectory(
            atPath: OutboundBinary.repo.appendingPathComponent("testdata/inbox-bad").path)
        where !bad.contains("path-escape") {
            try FileManager.default.copyItem(
                at: OutboundBinary.repo.appendingPathComponent("testdata/inbox-bad/\(bad)"), to: inbox.appendingPathComponent(bad))
        }

        // The reference: one process, the embedded SQLite ledger.
        let reference = folder.appendingPathComponent("sqlite")
        try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
        let referenceRun = try OutboundBinary.run(
            ["run", try NightlyRunTests.definition(inputs: [inbox.path], in: reference), "--jobs", "2"] + Self.fixedTime)
        #expect(referenceRun.status == 1, "the inbox-bad files are quarantined: \(referenceRun.stderr)")

        // Three workers on a fresh schema; the second is killed with SIGKILL while it holds chunks.
        let schema = "w_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let ledger = base + (base.contains("?") ? "&" : "?") + "search_path=\(schema)"
        let shared = folder.appendingPathComponent("postgres")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        let definition = try NightlyRunTests.definition(inputs: [inbox.path], in: shared)
        defer { _ = try? Psql.run(base, "DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        // w2 stops for good after its fifth claim (OUTBOUND_FAULT_STALL_AFTER_CLAIMS), holding
        // at least the chunk it just claimed; it is killed with SIGKILL there.
        let stallLog = folder.appendingPathComponent("w2.log")
        let workers = try (1...3).map { number in
            try WorkerProcess(
                arguments: [
                    "worker", definition, "--ledger", ledger, "--run-key", "test", "--worker-id", "w\(number)", "--lease", "4",
                    "--chunk-size", "20", "--jobs", "1", "--json",
                ] + Self.fixedTime, stallAfterClaims: number == 2 ? 5 : nil, stderrFile: number == 2 ? stallLog : nil)
        }
        var stalled = false
        for _ in 0..<1200 where workers[1].process.isRunning {
            if let log = try? String(contentsOf: stallLog, encoding: .utf8), log.contains("worker.fault-stall") {
                stalled = true
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(stalled, "w2 reached its fifth claim and stopped")
        // Counted before the kill: once w2 is dead its leases run out and the others take
        // its chunks over, the very thing the test is after. Stalled, w2 cannot finish the
        // chunk it claimed last, so it holds at least that one.
        let heldAtKill = try Psql.count(base, schema: schema, "SELECT count(*) FROM work_chunk WHERE worker = 'w2' AND NOT done")
        kill(workers[1].pid, SIGKILL)
        #expect(heldAtKill > 0, "worker w2 was killed while it held chunks")
        let results = workers.map { $0.wait() }
        #expect(results[1].signalled, "w2 died of SIGKILL")
        var finishers = 0
        for index in [0, 2] {
            let result = results[index]
            #expect(!result.signalled && (result.status == 0 || result.status == 1), "w\(index + 1): \(result.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            if report["finishedRun"] as? Bool == true { finishers += 1 }
        }
        #expect(finishers == 1, "exactly one worker finished the run")

        // The shared run: finished, every chunk done, w2's chunks done by another worker.
        #expect(try Psql.count(base, schema: schema, "SELECT count(*) FROM run WHERE status = 'finished'") == 1)
        #expect(try Psql.count(base, schema: schema, "SELECT count(*) FROM work_chunk WHERE NOT done") == 0)
        #expect(try Psql.count(base, schema: schema, "SELECT count(*) FROM work_chunk WHERE worker = 'w2' AND NOT done") == 0)
        #expect(
            try Psql.count(base, schema: schema, "SELECT count(*) FROM work_chunk WHERE claims > 1") >= 1, "w2's chunks were taken over")
        // Exactly one decision per dossier version and one packet of each kind.
        #expect(
            try Psql.count(
                base, schema: schema, "SELECT count(*) FROM (SELECT dossier_id FROM decision GROUP BY dossier_id HAVING count(*) <> 1) d")
                == 0)
        #expect(
            try Psql.count(
                base, schema: schema, "SELECT count(*) FROM (SELECT 1 FROM packet GROUP BY dossier_id, kind HAVING count(*) <> 1) p") == 0)
        let decided = try #require(referenceRun.stdout.firstMatch(of: /, (\d+) decided,/).flatMap { Int($0.1) })
        #expect(decided >= 900)
        let decisions = try Psql.count(base, schema: schema, "SELECT count(*) FROM decision")
        #expect(decisions == decided, "every dossier the SQLite run decided, decided once")
        #expect(
            try Psql.count(base, schema: schema, "SELECT count(*) FROM packet") == decisions, "a page per decision")

        // Dossier for dossier, file for file: the packets, the summary and the queues. The
        // lines of packets.jsonl are the same, in another order: one process writes them in
        // input order, a shared run's finisher in the ledger's; the line numbers the summary
        // and the queues give differ accordingly and are left out of the comparison.
        var expected = try NightlyRunTests.files(under: reference.appendingPathComponent("out"))
        var actual = try NightlyRunTests.files(under: shared.appendingPathComponent("out"))
        #expect(expected.keys.filter { $0.hasPrefix("packets/") }.count >= 900)
        func comparable(_ files: [String: Data]) -> [String: Data] {
            var out: [String: Data] = [:]
            for (path, bytes) in files {
                let text = String(decoding: bytes, as: UTF8.self)
                if path == "packets.jsonl" {
                    out[path] = Data(text.split(separator: "\n").sorted().joined(separator: "\n").utf8)
                } else if path == "summary.json" || path == "summary.html" || path.hasPrefix("queues/") {
                    out[path] = Data(
                        text.replacing(/"jsonl_line" : \d+|"packetLine":\d+|JSON line \d+|,\d+,(processed|skipped)\r\n/) { match in
                            match.output.1.map { ",,\($0)\r\n" } ?? ""
                        }.utf8)
                } else {
                    out[path] = bytes
                }
            }
            return out
        }
        expected = comparable(expected)
        actual = comparable(actual)
        #expect(
            Set(actual.keys) == Set(expected.keys),
            "extra: \(Set(actual.keys).subtracting(expected.keys).sorted().prefix(5)), missing: \(Set(expected.keys).subtracting(actual.keys).sorted().prefix(5))"
        )
        let different = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        #expect(different.isEmpty, "files that differ: \(different.prefix(10))")

        // On demand from the PostgreSQL ledger: `outbound packet` renders the pages and the
        // packets.jsonl lines the shared run wrote, byte for byte.
        let pages = try NightlyRunTests.files(under: shared.appendingPathComponent("out/packets"))
        let ids = pages.keys.sorted().prefix(40).map { String($0.dropLast(".html".count)) }
        #expect(ids.count == 40 && ids.allSatisfy { !$0.contains("%") }, "plain ids, whose file name is the id")
        let rendered = folder.appendingPathComponent("rendered")
        let html = try OutboundBinary.run(["packet", definition, "--ledger", ledger, "--out", rendered.path] + ids)
        #expect(html.status == 0, "\(html.stderr)")
        let again = try NightlyRunTests.files(under: rendered)
        #expect(ids.allSatisfy { again[$0 + ".html"] != nil && again[$0 + ".html"] == pages[$0 + ".html"] }, "pages rendered again")
        let json = try OutboundBinary.run(["packet", definition, "--ledger", ledger, "--format", "json"] + ids)
        #expect(json.status == 0, "\(json.stderr)")
        let lines = Set(String(decoding: try #require(actual["packets.jsonl"]), as: UTF8.self).split(separator: "\n"))
        let renderedLines = json.stdout.split(separator: "\n")
        #expect(renderedLines.count == ids.count && renderedLines.allSatisfy(lines.contains), "lines rendered again")
    }
}

/// A worker process started in the background, its output collected, to be stopped or
/// killed by the test.
private final class WorkerProcess: @unchecked Sendable {
    let process = Process()
    private let out = Pipe(), err = Pipe()
    private var stdout = Data(), stderr = Data()
    private let group = DispatchGroup()

    init(arguments: [String], stallAfterClaims: Int? = nil, stderrFile: URL? = nil) throws {
        process.executableURL = OutboundBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = OutboundBinary.repo
        if let stallAfterClaims {
            var environment = ProcessInfo.processInfo.environment
            environment["OUTBOUND_FAULT_STALL_AFTER_CLAIMS"] = String(stallAfterClaims)
            process.environment = environment
        }
        process.standardOutput = out
        if let stderrFile {
            _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: stderrFile)
        } else {
            process.standardError = err
        }
        try process.run()
        group.enter()
        DispatchQueue.global().async { [self] in
            stdout = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if stderrFile == nil {
            group.enter()
            DispatchQueue.global().async { [self] in
                stderr = err.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
    }

    var pid: pid_t { process.processIdentifier }

    func wait() -> (status: Int32, signalled: Bool, stdout: Data, stderr: String) {
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, stdout, String(decoding: stderr, as: UTF8.self))
    }
}

/// `psql` against the test server, for what the tests check in the ledger's tables.
enum Psql {
    /// psql takes a libpq URL; Outbound's own `search_path` option is not one of libpq's.
    static func libpqURL(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let kept = url[url.index(after: question)...].split(separator: "&").filter { !$0.hasPrefix("search_path=") }
        return String(url[..<question]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    static func run(_ url: String, _ sql: String) throws -> String {
        let result = try CapturedProcess.run(
            URL(fileURLWithPath: "/usr/bin/psql"), ["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-d", libpqURL(url), "-c", sql])
        guard result.status == 0 else {
            throw PsqlError(message: String(decoding: result.stderr, as: UTF8.self))
        }
        return String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func count(_ url: String, schema: String, _ sql: String) throws -> Int {
        let text = try run(url, "SET search_path TO \(schema); " + sql)
        guard let value = Int(text.split(separator: "\n").last ?? "") else { throw PsqlError(message: "not a count: \(text)") }
        return value
    }

    struct PsqlError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
