import CZlib

/// An inflate decompressor over a pinned `z_stream` (zlib keeps a pointer back to it, so it
/// must never move), with the input handed over by pointer.
final class Inflater {
    /// What one call to `inflate` did.
    struct Step {
        /// zlib's status: `Z_OK`, `Z_STREAM_END`, `Z_BUF_ERROR`, `Z_DATA_ERROR`, …
        var status: Int32
        /// Bytes written to the output.
        var produced: Int
        /// Bytes taken from the input.
        var consumed: Int
    }

    private let stream: UnsafeMutablePointer<z_stream>

    /// A decompressor for raw deflate (`windowBits` -15) or gzip (31).
    init(windowBits: Int32) throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = outbound_inflateInit2(stream, windowBits)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ArchiveError(id: "zlib.init", message: "zlib could not start a decompressor (status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Bytes of the current input not yet consumed.
    var pendingInput: Int { Int(stream.pointee.avail_in) }

    /// Where the unconsumed input starts.
    var nextInput: UnsafeMutablePointer<UInt8>? { stream.pointee.next_in }

    /// Hands zlib `count` bytes at `base`; they must stay valid until consumed.
    func setInput(_ base: UnsafeMutablePointer<UInt8>?, count: Int) {
        precondition(count <= Int(UInt32.max))
        stream.pointee.next_in = base
        stream.pointee.avail_in = uInt(count)
    }

    /// Inflates into the first `limit` bytes of `output`.
    func inflate(into output: UnsafeMutableRawBufferPointer, limit: Int) -> Step {
        let room = min(output.count, limit, Int(UInt32.max))
        let before = pendingInput
        stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(room)
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        return Step(status: status, produced: room - Int(stream.pointee.avail_out), consumed: before - pendingInput)
    }

    /// Starts a new stream with the same settings, keeping the pending input.
    func reset() {
        inflateReset(stream)
    }

    /// zlib's explanation of the last error (`invalid distance too far back`), if any.
    var message: String {
        stream.pointee.msg.map { String(cString: $0) } ?? "unknown zlib error"
    }
}
