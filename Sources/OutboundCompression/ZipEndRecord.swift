/// Where a zip's central directory is, read from the end of central directory record and,
/// for zip64 archives, the zip64 locator and record.
struct ZipEndRecord {
    /// Number of central directory entries.
    var entryCount: Int
    /// Offset of the first central directory entry.
    var directoryOffset: Int
    /// Size of the central directory in bytes.
    var directorySize: Int

    static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    static let zip64Signature: UInt32 = 0x0606_4b50
    /// Fixed part of the end record; a comment of up to 65,535 bytes may follow.
    static let fixedSize = 22

    /// Finds and checks the end records of the zip in `source`.
    static func locate(in source: any RandomAccessByteSource) throws -> ZipEndRecord {
        let size = source.size
        guard size >= fixedSize else { throw ArchiveError.zipNotZip("the file has only \(size) bytes") }
        let tailStart = max(0, size - (0xffff + fixedSize))
        let tail = try source.read(at: tailStart, count: size - tailStart)
        guard let found = findEndRecord(in: tail) else {
            throw ArchiveError.zipNotZip("no end of central directory record in the last \(tail.count) bytes")
        }
        let endOffset = tailStart + found
        var r = LittleEndianReader(tail[(found + 4)...], overrun: .zipNotZip("the end of central directory record is cut short"))
        let disk = try r.u16()
        let directoryDisk = try r.u16()
        let entriesOnDisk = try r.u16()
        let entries = try r.u16()
        let directorySize = try r.u32()
        let directoryOffset = try r.u32()

        let saturated =
            entries == 0xffff || entriesOnDisk == 0xffff || directorySize == 0xffff_ffff
            || directoryOffset == 0xffff_ffff || disk == 0xffff || directoryDisk == 0xffff
        if !saturated {
            guard disk == 0, directoryDisk == 0, entriesOnDisk == entries else {
                throw ArchiveError.zipMultiDisk("found disk number \(disk), central directory on disk \(directoryDisk)")
            }
            let record = ZipEndRecord(entryCount: Int(entries), directoryOffset: Int(directoryOffset), directorySize: Int(directorySize))
            try record.check(recordsStart: endOffset, fileSize: size)
            return record
        }
        return try zip64(source: source, endOffset: endOffset)
    }

    /// The offset in `tail` of the end record: preferably one whose comment reaches exactly
    /// to the end of the file, else the last signature whose comment fits.
    private static func findEndRecord(in tail: [UInt8]) -> Int? {
        guard tail.count >= fixedSize else { return nil }
        var fallback: Int?
        for i in stride(from: tail.count - fixedSize, through: 0, by: -1)
        where tail[i] == 0x50 && tail[i + 1] == 0x4b && tail[i + 2] == 0x05 && tail[i + 3] == 0x06 {
            let commentLength = Int(tail[i + 20]) | Int(tail[i + 21]) << 8
            if i + fixedSize + commentLength == tail.count { return i }
            if fallback == nil && i + fixedSize + commentLength <= tail.count { fallback = i }
        }
        return fallback
    }

    /// Reads the zip64 locator just before the end record, then the zip64 record it points to.
    private static func zip64(source: any RandomAccessByteSource, endOffset: Int) throws -> ZipEndRecord {
        let locatorOffset = endOffset - 20
        guard locatorOffset >= 0 else {
            throw ArchiveError.zipNotZip("the end record needs a zip64 locator but starts at offset \(endOffset)")
        }
        let locator = try source.read(at: locatorOffset, count: 20)
        var l = LittleEndianReader(locator, overrun: .zipTruncated("the zip64 end of central directory locator is cut short"))
        let locatorSignature = try l.u32()
        guard locatorSignature == zip64LocatorSignature else {
            throw ArchiveError.zipBadSignature("zip64 end of central directory locator", found: locatorSignature, at: locatorOffset)
        }
        let recordDisk = try l.u32()
        let recordOffset64 = try l.u64()
        let totalDisks = try l.u32()
        guard recordDisk == 0, totalDisks <= 1 else {
            throw ArchiveError.zipMultiDisk("the zip64 locator names disk \(recordDisk) of \(totalDisks)")
        }
        guard recordOffset64 <= UInt64(locatorOffset), recordOffset64 + 56 <= UInt64(locatorOffset) else {
            throw ArchiveError.zipTruncated("the zip64 end of central directory record offset \(recordOffset64) is not before its locator")
        }
        let recordOffset = Int(recordOffset64)
        let record = try source.read(at: recordOffset, count: 56)
        var r = LittleEndianReader(record, overrun: .zipTruncated("the zip64 end of central directory record is cut short"))
        let signature = try r.u32()
        guard signature == zip64Signature else {
            throw ArchiveError.zipBadSignature("zip64 end of central directory record", found: signature, at: recordOffset)
        }
        try r.skip(8 + 2 + 2)  // record size, versions
        let disk = try r.u32()
        let directoryDisk = try r.u32()
        let entriesOnDisk = try r.u64()
        let entries = try r.u64()
        let directorySize = try r.u64()
        let directoryOffset = try r.u64()
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entries else {
            throw ArchiveError.zipMultiDisk("found disk number \(disk), central directory on disk \(directoryDisk)")
        }
        let limit = UInt64(Int.max)
        guard entries <= limit, directorySize <= limit, directoryOffset <= limit else {
            throw ArchiveError.zipCorrupt("the zip64 end of central directory record holds impossible values")
        }
        let end = ZipEndRecord(entryCount: Int(entries), directoryOffset: Int(directoryOffset), directorySize: Int(directorySize))
        try end.check(recordsStart: recordOffset, fileSize: source.size)
        return end
    }

    /// The central directory must lie between the start of the file and the end records.
    private func check(recordsStart: Int, fileSize: Int) throws {
        if directoryOffset > fileSize || directorySize > fileSize - directoryOffset {
            throw ArchiveError.zipTruncated(
                "the central directory (\(directorySize) bytes at offset \(directoryOffset)) runs past the end of the file (\(fileSize) bytes)"
            )
        }
        if directoryOffset + directorySize > recordsStart {
            throw ArchiveError.zipCorrupt(
                "the central directory (\(directorySize) bytes at offset \(directoryOffset)) overlaps the end record at offset \(recordsStart)"
            )
        }
    }
}
