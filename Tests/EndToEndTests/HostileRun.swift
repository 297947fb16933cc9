import Foundation

/// One run of the `outbound` binary on one hostile input, measured from outside: peak RSS
/// by `/usr/bin/time -f %M`, wall time, and a watchdog that kills a run stuck for
/// `watchdogSeconds` (a hang guard, not a performance assertion: the one-second bound is
/// checked by `scripts/hostile-report.sh`, never in a test).
struct HostileRun {
    var status: Int32
    var signalled: Bool
    var stdout: String
    var stderr: String
    /// Peak resident set size of the child, in KiB.
    var maxRSSKiB: Int
    var seconds: Double

    /// The diagnostic ids of the stderr lines that are errors (`... error: ... [id]`).
    var errorIds: [String] { ids(of: "error") }

    /// The diagnostic ids of the stderr lines of one severity.
    func ids(of severity: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.contains(": \(severity): ") }.compactMap { line -> String? in
            guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        }
    }

    static let watchdogSeconds = 30.0

    /// Runs `outbound extract path` under `/usr/bin/time`.
    static func extract(_ path: String) throws -> HostileRun {
        let timeFile = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: timeFile) }
        let started = Date()
        let run = try CapturedProcess.run(
            URL(fileURLWithPath: "/usr/bin/time"),
            ["-f", "%M", "-o", timeFile.path, OutboundBinary.executable.path, "extract", "--jobs", "1", path],
            in: OutboundBinary.repo, timeout: watchdogSeconds)
        let seconds = Date().timeIntervalSince(started)
        let timeText = (try? String(contentsOf: timeFile, encoding: .utf8)) ?? ""
        // `time` writes "Command terminated by signal N" / "exited with non-zero status" first.
        let rss = timeText.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1
        return HostileRun(
            status: run.status, signalled: timeText.contains("terminated by signal") || run.signalled,
            stdout: String(decoding: run.stdout, as: UTF8.self), stderr: String(decoding: run.stderr, as: UTF8.self),
            maxRSSKiB: rss, seconds: seconds)
    }

    /// Appends one line to the TSV report named by `OUTBOUND_HOSTILE_REPORT`, when set
    /// (`scripts/hostile-report.sh` reads it): category, file, variant, exit status, error ids
    /// then warning ids, dossiers written, peak RSS in KiB, seconds.
    func report(category: String, file: String, variant: String) {
        guard let path = ProcessInfo.processInfo.environment["OUTBOUND_HOSTILE_REPORT"] else { return }
        let warnings = Array(Set(ids(of: "warning"))).sorted().map { "warning " + $0 }
        let all = Array(Set(errorIds)).sorted() + warnings
        let ids = all.isEmpty ? "-" : all.joined(separator: ",")
        let dossiers = stdout.split(separator: "\n").count
        let line =
            [
                category, file, variant, "\(signalled ? "signal" : String(status))", ids, "\(dossiers)", "\(maxRSSKiB)",
                String(format: "%.3f", seconds),
            ].joined(separator: "\t") + "\n"
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { return }
        _ = line.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
    }
}
