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
