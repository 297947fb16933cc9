import DossierModel
import Foundation
import OutboundCompression
import Packets

/// How the ledger stores its blobs (a normalised dossier, a decision, a match text): the
/// canonical compact JSON (`CanonicalJSON`: keys sorted, the bytes Foundation's `JSONEncoder`
/// writes), gzip-compressed at level 1. The blobs are written for every dossier and read back
/// only for a skip or a re-classification, so speed counts more than the last bytes (500
/// generated dossiers: 0.47 G instructions instead of 0.69 G at the default level).
///
/// A blob carries the name of its encoding (`EncodedBlob.encoding`), so a later encoding
/// needs no migration: `decode` reads every encoding the ledger has ever written.
public enum LedgerBlobCodec {
    /// The encoding written now.
    public static let encoding = "json+gzip"

    /// The deflate level of the blobs.
    static let level = 1

    /// The blob of `value`. A `Dossier` or a `Decision` is written by `CanonicalJSON`'s
    /// direct writers, anything else through its `Codable`.
    public static func encode<Value: Encodable>(_ value: Value) throws -> EncodedBlob {
        let json: [UInt8]
        if let dossier = value as? Dossier {
            json = CanonicalJSON.compact(dossier)
        } else if let decision = value as? Decision {
            json = try CanonicalJSON.compact(decision)
        } else {
            json = [UInt8](try CanonicalJSON.encode(value, pretty: false))
        }
        return EncodedBlob(bytes: Data(try GzipWriter.compress(json, level: level)), encoding: encoding)
    }

    /// The value a blob holds, in any encoding the ledger has written (`json+gzip`, `json`).
    public static func decode<Value: Decodable>(_ type: Value.Type, _ blob: EncodedBlob) throws -> Value {
        let json: [UInt8]
        switch blob.encoding {
        case encoding:
            json = try GzipReader(upstream: MemoryByteSource([UInt8](blob.bytes))).readAll(limit: 1 << 30)
        case "json":
            json = [UInt8](blob.bytes)
        default:
            throw CocoaError(.coderReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: "unknown blob encoding \(blob.encoding)"])
        }
        return try JSONDecoder().decode(type, from: Data(json))
    }
}
