import Foundation
import Packets

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The nightly steps of the benchmark. They run in rounds, one round per repetition, each
/// step of a round in a run folder of its own (`WORK/run-NAME-K`: a fresh ledger and output
/// every time), so that nothing is deleted between the timed runs: the folders of the last
/// bench are deleted at its start and the file system is given `request.settle` seconds
/// once (`settleFileSystem`). Only when the disk would not hold another round are the
/// earlier rounds' folders deleted, and the next round waits again.
extension Benchmark {
    /// One kind of nightly run.
    struct NightlyStep {
        var label: String
        /// The run folders are `WORK/run-NAME-K`.
        var name: String
        var input: String
        var jobs: Int
        /// The one CPU the run is held to, or nil for every CPU the bench may use.
        var cpu: Int?
        /// The packet formats (`packets.formats`); nil: the definition stops after `route` (no
        /// packets, summary or queues; the ledger still records every dossier and decision).
        var formats: [String]?
        /// True for the Python lxml peer (`request.peer`) in place of an Outbound run.
        var peer = false
    }

    /// The names of the run folders, this bench's and the earlier benches' (`one-job`).
    static let nightlyNames = [
        "plain", "store-only", "no-packets", "one-core", "gzip", "peer", "one-job", "reclassify-full", "reclassify-delta",
    ]

    /// The label of the copy of the nightly's packets.
    static let copyLabel = "cp -r of the nightly's packets (1 process)"

    /// Runs `request.repeats` rounds of the nightly steps and adds their repetitions to `table`.
    static func nightlyRounds(
        _ request: BenchmarkRequest, plain: String, gzip: String, oneCPU: Int?, cleaned: Date?, peer: String?,
        table: inout BenchmarkTable, log: (String) -> Void
    ) throws {
        let jobs = request.jobs
        let all = ["html", "jsonl"]
        var steps: [NightlyStep] = []
        if peer != nil {
            steps.append(NightlyStep(label: "lxml peer (\(jobs) jobs)", name: "peer", input: plain, jobs: jobs, formats: nil, peer: true))
        }
        steps += [
            NightlyStep(label: "outbound run, nightly (\(jobs) jobs)", name: "plain", input: plain, jobs: jobs, formats: all),
            NightlyStep(
                label: "outbound run, nightly storing only, jsonl (\(jobs) jobs)", name: "store-only", input: plain, jobs: jobs,
                formats: ["jsonl"]),
            NightlyStep(
                label: "outbound run, nightly without packets (\(jobs) jobs)", name: "no-packets", input: plain, jobs: jobs, formats: nil),
        ]
        if let oneCPU {
            steps.append(
                NightlyStep(
                    label: "outbound run, nightly (1 job, 1 core)", name: "one-core", input: plain, jobs: 1, cpu: oneCPU, formats: all))
        } else {
            log("the bench cannot hold a process to one CPU here: no one-core step")
        }
        steps.append(
            NightlyStep(label: "outbound run, nightly, gzip input (\(jobs) jobs)", name: "gzip", input: gzip, jobs: jobs, formats: all))

        var deleted = cleaned ?? .distantPast
        // A round writes about 13 times the plain corpus (ledgers, packets, the copy); the
        // first round's real size decides whether the earlier rounds must go before the next.
        var roundBytes: Int64?
        let expected = Int64(table.bytes) * 13
        if let free = freeBytes(request.work), free < expected + expected / 4 {
            log(
                String(
                    format: "warning: %.1f GB free in %@; a round of nightly runs writes about %.1f GB", Double(free) / 1e9, request.work,
                    Double(expected) / 1e9))
        }
        for round in 1...request.repeats {
            if round > 1, let needed = roundBytes, let free = freeBytes(request.work), !roomForAnotherRound(free: free, round: needed) {
                log(
                    String(
                        format: "%.1f GB free, a round of nightly runs writes %.1f GB: deleting the run folders of the rounds before",
                        Double(free) / 1e9, Double(needed) / 1e9))
                deleted = removeRunFolders(in: request.work, log: log) ?? deleted
            }
            settleFileSystem(since: deleted, seconds: request.settle, log: log)
            let freeBefore = freeBytes(request.work)
            for step in steps {
                let folder = "\(request.work)/run-\(step.name)-\(round)"
                let cost =
                    try step.peer
                    ? runPeer(request, peer: peer ?? "", input: step.input, folder: folder) : nightly(request, step: step, folder: folder)
                guard cost.status == 0 else {
                    throw BenchmarkError(
                        description: "\(step.label) exited with status \(cost.status): \(lastLine(of: folder + "/run.err"))")
                }
                table.add(step.label, BenchmarkRun(seconds: cost.seconds, peakRSS: cost.peakRSS))
                log(
                    String(
                        format: "  %@%@: %.2f s; %@", step.label, request.repeats > 1 ? " (\(round)/\(request.repeats))" : "", cost.seconds,
                        finished(folder + "/run.err")))
                if step.name == "no-packets" {
                    let copy = try copyPackets(of: "\(request.work)/run-plain-\(round)")
                    table.add(copyLabel, BenchmarkRun(seconds: copy.seconds, peakRSS: nil))
                    log(
                        String(
                            format: "  %@%@: %.2f s", copyLabel, request.repeats > 1 ? " (\(round)/\(request.repeats))" : "", copy.seconds))
                }
            }
            if round == 1, let before = freeBefore, let after = freeBytes(request.work) {
                roundBytes = max(0, before - after)
            }
        }
    }

