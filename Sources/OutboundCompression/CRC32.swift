import CZlib

/// A running CRC-32 (the zip and gzip checksum), computed by zlib.
struct CRC32: Sendable, Hashable {
    /// The checksum of everything given so far.
    private(set) var value: UInt32 = 0

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
        var left = bytes.count
        var crc = uLong(value)
        while left > 0 {
            let chunk = min(left, 1 << 30)
            crc = crc32(crc, base, uInt(chunk))
            base += chunk
            left -= chunk
        }
        value = UInt32(truncatingIfNeeded: crc)
    }

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
