import Foundation
import OutboundCompression

/// A preset dictionary the ledger compresses one kind of blob against (`DictionaryDeflate`):
/// made once per ledger from the first blobs of its kind it stores, kept in the ledger
/// (`blob_dictionary`), and named by its id in every blob compressed with it. Blobs of a few
/// kilobytes share most of their words and layout with their neighbours, which a blob alone
/// cannot exploit: with a dictionary the 2,000 generated dossiers of the benchmark store in
/// 2.0 KB each instead of 2.6 KB, their decisions in 0.3 KB instead of 0.8 KB.
public final class BlobDictionary: Sendable, CustomStringConvertible {
    /// The kinds of blob with a dictionary of their own.
    public enum Kind: String, Sendable, CaseIterable {
        case dossier, decision
    }

    /// Its id in the ledger.
    public let id: Int64
    public let kind: Kind
    let deflate: DictionaryDeflate

    /// The deflate level the ledger stores with: zlib's default. Level 3 was cheaper, but 6
    /// makes the dossier blobs 9 % smaller with the dictionary, which keeps the ledger under a
    /// quarter of its input (docs/benchmark.md, Round 6).
    public static let level = 6

    /// The bytes a dictionary is made of, at most: zlib's window.
    public static let maximumSize = 32 * 1024

    public init(id: Int64, kind: Kind, bytes: [UInt8]) {
        self.id = id
        self.kind = kind
        deflate = DictionaryDeflate(dictionary: bytes, level: Self.level)
    }

    /// The dictionary's bytes.
    public var bytes: [UInt8] { deflate.dictionary }

    public var description: String { "\(kind.rawValue) dictionary \(id) (\(bytes.count) bytes)" }

    /// The bytes of a dictionary made from `samples` (binary blobs of its kind, in the order
    /// stored): the last `maximumSize` bytes of their concatenation, the form tags left out.
    public static func bytes(from samples: [[UInt8]]) -> [UInt8] {
        var joined: [UInt8] = []
        for sample in samples { joined.append(contentsOf: sample.dropFirst()) }
        return Array(joined.suffix(maximumSize))
    }

    /// A binary blob compressed: the tag, this dictionary's id, the deflate stream.
    public func compress(_ blob: EncodedBlob) throws -> EncodedBlob {
        guard blob.isUncompressedBinary else { return blob }
        var out = Data([EncodedBlob.Form.compressed])
        var id = UInt64(self.id)
        while id >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: id) | 0x80)
            id >>= 7
        }
        out.append(UInt8(id))
        out.append(contentsOf: try deflate.compress([UInt8](blob.bytes.dropFirst())))
        return EncodedBlob(bytes: out, dictionary: self)
    }

    /// The binary form of a blob this dictionary compressed (its tag and id already read:
    /// `body` is the deflate stream).
    func decompress(_ body: [UInt8]) throws -> [UInt8] {
        try deflate.decompress(body)
    }

    /// The dictionary id of a compressed blob, and where its deflate stream starts.
    static func header(of bytes: Data) throws -> (id: Int64, body: Int) {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        var index = bytes.startIndex + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return (Int64(value), index - bytes.startIndex) }
            shift += 7
            if shift >= 64 { break }
        }
        throw BinaryDecodingError("a compressed blob without a dictionary id")
    }
}
