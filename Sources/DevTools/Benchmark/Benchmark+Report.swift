import Foundation

extension Benchmark {
    /// The table and the ratios the performance targets are stated in, each from the rows'
    /// medians; a ratio whose rows are missing is left out.
    public static func report(_ result: BenchmarkResult) -> String {
        let rows = result.rows
        let jobs = result.jobs
        let width = max(46, rows.map(\.label.count).max() ?? 0)
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + fill : fill + text
        }
        var lines = [pad("step", width, left: true) + pad("wall", 10) + pad("MB/s", 9) + pad("dossiers/s", 12) + pad("peak RSS", 10)]
        for row in rows {
            let rss = row.peakRSS.map { String(format: "%.0f MB", Double($0) / 1_048_576) } ?? "-"
            lines.append(
                pad(row.label, width, left: true) + pad(String(format: "%.2f s", row.seconds), 10)
                    + pad(String(format: "%.1f", row.megabytesPerSecond), 9) + pad(String(format: "%.0f", row.dossiersPerSecond), 12)
                    + pad(rss, 10))
        }
        func seconds(_ prefix: String) -> Double? { rows.first { $0.label.hasPrefix(prefix) }?.seconds }
        let nightly = seconds("outbound run, nightly (\(jobs) job")
        let withoutPackets = seconds("outbound run, nightly without packets")
        let parallel = rows.first { $0.label.hasPrefix("xmllint --stream,") && !$0.label.contains("1 process") }?.seconds
        if let nightly, let parallel {
            lines.append(String(format: "ratio nightly (%d jobs) / parallel xmllint: %.2f (target <= 2)", jobs, nightly / parallel))
        }
        if let withoutPackets, let parallel {
            lines.append(
                String(format: "ratio nightly without packets (%d jobs) / parallel xmllint: %.2f", jobs, withoutPackets / parallel))
        }
        if let nightly, let withoutPackets {
            var line = String(
                format: "packets (rendered, written, summary and queues) cost %.2f s, %.0f %% of the nightly (%d jobs)",
                nightly - withoutPackets, 100 * (nightly - withoutPackets) / nightly, jobs)
            if let copy = seconds(copyLabel) {
                line += String(format: "; cp -r of them takes %.2f s", copy)
            }
            lines.append(line)
        }
        if let classify = seconds("outbound classify (\(jobs)"), let large = seconds("outbound classify, catalogue x10") {
            lines.append(String(format: "classify with a catalogue ten times larger / classify: %.2f (target <= 1.2)", large / classify))
        }
        if let nightly, let gz = seconds("outbound run, nightly, gzip"), let zcat = seconds("zcat") {
            lines.append(String(format: "gzip input costs %.2f s more; zcat takes %.2f s (target: extra <= zcat)", gz - nightly, zcat))
        }
        if let nightly, let one = seconds("outbound run, nightly (1 job, 1 core)"), let cpus = result.cpus {
            if cpus.count < 2 {
                lines.append("speed-up: one CPU allowed (CPU \(cpus.first.map(String.init) ?? "?")), no comparison of cores")
            } else if jobs >= cpus.count {
                lines.append(String(format: "speed-up %d cores vs 1 core: %.2f (target >= 1.8 on 2 cores)", cpus.count, one / nightly))
            } else {
                lines.append(
                    String(
                        format: "speed-up %d jobs on %d cores vs 1 core: %.2f (target >= 1.8 on 2 cores)", jobs, cpus.count, one / nightly))
            }
        }
        if let repeats = rows.map(\.runs.count).max(), repeats > 1 {
            lines.append("(each wall time is the median of \(repeats) runs, each peak RSS their largest; --json lists every run)")
        }
        return lines.joined(separator: "\n")
    }
}
