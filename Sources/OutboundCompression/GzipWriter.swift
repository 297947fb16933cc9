/// Writes a gzip file as the data comes, so a large export never sits whole in memory.
///
/// The output is deterministic: the header carries a fixed time (2026-01-01T00:00:00Z), no
/// file name and the Unix OS byte, so the same bytes at the same level give the same file.
/// Call `close()` at the end: a writer released without it leaves an incomplete file.
public final class GzipWriter {
    /// The modification time written in every header: 2026-01-01T00:00:00Z.
    public static let fixedModificationTime: UInt32 = 1_767_225_600

    private let sink: any ByteSink
    private let deflater: Deflater
    private var crc = CRC32()
    private var inputSize: UInt64 = 0
    private var closed = false

    /// Creates (or truncates) the file at `path` and writes the gzip header.
    /// - Parameter level: deflate level, 0 (store) to 9 (best); 6 is zlib's default.
    public convenience init(path: String, level: Int = 6) throws {
        try self.init(sink: FileSink(path: path), level: level)
    }

    init(sink: any ByteSink, level: Int) throws {
        self.sink = sink
        deflater = try Deflater(level: level)
        let t = GzipWriter.fixedModificationTime
        let xfl: UInt8 = level == 9 ? 2 : (level == 1 ? 4 : 0)
        try sink.write([
            0x1f, 0x8b, 8, 0,
            UInt8(t & 0xff), UInt8((t >> 8) & 0xff), UInt8((t >> 16) & 0xff), UInt8(t >> 24),
            xfl, 3,
        ])
    }

    /// Compresses and writes `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Compresses and writes `string` as UTF-8.
    public func write(_ string: String) throws {
        var copy = string
        try copy.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Compresses and writes `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!closed, "GzipWriter used after close()")
        crc.update(bytes)
        inputSize &+= UInt64(bytes.count)
        try deflater.deflate(bytes, finish: false) { try sink.write($0) }
    }

    /// Finishes the stream, writes the trailer (CRC-32 and size) and closes the file.
    /// Calling it again does nothing.
    public func close() throws {
        guard !closed else { return }
        closed = true
        try deflater.deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) { try sink.write($0) }
        let c = crc.value
        let n = UInt32(truncatingIfNeeded: inputSize)
        try sink.write([
            UInt8(c & 0xff), UInt8((c >> 8) & 0xff), UInt8((c >> 16) & 0xff), UInt8(c >> 24),
            UInt8(n & 0xff), UInt8((n >> 8) & 0xff), UInt8((n >> 16) & 0xff), UInt8(n >> 24),
        ])
        if let file = sink as? FileSink { try file.close() }
    }

    /// The gzip file of `bytes`, built in memory.
    public static func compress(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
        let sink = MemorySink()
        let writer = try GzipWriter(sink: sink, level: level)
        try writer.write(bytes)
        try writer.close()
        return sink.bytes
    }
}
