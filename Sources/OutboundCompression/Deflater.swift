import CZlib

/// A raw deflate compressor (no zlib or gzip wrapper) over a pinned `z_stream`.
///
/// The writers add their own headers and trailers so that the output does not depend on
/// the platform zlib was built for.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutableRawBufferPointer
    private var finished = false

    /// A compressor at `level` (0 stores, 9 compresses best).
    init(level: Int) throws {
        precondition((0...9).contains(level), "deflate level must be 0...9")
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = .allocate(byteCount: 64 * 1024, alignment: 1)
        let status = outbound_deflateInit2(stream, Int32(level), Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            output.deallocate()
            throw ArchiveError(id: "zlib.init", message: "zlib could not start a compressor (status \(status))")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `input`, handing every finished piece of output to `emit`; with `finish`
    /// the stream is closed and no more input is accepted.
    func deflate(_ input: UnsafeRawBufferPointer, finish: Bool, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        precondition(!finished, "deflate called after the stream was finished")
        var base = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        var left = input.count
        repeat {
            let chunk = min(left, Int(UInt32.max))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
            stream.pointee.avail_in = uInt(chunk)
            left -= chunk
            let flush = finish && left == 0 ? Z_FINISH : Z_NO_FLUSH
            while true {
                stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(output.count)
                let status = CZlib.deflate(stream, flush)
                let produced = output.count - Int(stream.pointee.avail_out)
                if produced > 0 { try emit(UnsafeRawBufferPointer(rebasing: output[0..<produced])) }
                if status == Z_STREAM_END {
                    finished = true
                    break
                }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw ArchiveError(id: "zlib.deflate", message: "zlib failed to compress (status \(status))")
                }
                // Without Z_FINISH, deflate is done with this input once it leaves output space.
                if flush != Z_FINISH && stream.pointee.avail_out != 0 { break }
            }
            if let b = base { base = b + chunk }
        } while left > 0
    }

    /// Compresses all of `bytes` as one raw deflate stream.
    static func compress(_ bytes: [UInt8], level: Int) throws -> [UInt8] {
        let deflater = try Deflater(level: level)
        var out: [UInt8] = []
        try bytes.withUnsafeBytes { input in
            try deflater.deflate(input, finish: true) { out.append(contentsOf: $0) }
        }
        return out
    }
}
