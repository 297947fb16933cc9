/// Reads little-endian fields from a run of bytes, throwing a given error when a field runs
/// past the end.
struct LittleEndianReader {
    private let bytes: ArraySlice<UInt8>
    private let overrun: ArchiveError
    /// Offset of the next field from the start of the bytes.
    private(set) var offset = 0

    init(_ bytes: ArraySlice<UInt8>, overrun: ArchiveError) {
        self.bytes = bytes
        self.overrun = overrun
    }

    init(_ bytes: [UInt8], overrun: ArchiveError) {
        self.init(bytes[...], overrun: overrun)
    }

    /// Bytes left after the current offset.
    var remaining: Int { bytes.count - offset }

    mutating func u16() throws -> UInt16 {
        let b = try take(2)
        return UInt16(b[b.startIndex]) | UInt16(b[b.startIndex + 1]) << 8
    }

    mutating func u32() throws -> UInt32 {
        let b = try take(4)
        var v: UInt32 = 0
        for (i, byte) in b.enumerated() { v |= UInt32(byte) << (8 * UInt32(i)) }
        return v
    }

    mutating func u64() throws -> UInt64 {
        let b = try take(8)
        var v: UInt64 = 0
        for (i, byte) in b.enumerated() { v |= UInt64(byte) << (8 * UInt64(i)) }
        return v
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else { throw overrun }
        let start = bytes.startIndex + offset
        offset += count
        return bytes[start..<(start + count)]
    }

    /// Moves past `count` bytes.
    mutating func skip(_ count: Int) throws {
        _ = try take(count)
    }
}

/// Builds little-endian records for the writers.
struct LittleEndianWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u16(_ v: UInt16) {
        bytes.append(UInt8(v & 0xff))
        bytes.append(UInt8(v >> 8))
    }

    mutating func u32(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((v >> UInt32(shift)) & 0xff)) }
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }
}
