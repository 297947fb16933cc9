import Foundation
import Testing

@testable import DevTools

/// The parts of `outbound bench` that decide what a figure means: medians of repeated runs,
/// the order of rows measured in rounds, the ratio lines, which run folders a bench deletes,
/// and the one-core step's child really held to one CPU.
@Suite struct BenchmarkTests {
    @Test func medianOfOddAndEvenCounts() {
        #expect(BenchmarkRow.median([3, 1, 2]) == 2)
        #expect(BenchmarkRow.median([4, 1, 3, 2]) == 2.5)
        #expect(BenchmarkRow.median([7]) == 7)
        #expect(BenchmarkRow.median([]) == 0)
    }

    @Test func rowShowsTheMedianTimeAndTheLargestPeak() {
        let runs = [
            BenchmarkRun(seconds: 20.5, peakRSS: 70 << 20), BenchmarkRun(seconds: 18.0, peakRSS: 72 << 20),
            BenchmarkRun(seconds: 19.0, peakRSS: 69 << 20),
        ]
        let row = BenchmarkRow(label: "outbound run, nightly (2 jobs)", runs: runs, bytes: 200_000_000, dossiers: 20_000)
        #expect(row.seconds == 19.0)
        #expect(row.peakRSS == 72 << 20)
        #expect(row.runs == runs)
        #expect(row.dossiersPerSecond == 20_000 / 19.0)
        let tool = BenchmarkRow(label: "zcat (gzip corpus)", runs: [BenchmarkRun(seconds: 1, peakRSS: nil)], bytes: 1, dossiers: 1)
        #expect(tool.peakRSS == nil)
    }

    @Test func rowsKeepTheOrderOfTheirFirstRunAcrossRounds() {
        var table = BenchmarkTable(bytes: 10, dossiers: 2)
        for round in 1...3 {
            for label in ["nightly", "without packets", "cp", "one core"] {
                table.add(label, BenchmarkRun(seconds: Double(round), peakRSS: nil))
            }
        }
        #expect(table.rows.map(\.label) == ["nightly", "without packets", "cp", "one core"])
        #expect(table.rows.allSatisfy { $0.runs.map(\.seconds) == [1, 2, 3] && $0.seconds == 2 })
    }

    static func rows(_ times: [(String, [Double])]) -> [BenchmarkRow] {
        times.map {
            BenchmarkRow(label: $0.0, runs: $0.1.map { BenchmarkRun(seconds: $0, peakRSS: nil) }, bytes: 217_000_000, dossiers: 20_000)
        }
    }

    static let measured = rows([
        ("zcat (gzip corpus)", [0.8, 0.9, 0.85]),
        ("xmllint --stream, 1 process", [1.1, 1.0, 1.2]),
        ("xmllint --stream, 2 processes", [0.5, 0.6, 0.4]),
        ("outbound extract (2 jobs)", [2.0, 1.0, 1.5]),
        ("outbound classify (2 jobs)", [5.0, 5.0, 5.0]),
        ("outbound classify, catalogue x10 (2 jobs)", [5.5, 5.5, 5.5]),
        ("lxml peer (2 jobs)", [10, 9, 8]),
        ("outbound run, nightly (2 jobs)", [20, 18, 19]),
        ("outbound run, nightly storing only, jsonl (2 jobs)", [14, 15, 13]),
        ("outbound run, nightly without packets (2 jobs)", [11, 12, 10]),
        ("cp -r of the nightly's packets (1 process)", [3, 2, 4]),
        ("outbound run, nightly (1 job, 1 core)", [38, 36, 40]),
        ("outbound run, nightly, gzip input (2 jobs)", [20, 19.5, 21]),
        ("outbound reclassify --full (2 jobs)", [1.5, 1.5, 1.5]),
        ("outbound reclassify, delta after one keyword (2 jobs)", [0.4, 0.3, 0.5]),
    ])

