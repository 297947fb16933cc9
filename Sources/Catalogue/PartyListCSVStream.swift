import Foundation

/// Reads a CSV or tab-separated file record by record as it streams from disk, with the
/// same rules as `PartyListCSV`: fields optionally quoted, `""` for a quote inside a quoted
/// field, line breaks (LF, CRLF or CR) inside quotes kept, a quote inside an unquoted field
/// kept as written, blank lines and a trailing `0x1A` skipped.
///
/// Memory is bounded by the longest record, not by the file. Each field is decoded as UTF-8,
/// or as Windows-1252 when its bytes are not valid UTF-8 (older UK and OFAC files).
struct PartyListCSVStream {
    /// The size of each read from the file.
    static let chunkSize = 64 * 1024

    /// Calls `body` with each record of the file at `path`, in order; stops at the first error
    /// `body` throws. Throws `PartyListCSV.UnterminatedQuote` when the file ends inside quotes.
    static func forEachRecord(
        path: String, delimiter: UInt8 = UInt8(ascii: ","), _ body: (PartyListCSV.Record) throws -> Void
    ) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PartyListProblem.unreadable(path, "no such file or it cannot be opened")
        }
        defer { try? handle.close() }
        var state = State(delimiter: delimiter)
        var first = true
        while let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
            var bytes = [UInt8](data)
            // A UTF-8 byte order mark at the very start is not part of the first field.
            if first, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            first = false
            for byte in bytes { try state.consume(byte, body) }
        }
        try state.finish(body)
    }

    /// The parser's state between bytes.
    struct State {
        let delimiter: UInt8
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quotedField = false
        /// A quote seen inside quotes: the next byte decides whether it closes the field.
        var pendingQuote = false
        /// A CR seen outside quotes: a following LF belongs to the same line break.
        var pendingCR = false
        var line = 1
        var recordLine = 1

        init(delimiter: UInt8) { self.delimiter = delimiter }

        /// Takes one byte of the file, ending a field or a record where it says so.
        mutating func consume(_ byte: UInt8, _ body: (PartyListCSV.Record) throws -> Void) throws {
            if pendingCR {
                pendingCR = false
                if byte == 0x0A { return }
            }
            if pendingQuote {
                pendingQuote = false
                if byte == 0x22 {
                    field.append(0x22)
                    return
                }
                inQuotes = false
            }
            if inQuotes {
                if byte == 0x22 {
                    pendingQuote = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                return
            }
            switch byte {
            case 0x22 where Self.isBlank(field):
                field = []
                inQuotes = true
                quotedField = true
            case delimiter:
                fields.append(Self.decode(field))
                field = []
            case 0x0A, 0x0D:
                try endRecord(body)
                line += 1
                recordLine = line
                if byte == 0x0D { pendingCR = true }
            default:
                field.append(byte)
            }
        }

        /// Ends the last record at the end of the file; throws when a quote is still open.
        mutating func finish(_ body: (PartyListCSV.Record) throws -> Void) throws {
            if pendingQuote {
                pendingQuote = false
                inQuotes = false
            }
            if inQuotes { throw PartyListCSV.UnterminatedQuote(line: recordLine) }
            if !field.isEmpty || !fields.isEmpty || quotedField { try endRecord(body) }
        }

        /// Hands the record read so far to `body`, unless it is a blank line.
        mutating func endRecord(_ body: (PartyListCSV.Record) throws -> Void) throws {
            fields.append(Self.decode(field))
            let blank =
                fields.count == 1 && !quotedField
                && fields[0].trimmingCharacters(in: .whitespaces.union(["\u{1A}"])).isEmpty
            let record = PartyListCSV.Record(fields: fields, line: recordLine)
            fields = []
            field = []
            quotedField = false
            if !blank { try body(record) }
        }

        /// True when the bytes are only spaces and tabs (a quote may still open the field).
        static func isBlank(_ bytes: [UInt8]) -> Bool {
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }

        /// A field's bytes as text: UTF-8, else Windows-1252.
        static func decode(_ bytes: [UInt8]) -> String {
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            return String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
        }
    }
}
