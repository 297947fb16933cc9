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
        func target(_ text: String, _ value: Double, _ goal: String, met: Bool) {
            lines.append(String(format: "%@: %.2f (target %@) %@", text, value, goal, met ? "met" : "NOT MET"))
        }
        let nightly = seconds("outbound run, nightly (\(jobs) job")
        let storeOnly = seconds("outbound run, nightly storing only")
        let withoutPackets = seconds("outbound run, nightly without packets")
        let parallel = rows.first { $0.label.hasPrefix("xmllint --stream,") && !$0.label.contains("1 process") }?.seconds
        let peer = seconds("lxml peer")
        let classify = seconds("outbound classify (\(jobs)")
        let extract = seconds("outbound extract")
        if let skipped = result.peerSkipped { lines.append("no peer row: \(skipped)") }
        // Issue 17's targets, each a ratio of two rows of this run.
        if let nightly, let peer {
            target(
                "1. nightly (\(jobs) jobs, pages and packets.jsonl) speed-up over the peer", peer / nightly, ">= 2.5",
                met: peer / nightly >= 2.5)
        }
        if let classify, let peer { target("2. classify speed-up over the peer", peer / classify, ">= 5", met: peer / classify >= 5) }
        if let extract, let parallel { target("2. extract / parallel xmllint", extract / parallel, "<= 3", met: extract / parallel <= 3) }
        if let storeOnly, let parallel {
            target("3. nightly storing only (jsonl) / parallel xmllint", storeOnly / parallel, "<= 6", met: storeOnly / parallel <= 6)
        }
        if let classify, let full = seconds("outbound reclassify --full") {
            target("4. reclassify --full speed-up over classify", classify / full, ">= 3", met: classify / full >= 3)
        }
        if let parallel, let delta = seconds("outbound reclassify, delta") {
            target("4. reclassify delta (one keyword) / parallel xmllint", delta / parallel, "< 1", met: delta < parallel)
        }
        if let ledger = result.ledgerBytes, result.inputBytes > 0 {
            let share = Double(ledger) / Double(result.inputBytes)
            lines.append(
                String(
                    format: "5. ledger of the nightly: %.1f MB for %.1f MB of XML, %.1f %% (target <= 25 %%) %@", Double(ledger) / 1e6,
                    Double(result.inputBytes) / 1e6, 100 * share, share <= 0.25 ? "met" : "NOT MET"))
        }
        if let largest = rows.filter({ $0.label.hasPrefix("outbound") }).compactMap(\.peakRSS).max() {
            let mb = Double(largest) / 1_048_576
            lines.append(
                String(format: "5. largest peak RSS of an outbound step: %.0f MB (target < 200 MB) %@", mb, mb < 200 ? "met" : "NOT MET"))
        }
        if let nightly, let one = seconds("outbound run, nightly (1 job, 1 core)"), let cpus = result.cpus {
            if cpus.count < 2 {
                lines.append("5. speed-up: one CPU allowed (CPU \(cpus.first.map(String.init) ?? "?")), no comparison of cores")
            } else {
                target(
                    "5. speed-up \(jobs) jobs on \(cpus.count) cores vs 1 job on 1 core", one / nightly, ">= 1.8", met: one / nightly >= 1.8
                )
            }
        }
        if let nightly, let withoutPackets {
            var line = String(
                format: "packets (rendered, written, summary and queues) cost %.2f s, %.0f %% of the nightly (%d jobs)",
                nightly - withoutPackets, 100 * (nightly - withoutPackets) / nightly, jobs)
            if let copy = seconds(copyLabel) {
                line += String(format: "; cp -r of the pages takes %.2f s", copy)
            }
            lines.append(line)
        }
        if let classify, let large = seconds("outbound classify, catalogue x10") {
            lines.append(String(format: "classify with a catalogue ten times larger / classify: %.2f (target <= 1.2)", large / classify))
        }
        if let nightly, let gz = seconds("outbound run, nightly, gzip"), let zcat = seconds("zcat") {
            lines.append(String(format: "gzip input costs %.2f s more; zcat takes %.2f s (target: extra <= zcat)", gz - nightly, zcat))
        }
        if let repeats = rows.map(\.runs.count).max(), repeats > 1 {
            lines.append("(each wall time is the median of \(repeats) runs, each peak RSS their largest; --json lists every run)")
        }
        return lines.joined(separator: "\n")
    }
}
