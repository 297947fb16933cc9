import DossierModel
import Foundation

/// A stored value's bytes: a dossier, a decision or a match text in the form
/// `LedgerBlobCodec` writes.
///
/// The first byte says the form: `0x01` the binary form (`BinaryEncoder`), `0x02` the binary
/// form compressed against one of the ledger's dictionaries (its id follows as a varint, then
/// the raw deflate stream), and the forms of earlier ledgers, which stay readable without a
/// migration: gzip-compressed JSON (`1f 8b`) and plain JSON (`{`). A compressed blob read
/// from a ledger carries the dictionary it needs.
public struct EncodedBlob: Sendable, Hashable {
    public var bytes: Data
    /// The dictionary of a compressed blob, attached by the ledger that read it.
    public var dictionary: BlobDictionary?

    public init(bytes: Data, dictionary: BlobDictionary? = nil) {
        self.bytes = bytes
        self.dictionary = dictionary
    }

    public static func == (a: EncodedBlob, b: EncodedBlob) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    /// The form tags.
    enum Form {
        static let binary: UInt8 = 0x01
        static let compressed: UInt8 = 0x02
    }

    /// True when the bytes are the binary form, not yet compressed.
    public var isUncompressedBinary: Bool { bytes.first == Form.binary }
}
