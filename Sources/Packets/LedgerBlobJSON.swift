import DossierModel

/// The JSON of the two blobs the ledger stores per dossier, the normalised `Dossier` and its
/// `Decision`, written directly: exactly the bytes `SortedJSONEncoder()` writes for their
/// synthesised `Codable` (compact, keys sorted by their UTF-8 bytes, nil optionals left
/// out, slashes not escaped; so Foundation's `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]`), without the generic keyed and unkeyed containers that cost
/// most of the encoding.
///
/// Byte identity matters: stored blobs are read back with `JSONDecoder`, and the skip of an
/// unchanged dossier and `reclassify` compare what earlier runs stored. `LedgerBlobJSONTests`
/// and the pipeline's `LedgerBlobRealDataTests` hold the two encodings to the same bytes.
/// The lines of `outbound extract` and `outbound classify` are these bytes too.
public enum LedgerBlobJSON {
    /// The compact JSON of `dossier`. Cannot fail: a dossier holds no floating-point number.
    public static func encode(_ dossier: Dossier) -> [UInt8] {
        var writer = CompactJSONWriter(capacity: 16_384)
        writer.object { dossier.writeBlob(&$0) }
        return writer.bytes
    }

    /// The compact JSON of `decision`. Throws `SortedJSONEncoder`'s `EncodingError` for a
    /// score or stated value that is NaN or infinite, as the encoder does.
    public static func encode(_ decision: Decision) throws -> [UInt8] {
        var writer = CompactJSONWriter(capacity: 4096)
        try writer.object { try decision.writeBlob(&$0) }
        return writer.bytes
    }
}
