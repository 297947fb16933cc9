import DossierModel

/// A forward-only stream read through a 64 KiB buffer, with exact-length reads and skips:
/// what the tar reader needs on top of any `ByteSource`.
final class BufferedInput {
    private let upstream: any ByteSource
    private let buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var ended = false

    init(_ upstream: any ByteSource) {
        self.upstream = upstream
        buffer = .allocate(byteCount: 64 * 1024, alignment: 1)
    }

    deinit {
        buffer.deallocate()
    }

    /// Reads up to `destination.count` bytes; 0 only at the end of the stream.
    func read(into destination: UnsafeMutableRawBufferPointer) throws -> Int {
        guard destination.count > 0 else { return 0 }
        if start == end {
            if ended { return 0 }
            if destination.count >= buffer.count { return try pull(into: destination) }
            start = 0
            end = try pull(into: buffer)
            if end == 0 { return 0 }
        }
        let n = min(destination.count, end - start)
        destination.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: n)
        start += n
        return n
    }

    /// Fills `destination` completely unless the stream ends; returns the count read.
    func readFully(into destination: UnsafeMutableRawBufferPointer) throws -> Int {
        var done = 0
        while done < destination.count {
            let n = try read(into: UnsafeMutableRawBufferPointer(rebasing: destination[done...]))
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Exactly `count` bytes, or fewer when the stream ends first.
    func read(count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = try bytes.withUnsafeMutableBytes { try readFully(into: $0) }
        bytes.removeSubrange(n...)
        return bytes
    }

    /// Reads and drops `count` bytes; returns how many there were (fewer at the end).
    func skip(_ count: Int) throws -> Int {
        var left = count
        while left > 0 {
            if start == end {
                if ended { break }
                start = 0
                end = try pull(into: buffer)
                if end == 0 { break }
            }
            let n = min(left, end - start)
            start += n
            left -= n
        }
        return count - left
    }

    /// Reads to the end of the stream, so that a compressed upstream verifies its trailer.
    func drain() throws {
        start = end
        while try pull(into: buffer) > 0 {}
        start = 0
        end = 0
    }

    private func pull(into destination: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !ended else { return 0 }
        let n = try upstream.read(into: destination)
        if n == 0 { ended = true }
        return n
    }
}
