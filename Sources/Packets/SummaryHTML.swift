import DossierModel
import Foundation

/// Renders `summary.html`: the run's totals, inline SVG bar charts of the counts by outcome,
/// authority, province and catalogue entry, the flags, a table of quarantines and a link to
/// every packet by its relative path. Self-contained: inline CSS, no script, nothing fetched.
/// The tables of quarantines and packets are written row by row from the builder's store.
public enum SummaryHTML {
    /// The bytes of `summary.html` of a summary held in memory; packet links are relative to
    /// the folder it is written to.
    public static func render(_ summary: BatchSummary) -> Data {
        // Rendering into memory cannot fail: the sink keeps every chunk.
        let bytes = try? ChunkedOutput.collect { out in
            try write(
                summary, quarantineCount: summary.quarantines.count, dossierCount: summary.dossiers.count,
                dossiers: { each in try summary.dossiers.forEach(each) },
                quarantines: { each in try summary.quarantines.forEach(each) }, into: &out)
        }
        return Data(bytes ?? [])
    }

    /// Writes `summary.html` of everything `builder` holds, reading the rows from its store.
    public static func write(_ builder: SummaryBuilder, into out: inout ChunkedOutput) throws {
        try write(
            builder.counts, quarantineCount: builder.quarantineCount, dossierCount: builder.count,
            dossiers: builder.forEachRow, quarantines: builder.forEachQuarantine, into: &out)
    }

    static func write(
        _ s: BatchSummary, quarantineCount: Int, dossierCount: Int,
        dossiers: ((BatchSummary.DossierRow) throws -> Void) throws -> Void,
        quarantines: ((BatchSummary.QuarantineRow) throws -> Void) throws -> Void,
        into out: inout ChunkedOutput
    ) throws {
        let page = PacketHTML.document(title: "Outbound summary: run \(s.run.id)", body: "")
        // The body goes after `<body>` and its newline; the title is escaped and the style
        // sheet is ours, so the first `<body>` is the element.
        let bodyStart = page.range(of: "<body>\n")!.upperBound
        try out.append(String(page[..<bodyStart]))
        try out.append(counts(s))
        try out.append(quarantinesHead(count: quarantineCount))
        try quarantines { row in try out.append(quarantineRow(row)) }
        try out.append(quarantineCount == 0 ? "" : "</tbody>\n</table>\n</section>\n")
        try out.append(dossiersHead(count: dossierCount))
        try dossiers { row in try out.append(dossierRow(row)) }
        try out.append("</tbody>\n</table>\n</section>\n")
        try out.append("<footer>Summary schema \(HTMLText.escape(s.schema)) · run <code>\(HTMLText.escape(s.run.id))</code></footer>\n")
        try out.append(String(page[bodyStart...]))
    }

    /// Everything before the quarantines: header, totals, charts, entries and flags.
    static func counts(_ s: BatchSummary) -> String {
        var body = "<header>\n<p class=\"kicker\">Outbound batch summary</p>\n"
        body += "<h1>Run <span class=\"id\">\(HTMLText.escape(s.run.id))</span></h1>\n"
        body +=
            "<p class=\"facts\">generated \(HTMLText.escape(s.run.generatedAt)) · Outbound \(HTMLText.escape(s.run.outboundVersion))</p>\n</header>\n"
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
        chart(
            "by-authority", "Dossiers by authority",
            s.byAuthority.map { BarChart.Bar(label: $0.label, count: $0.count, colour: "#1e4e8c") }, into: &body)
        chart(
            "by-province", "Dossiers by province", s.byProvince.map { BarChart.Bar(label: $0.label, count: $0.count, colour: "#1e4e8c") },
            into: &body)
        let entryBars = s.byEntry.map { entry in
            BarChart.Bar(
                label: "\(entry.code ?? "[\(entry.identity)]") \(entry.name)", count: entry.count,
                colour: entry.part == "prohibited" ? PageStyle.colour(.prohibited) : PageStyle.colour(.ipSecurityReview))
        }
        chart("by-entry", "Dossiers by catalogue entry (counting hits)", entryBars, into: &body)
        if !s.byEntry.isEmpty {
            body += "<table>\n<thead><tr><th>Code</th><th>Entry</th><th>Identity</th><th>Part</th><th>Dossiers</th></tr></thead>\n<tbody>\n"
            for entry in s.byEntry {
                body +=
                    "<tr><td><code>\(HTMLText.escape(entry.code ?? "-"))</code></td><td>\(HTMLText.span(entry.name, lang: "zh"))<br><span lang=\"en\">\(HTMLText.escape(entry.nameEn))</span></td>"
                body +=
                    "<td><code>\(HTMLText.escape(entry.identity))</code></td><td>\(HTMLText.escape(entry.part))</td><td>\(entry.count)</td></tr>\n"
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
        return body
    }

    static func chart(_ id: String, _ title: String, _ bars: [BarChart.Bar], into out: inout String) {
        out += "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title))</h2>\n"
        out += BarChart(title: title, bars: bars).svg
        out += "</section>\n"
    }

    static func quarantinesHead(count: Int) -> String {
        var out = "<section id=\"quarantines\">\n<h2>Quarantines (\(count))</h2>\n"
        guard count > 0 else { return out + "<p>No dossier was quarantined.</p>\n</section>\n" }
        out +=
            "<table>\n<thead><tr><th>Dossier</th><th>Reason</th><th>File</th><th>Position</th><th>Diagnostic</th></tr></thead>\n<tbody>\n"
        return out
    }

    static func quarantineRow(_ row: BatchSummary.QuarantineRow) -> String {
        let id = HTMLText.span(row.dossierID ?? "(unknown id)")
        let linked = row.packet?.html.map { "<a href=\"\(HTMLText.href($0))\">\(id)</a>" } ?? id
        var file = row.file
        if let member = row.member { file += "!" + member }
        let position = [row.line.map { "line \($0)" }, row.column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return "<tr><td>\(linked)</td><td>\(HTMLText.span(row.reason))</td><td><code>\(HTMLText.escape(file))</code></td>"
            + "<td>\(position.isEmpty ? "unknown" : position)</td><td><code>\(HTMLText.escape(row.diagnosticID))</code></td></tr>\n"
    }

    static func dossiersHead(count: Int) -> String {
        "<section id=\"dossiers\">\n<h2>Packets (\(count))</h2>\n"
            + "<table>\n<thead><tr><th>Dossier</th><th>Outcome</th><th>Province</th><th>Flags</th><th>Run</th><th>Packet</th></tr></thead>\n<tbody>\n"
    }

    /// The links to a packet: its page, and its line in `packets.jsonl`.
    static func packetLinks(_ paths: PacketPaths) -> String {
        var links: [String] = []
        if let html = paths.html { links.append("<a href=\"\(HTMLText.href(html))\">HTML</a>") }
        if let line = paths.line { links.append("<a href=\"\(HTMLText.href(PacketPaths.jsonl))\">JSON line \(line)</a>") }
        return links.isEmpty ? "none" : links.joined(separator: " · ")
    }

    static func dossierRow(_ row: BatchSummary.DossierRow) -> String {
        let links = row.packet.map(packetLinks) ?? "none"
        return
            "<tr><td>\(HTMLText.span(row.dossierID))</td><td>\(HTMLText.escape(row.outcome))</td><td>\(HTMLText.escape(row.province ?? "-"))</td>"
            + "<td>\(row.flags.map(HTMLText.escape).joined(separator: ", "))</td><td>\(HTMLText.escape(row.status))</td><td>\(links)</td></tr>\n"
    }
}
