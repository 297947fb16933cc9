import CZlib
import Foundation

/// Small records (the ledger's blobs) compressed as raw deflate streams against a preset
/// dictionary: bytes that records share (their common words and layout) cost a back
/// reference instead of their length, which a record of a few kilobytes alone cannot offer.
///
/// Setting a dictionary makes zlib hash every one of its positions, which for a 32 KiB
/// dictionary costs more than compressing a blob; so one compressor is primed with the
/// dictionary once and each blob is compressed by a copy of it (`deflateCopy`: a few
/// memory copies). The decompressors are pooled, each reset before use (inflate's dictionary
/// is a plain copy). Safe to use from any thread. The output is deterministic: the same
/// bytes, dictionary and level always give the same stream, the stream a compressor set up
/// afresh would write.
public final class DictionaryDeflate: @unchecked Sendable {
    /// The preset dictionary (zlib uses at most its last 32 KiB).
    public let dictionary: [UInt8]
    /// The deflate level.
    public let level: Int32
    private let lock = NSLock()
    /// The compressor primed with the dictionary, copied for each blob and never used itself.
    private var primed: UnsafeMutablePointer<z_stream>?
    private var inflaters: [UnsafeMutablePointer<z_stream>] = []

    public init(dictionary: [UInt8], level: Int) {
        precondition((1...9).contains(level), "deflate level must be 1...9")
        self.dictionary = dictionary
        self.level = Int32(level)
    }

    deinit {
        if let primed {
            deflateEnd(primed)
            primed.deallocate()
        }
        for stream in inflaters {
            inflateEnd(stream)
            stream.deallocate()
        }
    }

    /// `bytes` compressed.
    public func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let source = try primedDeflater()
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        var status = deflateCopy(stream, source)
        guard status == Z_OK else {
            stream.deallocate()
            throw ArchiveError(id: "zlib.init", message: "zlib could not copy the primed compressor (status \(status))")
        }
        defer {
            deflateEnd(stream)
            stream.deallocate()
        }
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

    /// The compressor primed with the dictionary, set up at the first call.
    private func primedDeflater() throws -> UnsafeMutablePointer<z_stream> {
        lock.lock()
        defer { lock.unlock() }
        if let primed { return primed }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        var status = outbound_deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        guard status == Z_OK else {
            stream.deallocate()
            throw ArchiveError(id: "zlib.init", message: "zlib could not start a compressor (status \(status))")
        }
        status = dictionary.withUnsafeBufferPointer { deflateSetDictionary(stream, $0.baseAddress, uInt($0.count)) }
        guard status == Z_OK else {
            deflateEnd(stream)
            stream.deallocate()
            throw ArchiveError(id: "zlib.deflate", message: "zlib refused the dictionary (status \(status))")
        }
        primed = stream
        return stream
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
