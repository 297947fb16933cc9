/// One 512-byte tar header block (ustar layout, which also covers GNU and v7 headers): parsed
/// and checked by `TarReader`, built by `TarWriter`.
struct TarHeader {
    static let blockSize = 512

    /// The `name` field, up to its first NUL.
    var name: [UInt8]
    /// The POSIX `prefix` field; empty for GNU and v7 headers, where it means something else.
    var prefix: [UInt8]
    /// The size of the data that follows, in bytes.
    var size: Int
    /// `0` file, `5` directory, `1` hard link, `2` symlink, `x` pax, `L` GNU long name, …
    var typeflag: UInt8
    /// The `linkname` field, up to its first NUL.
    var linkName: [UInt8]

    /// The name with the prefix, as ustar joins them.
    var path: [UInt8] {
        prefix.isEmpty ? name : prefix + [UInt8(ascii: "/")] + name
    }

    /// Parses `block` (exactly 512 bytes), verifying its checksum and numeric fields.
    static func parse(_ block: [UInt8]) throws -> TarHeader {
        precondition(block.count == blockSize)
        guard let stored = number(block[148..<156]) else {
            throw ArchiveError.tarCorrupt("the header checksum field is not an octal number")
        }
        let sums = checksums(block)
        guard stored == sums.unsigned || stored == sums.signed else {
            throw ArchiveError.tarCorrupt("header checksum mismatch (stored \(stored), computed \(sums.unsigned))")
        }
        guard let size = number(block[124..<136]) else {
            throw ArchiveError.tarCorrupt("the size field is not a number")
        }
        let isPosix = block[257..<263].elementsEqual("ustar\0".utf8)
        return TarHeader(
            name: field(block[0..<100]),
            prefix: isPosix ? field(block[345..<500]) : [],
            size: size,
            typeflag: block[156],
            linkName: field(block[157..<257]))
    }

    /// True when `block` looks like a tar header: not all zeros and its checksum holds.
    static func isValidHeader(_ block: ArraySlice<UInt8>) -> Bool {
        guard block.count >= blockSize else { return false }
        let header = Array(block.prefix(blockSize))
        guard header.contains(where: { $0 != 0 }), let stored = number(header[148..<156]) else { return false }
        let sums = checksums(header)
        return stored == sums.unsigned || stored == sums.signed
    }

    /// The header sum with the checksum field read as spaces, unsigned and signed (old tars).
    private static func checksums(_ block: [UInt8]) -> (unsigned: Int, signed: Int) {
        var unsigned = 0
        var signed = 0
        for (i, byte) in block.enumerated() {
            let b = (148..<156).contains(i) ? UInt8(ascii: " ") : byte
            unsigned += Int(b)
            signed += Int(Int8(bitPattern: b))
        }
        return (unsigned, signed)
    }

    /// The bytes of a text field up to its first NUL.
    private static func field(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(bytes.prefix { $0 != 0 })
    }

    /// A numeric field: octal (spaces and NULs around it) or GNU base-256; nil when invalid.
    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        if first & 0x80 != 0 {
            guard first == 0x80 else { return nil }  // negative or wider than an Int
            var value = 0
            for byte in bytes.dropFirst() {
                guard value <= (Int.max >> 8) else { return nil }
                value = value << 8 | Int(byte)
            }
            return value
        }
        var value = 0
        var digits = bytes.drop { $0 == UInt8(ascii: " ") || $0 == 0 }[...]
        if digits.isEmpty { return 0 }
        while let byte = digits.first, byte != 0, byte != UInt8(ascii: " ") {
            guard (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte), value <= (Int.max >> 3) else { return nil }
            value = value << 3 | Int(byte - UInt8(ascii: "0"))
            digits = digits.dropFirst()
        }
        guard digits.allSatisfy({ $0 == 0 || $0 == UInt8(ascii: " ") }) else { return nil }
        return value
    }

    /// A ustar header block with a fixed owner (0:0), time and empty user names.
    static func encode(name: [UInt8], prefix: [UInt8], size: Int, typeflag: UInt8, mode: Int, linkName: [UInt8]) -> [UInt8] {
        precondition(name.count <= 100 && prefix.count <= 155 && linkName.count <= 100)
        var block = [UInt8](repeating: 0, count: blockSize)
        func put(_ bytes: [UInt8], at offset: Int) {
            block.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        }
        func octal(_ value: Int, width: Int) -> [UInt8] {
            let digits = String(value, radix: 8)
            return Array((String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits).utf8) + [0]
        }
        put(name, at: 0)
        put(octal(mode, width: 8), at: 100)
        put(octal(0, width: 8), at: 108)
        put(octal(0, width: 8), at: 116)
        put(octal(size, width: 12), at: 124)
        put(octal(Int(GzipWriter.fixedModificationTime), width: 12), at: 136)
        put(Array("        ".utf8), at: 148)
        block[156] = typeflag
        put(linkName, at: 157)
        put(Array("ustar\0".utf8), at: 257)
        put(Array("00".utf8), at: 263)
        put(octal(0, width: 8), at: 329)
        put(octal(0, width: 8), at: 337)
        put(prefix, at: 345)
        let sum = block.reduce(0) { $0 + Int($1) }
        put(octal(sum, width: 7) + [UInt8(ascii: " ")], at: 148)
        return block
    }
}
