import DossierModel

/// Bytes that can be read at any offset: what the zip reader needs, since a zip is read
/// from its end.
public protocol RandomAccessByteSource: AnyObject {
    /// The total number of bytes.
    var size: Int { get }
    /// Reads up to `buffer.count` bytes starting at `offset`; fewer only at the end.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension RandomAccessByteSource {
    /// Up to `count` bytes starting at `offset` (fewer only at the end).
    public func read(at offset: Int, count: Int) throws -> [UInt8] {
        precondition(offset >= 0 && count >= 0)
        var bytes = [UInt8](repeating: 0, count: count)
        let n = try bytes.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        bytes.removeSubrange(n...)
        return bytes
    }
}

/// A random-access source over bytes already in memory: a nested archive that was read out
/// of its parent (within the limits), never written to disk.
public final class MemoryRandomAccessSource: RandomAccessByteSource {
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var size: Int { bytes.count }

    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < bytes.count else { return 0 }
        let n = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
        }
        return n
    }
}
