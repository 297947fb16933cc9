import DossierModel
import Foundation

/// Renders `packet.json`: the `PacketDocument` of a decision as canonical JSON.
public enum PacketJSON {
    /// The bytes of `packet.json` for one decision (a short packet for a quarantined one).
    /// `change` adds the `change` object (a re-classified dossier, `docs/reclassify.md`).
    public static func render(_ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange? = nil) throws -> Data {
        var document = PacketDocument(decision: decision, dossier: dossier, run: run)
        document.change = change
        var bytes = try CanonicalJSON.encode(document, PrettyLayout.self)
        bytes.append(0x0A)
        return Data(bytes)
    }
}