    /// `cp -r` of the `packets` folder of a nightly's output to a fresh folder beside it:
    /// what the file system alone costs to create that many folders and files.
    static func copyPackets(of folder: String) throws -> ChildProcess.Cost {
        // The packets' folder as the nightly names it: the first component of a packet's path.
        let parent = (PacketPaths(dossierID: "X").html ?? "packets").split(separator: "/").first.map(String.init) ?? "packets"
        let packets = folder + "/out/" + parent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: packets, isDirectory: &isFolder), isFolder.boolValue else {
            throw BenchmarkError(description: "the nightly run wrote no packets folder at \(packets)")
        }
        sync()
        let cost = try ChildProcess.measure(["cp", "-r", packets, folder + "/packets-copy"], stderr: folder + "/cp.err")
        guard cost.status == 0 else {
            throw BenchmarkError(description: "cp -r of \(packets) exited with status \(cost.status): \(lastLine(of: folder + "/cp.err"))")
        }
        return cost
    }

    /// A fresh nightly run (new ledger, new output) in `folder`, which must not exist yet. The
    /// dirty pages of the steps before are written out first (`sync`), so that their writeback
    /// is not timed here. The run's log goes to `folder/run.err`.
    static func nightly(_ request: BenchmarkRequest, step: NightlyStep, folder: String) throws -> ChildProcess.Cost {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stages = step.formats != nil ? "extract, normalise, classify, route, packets" : "extract, normalise, classify, route"
        let definition = """
            kind: pipeline
            id: bench
            title: Benchmark nightly run
            inputs: [\(step.input)]
            references:
              catalogues: pipelines/catalogues
              routing: pipelines/routing
              calendars: pipelines/calendars
              clocks: pipelines/clocks.yml
            stages: [\(stages)]
            ledger: \(folder)/ledger.sqlite
            output: \(folder)/out
            packets:
              formats: [\((step.formats ?? ["html", "jsonl"]).joined(separator: ", "))]

            """
        let path = folder + "/bench.yml"
        try definition.write(toFile: path, atomically: true, encoding: .utf8)
        sync()
        return try ChildProcess.measure(
            [request.executable, "run", path, "--jobs", String(step.jobs), "--no-progress", "--today", "2026-11-21"],
            stderr: folder + "/run.err", cpu: step.cpu)
    }

    /// What a run's last log line says after "finished:" (its counts), or the whole line.
    static func finished(_ log: String) -> String {
        let line = lastLine(of: log)
        guard let range = line.range(of: "finished: ") else { return line }
        return String(line[range.upperBound...])
    }

    /// Deletes the nightly run folders of earlier benches and rounds (`run-NAME` and
    /// `run-NAME-K` for the names of `nightlyNames`), nothing else of `work`; returns when
    /// it finished deleting, or nil when there was nothing to delete.
    @discardableResult
    static func removeRunFolders(in work: String, log: (String) -> Void) -> Date? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []
        let doomed = entries.filter { entry in
            nightlyNames.contains { name in
                let prefix = "run-\(name)"
                guard entry.hasPrefix(prefix) else { return false }
                let rest = entry.dropFirst(prefix.count)
                return rest.isEmpty || (rest.first == "-" && rest.count > 1 && rest.dropFirst().allSatisfy(\.isASCIIDigit))
            }
        }.sorted()
        guard !doomed.isEmpty else { return nil }
        let started = Date()
        for entry in doomed { try? FileManager.default.removeItem(atPath: work + "/" + entry) }
        // The freed inodes' table blocks written out at once: ext4 keeps an inode freed in a
        // block still dirty from reuse for 300 s longer (`settleFileSystem`).
        sync()
        log(String(format: "deleted %d run folders of earlier runs in %.1f s", doomed.count, Date().timeIntervalSince(started)))
        return Date()
    }

    /// Before the nightly steps: waits until `seconds` have passed since run folders were
    /// deleted. ext4 without a journal (as on this project's machines) will not reuse an inode
    /// freed less than 60 s ago (`RECENTCY_MIN` in `fs/ext4/ialloc.c`), or 360 s while its
    /// inode table block is dirty, and checks every such inode while it looks for a free one
    /// (perf: `__ext4_new_inode` -> `recently_deleted`): a run that creates its 40,000 packet
    /// files right after 40,000 were deleted spent a fifth of its time there. The default, 61 s,
    /// is past the first window; the file system is fully settled after 360 s. A nightly
    /// intake does not delete the last night's output just before it starts.
    static func settleFileSystem(since cleaned: Date, seconds: Double, log: (String) -> Void) {
        let wait = seconds - Date().timeIntervalSince(cleaned)
        if wait > 0 {
            log(String(format: "waiting %.0f s: ext4 reuses the inodes freed by the deletion %.0f s after it", wait, seconds))
            Thread.sleep(forTimeInterval: wait)
        }
    }

    /// True when `free` bytes hold another round of `round` bytes with a quarter and 1 GiB to spare.
    static func roomForAnotherRound(free: Int64, round: Int64) -> Bool {
        free >= round + round / 4 + (1 << 30)
    }

    /// The bytes an unprivileged user may still write on the file system of `path`.
    static func freeBytes(_ path: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
