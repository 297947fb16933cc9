import Foundation

extension PartyListLoader {
    /// One row of a list file with a header, read by column name.
    struct CSVRow {
        let fields: [String]
        /// Lower-case, trimmed header name -> field index.
        let columns: [String: Int]
        let line: Int

        /// The trimmed field of the named column (lower case), nil when absent, empty or `-0-`.
        func value(_ name: String) -> String? {
            guard let index = columns[name], index < fields.count else { return nil }
            return PartyListCSV.value(fields[index])
        }
    }

    /// Streams a delimited list file with a header row, record by record (`PartyListCSVStream`):
    /// skips `preamble` records before the header, rejects a header without one of the
    /// `required` columns and a row whose column count differs from the header's
    /// (`list.format`, with the line), and turns an unclosed quote into `list.format`.
    static func streamTable(
        path: String, delimiter: UInt8 = UInt8(ascii: ","), preamble: Int = 0, required: [String], format: String,
        onPreamble: (PartyListCSV.Record) -> Void = { _ in }, _ body: (CSVRow) throws -> Void
    ) throws {
        var header: [String: Int]?
        var width = 0
        var skipped = 0
        do {
            try PartyListCSVStream.forEachRecord(path: path, delimiter: delimiter) { record in
                if skipped < preamble {
                    skipped += 1
                    onPreamble(record)
                    return
                }
                guard let columns = header else {
                    let names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    let map = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                    let missing = required.filter { map[$0] == nil }
                    guard missing.isEmpty else {
                        throw PartyListProblem.format(
                            path,
                            "a \(format) header needs the columns \(required.joined(separator: ", ")); missing: \(missing.joined(separator: ", "))",
                            line: record.line)
                    }
                    header = map
                    width = record.fields.count
                    return
                }
                guard record.fields.count == width else {
                    throw PartyListProblem.format(
                        path, "the header has \(width) columns; this row has \(record.fields.count)", line: record.line)
                }
                try body(CSVRow(fields: record.fields, columns: columns, line: record.line))
            }
        } catch let error as PartyListCSV.UnterminatedQuote {
            throw PartyListProblem.format(path, "a quoted field is never closed (truncated download?)", line: error.line)
        }
    }

    /// `DD/MM/YYYY` (UK and EU order) or `DD.MM.YY[YY]` as `YYYY-MM-DD`; nil when not a date.
    static func isoDate(dayFirst text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: { $0 == "/" || $0 == "." })
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The latest of ISO dates (their first ten characters), nil when there is none.
    static func latest(_ dates: [String]) -> String? {
        dates.map { String($0.prefix(10)) }.filter { $0.count == 10 }.max()
    }

    /// The latest of ISO dates, leaving out a latest date more than a year past the next
    /// latest, which is taken for a typo (the real BIS files have `3017-08-22` and `3033-09-30`
    /// among dates of 2019 and 2023).
    static func latestPlausible(_ dates: [String]) -> String? {
        var sorted = dates.map { String($0.prefix(10)) }.filter { $0.count == 10 }.sorted()
        while sorted.count >= 2, let last = Int(sorted[sorted.count - 1].prefix(4)), let next = Int(sorted[sorted.count - 2].prefix(4)),
            last > next + 1
        {
            sorted.removeLast()
        }
        return sorted.last
    }
}