    @Test func ratioLinesComeFromTheMedians() {
        var result = BenchmarkResult(rows: Self.measured, jobs: 2, cpus: [0, 1])
        result.inputBytes = 217_000_000
        result.ledgerBytes = 50_000_000
        let report = Benchmark.report(result)
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("step "))
        #expect(lines.contains { $0.hasPrefix("outbound run, nightly without packets (2 jobs)") && $0.contains("11.00 s") })
        #expect(lines.contains { $0.hasPrefix("cp -r of the nightly's packets (1 process)") && $0.contains("3.00 s") && $0.hasSuffix("-") })
        // Issue 17's targets, each a ratio of medians, marked met or not.
        let targets = [
            "1. nightly (2 jobs, pages and packets.jsonl) speed-up over the peer: 0.47 (target >= 2.5) NOT MET",
            "2. classify speed-up over the peer: 1.80 (target >= 5) NOT MET",
            "2. extract / parallel xmllint: 3.00 (target <= 3) met",
            "3. nightly storing only (jsonl) / parallel xmllint: 28.00 (target <= 6) NOT MET",
            "4. reclassify --full speed-up over classify: 3.33 (target >= 3) met",
            "4. reclassify delta (one keyword) / parallel xmllint: 0.80 (target < 1) met",
            "5. ledger of the nightly: 50.0 MB for 217.0 MB of XML, 23.0 % (target <= 25 %) met",
            "5. speed-up 2 jobs on 2 cores vs 1 job on 1 core: 2.00 (target >= 1.8) met",
        ]
        for line in targets { #expect(lines.contains(line), "\(line)") }
        #expect(
            lines.contains(
                "packets (rendered, written, summary and queues) cost 8.00 s, 42 % of the nightly (2 jobs); cp -r of the pages takes 3.00 s"
            ))
        #expect(lines.contains("gzip input costs 1.00 s more; zcat takes 0.85 s (target: extra <= zcat)"))
        #expect(lines.last == "(each wall time is the median of 3 runs, each peak RSS their largest; --json lists every run)")
    }

    @Test func oneAllowedCPUHasNoSpeedUp() {
        let report = Benchmark.report(BenchmarkResult(rows: Self.measured, jobs: 2, cpus: [3]))
        #expect(report.contains("speed-up: one CPU allowed (CPU 3), no comparison of cores"))
        #expect(!report.contains("speed-up 2 jobs"))
        let unknown = Benchmark.report(BenchmarkResult(rows: Self.measured.filter { !$0.label.contains("1 core") }, jobs: 2, cpus: nil))
        #expect(!unknown.contains("speed-up 2 jobs") && !unknown.contains("one CPU allowed"))
    }

    @Test func aBenchDeletesOnlyRunFolders() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let doomed = ["run-plain", "run-plain-1", "run-no-packets-12", "run-one-core-2", "run-gzip-3", "run-one-job"]
        let kept = ["run-plain-x", "run-plainer", "run-gzip-", "corpus-20000-batch-5000", "catalogues-x10", "run-other-1"]
        for name in doomed + kept {
            try FileManager.default.createDirectory(atPath: work + "/" + name + "/out", withIntermediateDirectories: true)
        }
        var messages: [String] = []
        let deleted = Benchmark.removeRunFolders(in: work) { messages.append($0) }
        #expect(deleted != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).sorted() == kept.sorted())
        #expect(messages.count == 1 && messages[0].hasPrefix("deleted 6 run folders"))
        #expect(Benchmark.removeRunFolders(in: work) { _ in } == nil)
    }

    @Test func earlierRoundsGoOnlyWhenTheDiskWouldNotHoldAnother() {
        let gigabyte: Int64 = 1 << 30
        #expect(Benchmark.roomForAnotherRound(free: 27 * gigabyte, round: 3 * gigabyte))
        #expect(!Benchmark.roomForAnotherRound(free: 15 * gigabyte, round: 14 * gigabyte))
        #expect(!Benchmark.roomForAnotherRound(free: gigabyte - 1, round: 0))
        #expect(Benchmark.freeBytes(FileManager.default.temporaryDirectory.path).map { $0 > 0 } == true)
    }

    #if os(Linux)
        /// The CPUs a child process says it may run on (`Cpus_allowed_list` of its own status).
        static func childCPUs(pinnedTo cpu: Int?) throws -> String {
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-affinity-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: log) }
            let cost = try ChildProcess.measure(["sh", "-c", "grep Cpus_allowed_list /proc/self/status >&2"], stderr: log, cpu: cpu)
            #expect(cost.status == 0)
            let line = try String(contentsOfFile: log, encoding: .utf8)
            return line.split(separator: "\t").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        }

        @Test func aPinnedChildRunsOnOneCPUAndTheBenchDoesNot() throws {
            let allowed = try #require(CPUAffinity.allowed())
            #expect(!allowed.isEmpty)
            let last = try #require(allowed.last)
            #expect(try Self.childCPUs(pinnedTo: last) == String(last))
            #expect(try Self.childCPUs(pinnedTo: allowed[0]) == String(allowed[0]))
            // The bench's own thread has its mask back, and an unpinned child gets all of it.
            #expect(CPUAffinity.allowed() == allowed)
            let unpinned = try Self.childCPUs(pinnedTo: nil)
            #expect(allowed.count == 1 ? unpinned == String(allowed[0]) : unpinned.contains("-") || unpinned.contains(","))
        }

        @Test func aCPUOutsideTheAllowedSetIsRefused() throws {
            let allowed = try #require(CPUAffinity.allowed())
            let outside = (allowed.max() ?? 0) + 1
            #expect(throws: BenchmarkError.self) { try ChildProcess.measure(["true"], cpu: outside) }
            #expect(CPUAffinity.allowed() == allowed)
        }
    #endif
}
