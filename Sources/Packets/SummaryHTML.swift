import DossierModel
import Foundation

/// Renders `summary.html`: the run's totals, inline SVG bar charts of the counts by outcome,
/// authority, province and catalogue entry, the flags, a table of quarantines and a link to
/// every packet by its relative path. Self-contained: inline CSS, no script, nothing fetched.
public enum SummaryHTML {
    /// The bytes of `summary.html`; packet links are relative to the folder it is written to.
    public static func render(_ summary: BatchSummary) -> Data {
        Data(page(summary).utf8)
    }

    static func page(_ s: BatchSummary) -> String {
        var body = "<header>\n<p class=\"kicker\">Outbound batch summary</p>\n"
        body += "<h1>Run <span class=\"id\">\(HTMLText.escape(s.run.id))</span></h1>\n"
        body += "<p class=\"facts\">generated \(HTMLText.escape(s.run.generatedAt)) · Outbound \(HTMLText.escape(s.run.outboundVersion))</p>\n</header>\n"
        body += "<section id=\"totals\">\n<h2>Totals</h2>\n<table>\n<tbody>\n"
        body += "<tr><th>Dossiers</th><td>\(s.totals.dossiers)</td></tr>\n"
        body += "<tr><th>Processed in this run</th><td>\(s.totals.processed)</td></tr>\n"
        body += "<tr><th>Skipped as unchanged</th><td>\(s.totals.skipped)</td></tr>\n"
        body += "<tr><th>Quarantined</th><td>\(s.totals.quarantined)</td></tr>\n"
        body += "</tbody>\n</table>\n</section>\n"

        let outcomeBars = s.byOutcome.map { count in
            BarChart.Bar(label: count.label, count: count.count, colour: PageStyle.colour(Outcome(rawValue: count.key) ?? .quarantined))
        }
        chart("by-outcome", "Dossiers by outcome", outcomeBars, into: &body)
        chart("by-authority", "Dossiers by authority", s.byAuthority.map { BarChart.Bar(label: $0.label, count: $0.count, colour: "#1e4e8c") }, into: &body)
        chart("by-province", "Dossiers by province", s.byProvince.map { BarChart.Bar(label: $0.label, count: $0.count, colour: "#1e4e8c") }, into: &body)
        let entryBars = s.byEntry.map { entry in
            BarChart.Bar(label: "\(entry.code ?? "[\(entry.identity)]") \(entry.name)", count: entry.count, colour: entry.part == "prohibited" ? PageStyle.colour(.prohibited) : PageStyle.colour(.ipSecurityReview))
        }
        chart("by-entry", "Dossiers by catalogue entry (counting hits)", entryBars, into: &body)
        if !s.byEntry.isEmpty {
            body += "<table>\n<thead><tr><th>Code</th><th>Entry</th><th>Identity</th><th>Part</th><th>Dossiers</th></tr></thead>\n<tbody>\n"
            for entry in s.byEntry {
                body += "<tr><td><code>\(HTMLText.escape(entry.code ?? "-"))</code></td><td>\(HTMLText.span(entry.name, lang: "zh"))<br><span lang=\"en\">\(HTMLText.escape(entry.nameEn))</span></td>"
                body += "<td><code>\(HTMLText.escape(entry.identity))</code></td><td>\(HTMLText.escape(entry.part))</td><td>\(entry.count)</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "<section id=\"flags\">\n<h2>Flags</h2>\n"
        if s.byFlag.isEmpty {
            body += "<p>No flags raised.</p>\n"
        } else {
            body += "<table>\n<thead><tr><th>Flag</th><th>Dossiers</th></tr></thead>\n<tbody>\n"
            for flag in s.byFlag { body += "<tr><td>\(HTMLText.escape(flag.key))</td><td>\(flag.count)</td></tr>\n" }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"
        quarantines(s.quarantines, into: &body)
        dossiers(s.dossiers, into: &body)
        body += "<footer>Summary schema \(HTMLText.escape(s.schema)) · run <code>\(HTMLText.escape(s.run.id))</code></footer>\n"
        return PacketHTML.document(title: "Outbound summary: run \(s.run.id)", body: body)
    }

    static func chart(_ id: String, _ title: String, _ bars: [BarChart.Bar], into out: inout String) {
        out += "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title))</h2>\n"
        out += BarChart(title: title, bars: bars).svg
        out += "</section>\n"
    }

    static func quarantines(_ rows: [BatchSummary.QuarantineRow], into out: inout String) {
        out += "<section id=\"quarantines\">\n<h2>Quarantines (\(rows.count))</h2>\n"
        guard !rows.isEmpty else {
            out += "<p>No dossier was quarantined.</p>\n</section>\n"
            return
        }
        out += "<table>\n<thead><tr><th>Dossier</th><th>Reason</th><th>File</th><th>Position</th><th>Diagnostic</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let id = HTMLText.span(row.dossierID ?? "(unknown id)")
            let linked = row.packet.map { "<a href=\"\(HTMLText.href($0.html))\">\(id)</a>" } ?? id
            var file = row.file
            if let member = row.member { file += "!" + member }
            let position = [row.line.map { "line \($0)" }, row.column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
            out += "<tr><td>\(linked)</td><td>\(HTMLText.span(row.reason))</td><td><code>\(HTMLText.escape(file))</code></td>"
            out += "<td>\(position.isEmpty ? "unknown" : position)</td><td><code>\(HTMLText.escape(row.diagnosticID))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }

    static func dossiers(_ rows: [BatchSummary.DossierRow], into out: inout String) {
        out += "<section id=\"dossiers\">\n<h2>Packets (\(rows.count))</h2>\n"
        out += "<table>\n<thead><tr><th>Dossier</th><th>Outcome</th><th>Province</th><th>Flags</th><th>Run</th><th>Packet</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let links = row.packet.map { "<a href=\"\(HTMLText.href($0.html))\">HTML</a> · <a href=\"\(HTMLText.href($0.json))\">JSON</a>" } ?? "none"
            out += "<tr><td>\(HTMLText.span(row.dossierID))</td><td>\(HTMLText.escape(row.outcome))</td><td>\(HTMLText.escape(row.province ?? "-"))</td>"
            out += "<td>\(row.flags.map(HTMLText.escape).joined(separator: ", "))</td><td>\(HTMLText.escape(row.status))</td><td>\(links)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }
}
