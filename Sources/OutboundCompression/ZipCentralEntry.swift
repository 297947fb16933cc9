/// One central directory entry of a zip, as stored (before any check of its name or data).
struct ZipCentralEntry {
    static let signature: UInt32 = 0x0201_4b50
    static let fixedSize = 46

    /// Position in the central directory, from 0.
    var index: Int
    /// The name as stored, decoded (UTF-8, or CP437 when not valid UTF-8).
    var name: String
    /// The Info-ZIP Unicode Path (extra field 0x7075), when present and matching the name.
    var unicodePath: String?
    var flags: UInt16
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
    var externalAttributes: UInt32

    /// The Unix file type bits (`S_IFMT`) of the external attributes.
    var unixFileType: UInt32 { (externalAttributes >> 16) & 0o170000 }

    /// True when the name ends in a slash or the Unix mode says directory.
    var isDirectory: Bool {
        name.hasSuffix("/") || name.hasSuffix("\\") || unixFileType == 0o040000
    }

    /// Parses the entry at the reader's position (`index` is used in messages).
    static func parse(_ r: inout LittleEndianReader, index: Int, at offset: Int) throws -> ZipCentralEntry {
        let signature = try r.u32()
        guard signature == ZipCentralEntry.signature else {
            throw ArchiveError.zipBadSignature("central directory file header", found: signature, at: offset)
        }
        _ = try r.u16()  // version made by
        _ = try r.u16()  // version needed
        let flags = try r.u16()
        let method = try r.u16()
        _ = try r.u32()  // time, date
        let crc = try r.u32()
        let compressed32 = try r.u32()
        let uncompressed32 = try r.u32()
        let nameLength = Int(try r.u16())
        let extraLength = Int(try r.u16())
        let commentLength = Int(try r.u16())
        let disk16 = try r.u16()
        _ = try r.u16()  // internal attributes
        let external = try r.u32()
        let offset32 = try r.u32()
        let rawName = Array(try r.take(nameLength))
        let extra = try r.take(extraLength)
        try r.skip(commentLength)

        let name = ArchivePath.decode(rawName, fallback: .cp437)
        var entry = ZipCentralEntry(
            index: index, name: name, unicodePath: nil, flags: flags, method: method,
            crc32: crc, compressedSize: Int(compressed32), uncompressedSize: Int(uncompressed32),
            localHeaderOffset: Int(offset32), externalAttributes: external)
        try entry.readExtraFields(
            extra, rawName: rawName, disk16: disk16,
            saturated: (uncompressed32 == 0xffff_ffff, compressed32 == 0xffff_ffff, offset32 == 0xffff_ffff))
        if disk16 != 0 && disk16 != 0xffff {
            throw ArchiveError.zipMultiDisk("member '\(name)' starts on disk \(disk16)")
        }
        return entry
    }

    /// Walks the extra fields: checks that each fits, reads zip64 sizes and the Unicode path.
    private mutating func readExtraFields(
        _ extra: ArraySlice<UInt8>, rawName: [UInt8], disk16: UInt16,
        saturated: (uncompressed: Bool, compressed: Bool, offset: Bool)
    ) throws {
        var r = LittleEndianReader(extra, overrun: .zipExtraField("an extra field of '\(name)' is cut short", member: name))
        // Fewer than four trailing bytes cannot hold a field header; like other readers, ignore them.
        while r.remaining >= 4 {
            let id = try r.u16()
            let length = Int(try r.u16())
            guard length <= r.remaining else {
                throw ArchiveError.zipExtraField(
                    "extra field 0x\(String(id, radix: 16)) of '\(name)' declares \(length) bytes but only \(r.remaining) remain",
                    member: name)
            }
            let data = try r.take(length)
            switch id {
            case 0x0001:
                try readZip64(data, saturated: saturated, diskSaturated: disk16 == 0xffff)
            case 0x7075:
                readUnicodePath(data, rawName: rawName)
            default:
                break
            }
        }
    }

    /// The zip64 extended information field: 64-bit values for exactly the saturated fields, in order.
    private mutating func readZip64(
        _ data: ArraySlice<UInt8>, saturated: (uncompressed: Bool, compressed: Bool, offset: Bool), diskSaturated: Bool
    ) throws {
        var r = LittleEndianReader(data, overrun: .zipExtraField("", member: name))
        func value(_ what: String) throws -> Int {
            guard r.remaining >= 8 else {
                throw ArchiveError.zipExtraField(
                    "the zip64 extended information extra field of '\(name)' does not include the \(what)", member: name)
            }
            let v = try r.u64()
            guard v <= UInt64(Int.max) else {
                throw ArchiveError.zipExtraField("the zip64 \(what) of '\(name)' is impossibly large", member: name)
            }
            return Int(v)
        }
        if saturated.uncompressed { uncompressedSize = try value("uncompressed size") }
        if saturated.compressed { compressedSize = try value("compressed size") }
        if saturated.offset { localHeaderOffset = try value("local header offset") }
        if diskSaturated {
            guard r.remaining >= 4 else {
                throw ArchiveError.zipExtraField(
                    "the zip64 extended information extra field of '\(name)' does not include the disk number", member: name)
            }
            let disk = try r.u32()
            if disk != 0 { throw ArchiveError.zipMultiDisk("member '\(name)' starts on disk \(disk)") }
        }
    }

    /// Info-ZIP Unicode Path: version 1, the CRC-32 of the stored name, then the UTF-8 name.
    private mutating func readUnicodePath(_ data: ArraySlice<UInt8>, rawName: [UInt8]) {
        guard data.count > 5, data.first == 1 else { return }
        let b = Array(data)
        let crc = UInt32(b[1]) | UInt32(b[2]) << 8 | UInt32(b[3]) << 16 | UInt32(b[4]) << 24
        guard crc == CRC32.checksum(rawName) else { return }
        unicodePath = String(validating: b[5...], as: UTF8.self)
    }
}
