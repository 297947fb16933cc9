import DossierModel
import Foundation

/// Renders a packet's JSON: the `PacketDocument` of a decision as canonical JSON, compact (a
/// line of `packets.jsonl`, and the JSON embedded in the packet's page) or pretty
/// (`outbound packet --format json --pretty`).
public enum PacketJSON {
    /// The compact JSON of one decision's packet (a short packet for a quarantined one),
    /// without a line end. `change` adds the `change` object (a re-classified dossier,
    /// `docs/reclassify.md`).
    public static func line(_ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange? = nil) throws -> [UInt8] {
        try CanonicalJSON.encode(document(decision, dossier: dossier, run: run, change: change), CompactLayout.self)
    }

    /// The pretty JSON of one decision's packet, with a final newline.
    public static func render(_ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange? = nil) throws -> Data {
        var bytes = try CanonicalJSON.encode(document(decision, dossier: dossier, run: run, change: change), PrettyLayout.self)
        bytes.append(0x0A)
        return Data(bytes)
    }

    static func document(_ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange?) -> PacketDocument {
        var document = PacketDocument(decision: decision, dossier: dossier, run: run)
        document.change = change
        return document
    }

    /// The packet JSON embedded in a page (`<script type="application/json"
    /// id="packet-data">`): the compact JSON with every `<` written `\u003c`, so that no
    /// string in it can close the script element. `<` occurs only inside JSON strings, where
    /// the escape reads back as the same character.
    public static func embedded(_ line: [UInt8]) -> [UInt8] {
        guard line.contains(UInt8(ascii: "<")) else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(line.count + 32)
        for byte in line {
            if byte == UInt8(ascii: "<") {
                out.append(contentsOf: Array("\\u003c".utf8))
            } else {
                out.append(byte)
            }
        }
        return out
    }

    /// The packet JSON embedded in a page, as a program reads it back: the compact line, or
    /// nil when the page embeds none.
    public static func extract(fromPage page: [UInt8]) -> [UInt8]? {
        let open = Array("<script type=\"application/json\" id=\"packet-data\">".utf8)
        let close = Array("</script>".utf8)
        guard let start = page.firstRange(of: open)?.upperBound,
            let end = page[start...].firstRange(of: close)?.lowerBound
        else { return nil }
        let embedded = Array(page[start..<end])
        return Array(String(decoding: embedded, as: UTF8.self).replacingOccurrences(of: "\\u003c", with: "<").utf8)
    }
}
