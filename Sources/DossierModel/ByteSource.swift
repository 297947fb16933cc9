/// A forward-only stream of bytes: a file, a gzip stream as it inflates, an archive member.
///
/// Readers (XML, archive members) pull from it in chunks, so no input is ever held whole.
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`; returns 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Reads the rest of the stream, failing once more than `limit` bytes have been read.
    public func readAll(limit: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if n == 0 { return out }
            if out.count + n > limit { throw ByteLimitExceeded(limit: limit) }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}

/// A byte source over bytes already in memory.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        if n <= 0 { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}

/// Gives some bytes already read (to sniff them), then the rest of the stream they came from.
public final class PrefixedByteSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: any ByteSource

    public init(prefix: [UInt8], upstream: any ByteSource) {
        self.prefix = prefix
        self.rest = upstream
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        if offset < prefix.count {
            let n = min(buffer.count, prefix.count - offset)
            prefix.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            offset += n
            if offset == prefix.count {
                prefix = []
                offset = 0
            }
            return n
        }
        return try rest.read(into: buffer)
    }
}

/// Thrown by `readAll(limit:)` when a stream is longer than allowed.
public struct ByteLimitExceeded: Error, Sendable, CustomStringConvertible {
    public var limit: Int
    public var description: String { "stream is longer than the limit of \(limit) bytes" }
}
