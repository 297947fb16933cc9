import Foundation

/// Renders an authority's queue as CSV (RFC 4180) and as JSON lines.
public enum QueueFiles {
    /// The CSV header, in column order.
    public static let columns = [
        "dossier_id", "outcome", "province", "authority_role", "track", "assets", "due", "due_clock", "due_clock_title", "flags", "packet",
        "packet_line", "status",
    ]

    /// RFC 4180 CSV in UTF-8 with a byte order mark (so that spreadsheet programs, which
    /// reviewers open queues in, read the Chinese text as UTF-8), CRLF line ends, a header
    /// row. Lists (assets, flags) are joined with a space.
    public static func csv(_ queue: AuthorityQueue) -> Data {
        // Rendering into memory cannot fail: the sink keeps every chunk.
        let bytes = try? ChunkedOutput.collect { out in try writeCSV({ each in try queue.rows.forEach(each) }, into: &out) }
        return Data(bytes ?? [])
    }

    /// Writes the CSV of the rows `rows` calls its argument with, in that order.
    public static func writeCSV(_ rows: ((AuthorityQueue.Row) throws -> Void) throws -> Void, into out: inout ChunkedOutput) throws {
        try out.append("\u{FEFF}" + columns.map(csvCell).joined(separator: ",") + "\r\n")
        try rows { row in
            let cells: [String] = [
                row.dossierID, row.outcome, row.province ?? "", row.role, row.track, row.assetIDs.joined(separator: " "),
                row.due ?? "", row.dueClock ?? "", row.dueClockTitle ?? "", row.flags.joined(separator: " "), row.packet ?? "",
                row.packetLine.map(String.init) ?? "", row.status,
            ]
            try out.append(cells.map(csvCell).joined(separator: ",") + "\r\n")
        }
    }

    /// One cell: guarded against formula injection, then quoted when it holds a quote, a
    /// comma, a line break or leading or trailing spaces (quotes doubled).
    public static func csvCell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes =
            text.contains { $0 == "\"" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One JSON object per row and line (keys sorted, `\n` after each), the same fields as
    /// the CSV with lists as arrays, plus the authority's id.
    public static func jsonLines(_ queue: AuthorityQueue) throws -> Data {
        Data(
            try ChunkedOutput.collect { out in
                try writeJSONLines(authorityID: queue.authorityID, { each in try queue.rows.forEach(each) }, into: &out)
            })
    }

    /// Writes the JSON lines of the rows `rows` calls its argument with, in that order.
    public static func writeJSONLines(
        authorityID: String, _ rows: ((AuthorityQueue.Row) throws -> Void) throws -> Void, into out: inout ChunkedOutput
    ) throws {
        let encoder = SortedJSONEncoder(pretty: false)
        try rows { row in
            var line = try encoder.encode(Line(authorityID: authorityID, row: row))
            line.append(0x0A)
            try out.append(line)
        }
    }

    /// A JSON line: the row's fields and the authority id.
    private struct Line: Encodable {
        var authorityID: String
        var row: AuthorityQueue.Row

        enum CodingKeys: String, CodingKey { case authorityID }

        func encode(to encoder: any Encoder) throws {
            try row.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(authorityID, forKey: .authorityID)
        }
    }
}
