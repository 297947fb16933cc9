import Crypto
import Foundation

/// SHA-256 content hashes, written as lowercase hex: of a dossier's bytes, an input file, or
/// a reference file (catalogue, party list, routing table, calendar) a decision used.
public enum ContentHash {
    /// The hash of `bytes`.
    public static func sha256<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The hash of a UTF-8 string's bytes.
    public static func sha256(text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// The hash of a file, read in 1 MiB pieces so that a file of any size costs little memory.
    public static func sha256(file path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var hasher = ContentHasher()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
        }
        return hasher.finalise()
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A SHA-256 fed piece by piece, for bytes that arrive as a stream.
public struct ContentHasher: Sendable {
    private var state = SHA256()

    public init() {}

    /// Adds the next piece.
    public mutating func update<Bytes: DataProtocol>(_ bytes: Bytes) {
        state.update(data: bytes)
    }

    /// The hash of everything added, as lowercase hex.
    public func finalise() -> String {
        ContentHash.hex(state.finalize())
    }
}
