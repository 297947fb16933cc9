import Foundation

/// Renders `summary.json`: canonical JSON with sorted keys and a final newline, the bytes
/// `CanonicalJSON` writes for the whole `BatchSummary`, written member by member so that the
/// dossier and quarantine rows stream from the builder's store.
public enum SummaryJSON {
    /// The bytes of `summary.json` of a summary held in memory.
    public static func render(_ summary: BatchSummary) throws -> Data {
        Data(
            try ChunkedOutput.collect { out in
                try write(
                    summary, dossiers: { each in try summary.dossiers.forEach(each) },
                    quarantines: { each in try summary.quarantines.forEach(each) }, into: &out)
            })
    }

    /// Writes `summary.json` of everything `builder` holds, reading the rows from its store.
    public static func write(_ builder: SummaryBuilder, into out: inout ChunkedOutput) throws {
        try write(builder.counts, dossiers: builder.forEachRow, quarantines: builder.forEachQuarantine, into: &out)
    }

    /// The members in key order (that of `SortedJSONEncoder`: by UTF-8 bytes); `summary`'s
    /// own lists are ignored in favour of `dossiers` and `quarantines`.
    static func write(
        _ summary: BatchSummary,
        dossiers: ((BatchSummary.DossierRow) throws -> Void) throws -> Void,
        quarantines: ((BatchSummary.QuarantineRow) throws -> Void) throws -> Void,
        into out: inout ChunkedOutput
    ) throws {
        try out.append("{\n")
        try member("byAuthority", summary.byAuthority, into: &out)
        try member("byEntry", summary.byEntry, into: &out)
        try member("byFlag", summary.byFlag, into: &out)
        try member("byOutcome", summary.byOutcome, into: &out)
        try member("byProvince", summary.byProvince, into: &out)
        try array("dossiers", dossiers, into: &out)
        try out.append(",\n")
        try array("quarantines", quarantines, into: &out)
        try out.append(",\n")
        try member("run", summary.run, into: &out)
        try member("schema", summary.schema, into: &out)
        try member("totals", summary.totals, last: true, into: &out)
        try out.append("\n}\n")
    }

    /// `  "key" : value` at depth 1, and a comma unless it is the last member.
    private static func member<T: Encodable>(_ key: String, _ value: T, last: Bool = false, into out: inout ChunkedOutput) throws {
        try out.append("  \"\(key)\" : ")
        try out.append(indented(try SortedJSONEncoder(pretty: true).encode(value), by: 2))
        if !last { try out.append(",\n") }
    }

    /// An array member at depth 1 whose elements come one at a time; empty, it is written as
    /// Foundation writes an empty array (`[`, two newlines, the indent, `]`).
    private static func array<T: Encodable>(_ key: String, _ elements: ((T) throws -> Void) throws -> Void, into out: inout ChunkedOutput)
        throws
    {
        try out.append("  \"\(key)\" : [")
        let encoder = SortedJSONEncoder(pretty: true)
        var empty = true
        try elements { element in
            try out.append(empty ? "\n    " : ",\n    ")
            try out.append(indented(try encoder.encode(element), by: 4))
            empty = false
        }
        try out.append(empty ? "\n\n  ]" : "\n  ]")
    }

    /// Pretty JSON written at depth 0 moved to a deeper level: `spaces` more at the start of
    /// every line but the empty one inside an empty array or object (a JSON string never holds
    /// a raw newline, so every newline is between tokens).
    static func indented(_ json: [UInt8], by spaces: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 8)
        for (index, byte) in json.enumerated() {
            out.append(byte)
            if byte == 0x0A, index + 1 < json.count, json[index + 1] != 0x0A {
                out.append(contentsOf: repeatElement(0x20, count: spaces))
            }
        }
        return out
    }
}
