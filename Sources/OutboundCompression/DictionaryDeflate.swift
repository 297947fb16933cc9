import CZlib
import Foundation

/// Small records (the ledger's blobs) compressed as raw deflate streams against a preset
/// dictionary: bytes that records share (their common words and layout) cost a back
/// reference instead of their length, which a record of a few kilobytes alone cannot offer.
///
/// The compressors and decompressors are pooled, each reset before use instead of set up
/// again (a deflate state is a quarter of a megabyte to allocate and clear); the pool is
/// safe to use from any thread. The output is deterministic: the same bytes, dictionary
/// and level always give the same stream.
public final class DictionaryDeflate: @unchecked Sendable {
    /// The preset dictionary (zlib uses at most its last 32 KiB).
    public let dictionary: [UInt8]
    /// The deflate level.
    public let level: Int32
    private let lock = NSLock()
    private var deflaters: [UnsafeMutablePointer<z_stream>] = []
    private var inflaters: [UnsafeMutablePointer<z_stream>] = []

    public init(dictionary: [UInt8], level: Int) {
        precondition((1...9).contains(level), "deflate level must be 1...9")
        self.dictionary = dictionary
        self.level = Int32(level)
    }

    deinit {
        for stream in deflaters {
            deflateEnd(stream)
            stream.deallocate()
        }
        for stream in inflaters {
            inflateEnd(stream)
            stream.deallocate()
        }
    }

    /// `bytes` compressed.
    public func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let stream = try takeDeflater()
        defer { put(deflater: stream) }
        var status = dictionary.withUnsafeBufferPointer {
            deflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
        }
        guard status == Z_OK else { throw ArchiveError(id: "zlib.deflate", message: "zlib refused the dictionary (status \(status))") }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 16)
        let produced: Int = try bytes.withUnsafeBufferPointer { input in
            try output.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = uInt(input.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                status = CZlib.deflate(stream, Z_FINISH)
                guard status == Z_STREAM_END else {
                    throw ArchiveError(id: "zlib.deflate", message: "zlib failed to compress (status \(status))")
                }
                return out.count - Int(stream.pointee.avail_out)
            }
        }
        output.removeSubrange(produced...)
        return output
    }

    /// The bytes of a stream `compress` wrote; throws for a damaged stream or one that
    /// inflates past `limit` bytes.
    public func decompress(_ bytes: [UInt8], limit: Int = 1 << 30) throws -> [UInt8] {
        let stream = try takeInflater()
        defer { put(inflater: stream) }
        var status = dictionary.withUnsafeBufferPointer {
            inflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
        }
        guard status == Z_OK else { throw ArchiveError(id: "zlib.inflate", message: "zlib refused the dictionary (status \(status))") }
        var output = [UInt8](repeating: 0, count: max(256, bytes.count * 6))
        var produced = 0
        try bytes.withUnsafeBufferPointer { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            while true {
                if produced == output.count {
                    guard output.count < limit else {
                        throw ArchiveError(id: "zlib.inflate", message: "the blob inflates past \(limit) bytes")
                    }
                    output.append(contentsOf: repeatElement(0, count: min(output.count, limit - output.count)))
                }
                status = output.withUnsafeMutableBufferPointer { out in
                    stream.pointee.next_out = out.baseAddress! + produced
                    stream.pointee.avail_out = uInt(out.count - produced)
                    let result = CZlib.inflate(stream, Z_FINISH)
                    produced = out.count - Int(stream.pointee.avail_out)
                    return result
                }
                if status == Z_STREAM_END { break }
                guard status == Z_BUF_ERROR || status == Z_OK, produced == output.count else {
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                    throw ArchiveError(id: "zlib.inflate", message: "a damaged blob: \(message)")
                }
            }
        }
        output.removeSubrange(produced...)
        return output
    }

    // MARK: The pools

    private func takeDeflater() throws -> UnsafeMutablePointer<z_stream> {
        lock.lock()
        if let stream = deflaters.popLast() {
            lock.unlock()
            deflateReset(stream)
            return stream
        }
        lock.unlock()
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = outbound_deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        guard status == Z_OK else {
            stream.deallocate()
            throw ArchiveError(id: "zlib.init", message: "zlib could not start a compressor (status \(status))")
        }
        return stream
    }

    private func put(deflater stream: UnsafeMutablePointer<z_stream>) {
        lock.lock()
        deflaters.append(stream)
        lock.unlock()
    }

    private func takeInflater() throws -> UnsafeMutablePointer<z_stream> {
        lock.lock()
        if let stream = inflaters.popLast() {
            lock.unlock()
            inflateReset(stream)
            return stream
        }
        lock.unlock()
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = outbound_inflateInit2(stream, -MAX_WBITS)
        guard status == Z_OK else {
            stream.deallocate()
            throw ArchiveError(id: "zlib.init", message: "zlib could not start a decompressor (status \(status))")
        }
        return stream
    }

    private func put(inflater stream: UnsafeMutablePointer<z_stream>) {
        lock.lock()
        inflaters.append(stream)
        lock.unlock()
    }
}
