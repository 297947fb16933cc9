import Foundation

/// A small RFC 4180 reader: fields separated by a delimiter, optionally quoted, `""` for a
/// quote inside a quoted field, and line breaks (LF or CRLF) inside quotes kept.
///
/// Written here rather than taken from a package: the four list formats need only this, and
/// the reader also has to tolerate what the real files do (OFAC's trailing `SUB` byte, its
/// `-0- ` nulls, a quote inside an unquoted field), which is easier to own than to configure.
struct PartyListCSV {
    /// One record with the 1-based line it started on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// A quoted field that was never closed.
    struct UnterminatedQuote: Error {
        var line: Int
    }

    /// Parses text into records, skipping blank lines and a trailing end-of-file byte
    /// (`0x1A`, written by the OFAC consolidated files).
    static func parse(_ text: String, delimiter: Character = ",") throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var quotedField = false
        var line = 1
        var recordLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil

        func endRecord() {
            fields.append(field)
            let blank =
                fields.count == 1 && !quotedField
                && fields[0].trimmingCharacters(in: .whitespaces.union(["\u{1A}"])).isEmpty
            if !blank { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
            field = ""
            quotedField = false
        }

        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = next
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty:
                field = ""
                inQuotes = true
                quotedField = true
            case delimiter:
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes { throw UnterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The field with OFAC's null marker `-0-` (with or without its trailing space) and
    /// surrounding whitespace removed; nil when empty.
    static func value(_ field: String?) -> String? {
        guard let trimmed = field?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty,
            trimmed != "-0-"
        else { return nil }
        return trimmed
    }
}
