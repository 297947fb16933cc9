import DossierModel
import Foundation

/// Renders `packet.json`: the `PacketDocument` of a decision as canonical JSON.
public enum PacketJSON {
    /// The bytes of `packet.json` for one decision (a short packet for a quarantined one).
    /// `change` adds the `change` object (a re-classified dossier, `docs/reclassify.md`).
    public static func render(_ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange? = nil) throws -> Data {
        var document = PacketDocument(decision: decision, dossier: dossier, run: run)
        document.change = change
        // `PacketJSONWriter`: the bytes `CanonicalJSON.encode(document, pretty: true)` writes.
        var bytes = try document.prettyJSON()
        bytes.append(0x0A)
        return Data(bytes)
    }
}

/// The one JSON encoding of every Packets output: keys sorted, slashes unescaped, pretty
/// printed with a final newline (or one line for JSON lines), non-finite numbers refused.
/// The bytes are those of Foundation's `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` (and `.prettyPrinted`), written by `SortedJSONEncoder`.
enum CanonicalJSON {
    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        var bytes = try SortedJSONEncoder(pretty: pretty).encode(value)
        if pretty { bytes.append(0x0A) }
        return Data(bytes)
    }
}
