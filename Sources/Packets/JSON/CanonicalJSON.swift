import DossierModel
import Foundation

/// The one JSON encoding of every output: keys sorted by their UTF-8 bytes, slashes not
/// escaped, nil optionals left out, non-finite numbers refused; compact (one line) or pretty.
/// The bytes are those of Foundation's `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` (and `.prettyPrinted`).
///
/// `Dossier`, `Decision` and `PacketDocument` are written directly by their `write(_:)`
/// through `JSONWriter`, without the Codable calls that cost most of the encoding; any other
/// value goes through `SortedJSONEncoder`. Byte identity matters: stored blobs are read back
/// with `JSONDecoder`, and the skip of an unchanged dossier and `reclassify` compare what
/// earlier runs stored. `CanonicalJSONTests`, `PacketDocumentJSONTests` and the pipeline's
/// `LedgerBlobRealDataTests` hold the direct writers to `JSONEncoder`'s bytes.
public enum CanonicalJSON {
    /// The compact JSON of `dossier`: a ledger blob, a line of `outbound extract`. Cannot
    /// fail: a dossier holds no floating-point number.
    public static func compact(_ dossier: Dossier) -> [UInt8] {
        var writer = JSONWriter<CompactLayout>(capacity: 16_384)
        writer.object { dossier.write(&$0) }
        return writer.bytes
    }

    /// The compact JSON of `decision`: a ledger blob, a line of `outbound classify`. Throws
    /// `SortedJSONEncoder`'s `EncodingError` for a score or stated value that is NaN or
    /// infinite, as the encoder does.
    public static func compact(_ decision: Decision) throws -> [UInt8] {
        var writer = JSONWriter<CompactLayout>(capacity: 4096)
        try writer.object { try decision.write(&$0) }
        return writer.bytes
    }

    /// The JSON of a packet, pretty (`outbound packet --pretty`, without its final newline) or compact (a line of `packets.jsonl`).
    static func encode<Layout: JSONLayout>(_ document: PacketDocument, _ layout: Layout.Type) throws -> [UInt8] {
        var writer = JSONWriter<Layout>(capacity: 8192)
        try writer.object { try document.write(&$0) }
        return writer.bytes
    }

    /// Any other value through `SortedJSONEncoder`, pretty with a final newline or compact
    /// without one.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        var bytes = try SortedJSONEncoder(pretty: pretty).encode(value)
        if pretty { bytes.append(0x0A) }
        return Data(bytes)
    }
}
