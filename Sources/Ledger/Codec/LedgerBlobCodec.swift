import DossierModel
import Foundation
import OutboundCompression

/// How the ledger stores its blobs (a normalised dossier, a decision, a match text).
///
/// The values are written in the binary form (`BinaryEncoder`: their fields in order, no
/// keys), which decodes several times faster than JSON, and the ledger compresses them
/// against a dictionary of their kind when it stores them (`BlobDictionary`). A decision is
/// stored without its audit's reference files: the ledger keeps those once per run
/// (`reference_file`, `reference_set`) and gives them back with the decision
/// (`StoredDecision.references`), so `decision(_:references:)` puts them back.
///
/// Every form the ledger has written stays readable (`EncodedBlob`): the gzip-compressed and
/// plain JSON of ledgers from before the binary form included.
public enum LedgerBlobCodec {
    /// A dossier's blob.
    public static func encode(_ dossier: Dossier) throws -> EncodedBlob {
        try binary(dossier)
    }

    /// A decision's blob, without its audit's reference files.
    public static func encode(_ decision: Decision) throws -> EncodedBlob {
        var stored = decision
        stored.audit.references = []
        return try binary(stored)
    }

    /// Any other value's blob (a match text).
    public static func encode<Value: Encodable>(_ value: Value) throws -> EncodedBlob {
        try binary(value)
    }

    private static func binary<Value: Encodable>(_ value: Value) throws -> EncodedBlob {
        var bytes = [EncodedBlob.Form.binary]
        bytes.append(contentsOf: try BinaryEncoder.encode(value))
        return EncodedBlob(bytes: Data(bytes))
    }

    /// A stored decision, with the reference files its audit used.
    public static func decision(_ blob: EncodedBlob, references: [ReferenceUse]) throws -> Decision {
        var decision = try decode(Decision.self, blob)
        decision.audit.references = references
        return decision
    }

    /// The value a blob holds, in any form the ledger has written.
    public static func decode<Value: Decodable>(_ type: Value.Type, _ blob: EncodedBlob) throws -> Value {
        let bytes = blob.bytes
        switch bytes.first {
        case EncodedBlob.Form.binary:
            return try BinaryDecoder.decode(type, from: [UInt8](bytes.dropFirst()))
        case EncodedBlob.Form.compressed:
            let (id, start) = try BlobDictionary.header(of: bytes)
            guard let dictionary = blob.dictionary, dictionary.id == id else {
                throw BinaryDecodingError("a blob compressed with dictionary \(id), which was not read with it")
            }
            let body = [UInt8](bytes[(bytes.startIndex + start)...])
            return try BinaryDecoder.decode(type, from: try dictionary.decompress(body))
        case 0x1F:
            let json = try GzipReader(upstream: MemoryByteSource([UInt8](bytes))).readAll(limit: 1 << 30)
            return try JSONDecoder().decode(type, from: Data(json))
        case UInt8(ascii: "{"):
            return try JSONDecoder().decode(type, from: bytes)
        default:
            throw BinaryDecodingError("a blob of unknown form (first byte \(bytes.first.map { String($0, radix: 16) } ?? "none"))")
        }
    }
}
