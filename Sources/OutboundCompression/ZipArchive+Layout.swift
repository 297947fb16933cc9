/// The checks on where members lie in the file: local headers, bounds and overlap.
extension ZipArchive {
    static let localSignature: UInt32 = 0x0403_4b50
    static let localFixedSize = 30

    /// Reads every local header, checks it against its central entry, and checks that every
    /// member's bytes lie inside the file, before the central directory and apart from all
    /// others. Returns the offset of each member's data.
    static func checkLayout(
        _ source: any RandomAccessByteSource, _ entries: [ZipCentralEntry], directoryOffset: Int, names: [String]
    ) throws -> [Int] {
        let size = source.size
        var dataOffsets: [Int] = []
        var spans: [(start: Int, end: Int, index: Int)] = []
        for (i, entry) in entries.enumerated() {
            let name = names[i].isEmpty ? entry.name : names[i]
            let offset = entry.localHeaderOffset
            guard offset <= size - localFixedSize else {
                throw ArchiveError.zipTruncated(
                    "unexpected end of file: the local header of '\(name)' at offset \(offset) lies past the end of the file (\(size) bytes)",
                    member: name)
            }
            let header = try source.read(at: offset, count: localFixedSize)
            var r = LittleEndianReader(header, overrun: .zipTruncated("the local header of '\(name)' is cut short", member: name))
            let signature = try r.u32()
            guard signature == localSignature else {
                throw ArchiveError.zipBadSignature("local file header", found: signature, at: offset, member: name)
            }
            _ = try r.u16()  // version needed
            let flags = try r.u16()
            let method = try r.u16()
            _ = try r.u32()  // time, date
            let crc = try r.u32()
            let compressed = try r.u32()
            let uncompressed = try r.u32()
            let nameLength = Int(try r.u16())
            let extraLength = Int(try r.u16())

            if flags & 0x0041 != 0 { throw ArchiveError.encrypted(name, how: "flagged in the local header") }
            guard method == entry.method else {
                throw ArchiveError.zipCorrupt(
                    "the local header of '\(name)' says method \(method) but the central directory says \(entry.method)", member: name)
            }
            let dataOffset = offset + localFixedSize + nameLength + extraLength
            guard dataOffset <= size, entry.compressedSize <= size - dataOffset else {
                throw ArchiveError.zipTruncated(
                    "file data of '\(name)' (\(entry.compressedSize) bytes at offset \(dataOffset)) overflows the file bounds (\(size) bytes)",
                    member: name)
            }
            let end = dataOffset + entry.compressedSize
            guard end <= directoryOffset else {
                throw ArchiveError.zipOverlap(
                    "file data of '\(name)' (offsets \(offset)..<\(end)) runs into the central directory at offset \(directoryOffset)",
                    member: name)
            }
            if flags & 0x0008 == 0 {
                try checkLocalValues(entry, name: name, crc: crc, compressed: compressed, uncompressed: uncompressed)
            }
            dataOffsets.append(dataOffset)
            spans.append((offset, end, i))
        }
        spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        for (previous, next) in zip(spans, spans.dropFirst()) where next.start < previous.end {
            let a = names[previous.index].isEmpty ? entries[previous.index].name : names[previous.index]
            let b = names[next.index].isEmpty ? entries[next.index].name : names[next.index]
            throw ArchiveError.zipOverlap(
                "members '\(a)' (offsets \(previous.start)..<\(previous.end)) and '\(b)' (from offset \(next.start)) share bytes; overlapping members are a zip bomb",
                member: b)
        }
        return dataOffsets
    }

    /// Without a data descriptor, the local header must repeat the central CRC and sizes
    /// (a zip64 local header saturates the sizes; those are not compared).
    private static func checkLocalValues(_ entry: ZipCentralEntry, name: String, crc: UInt32, compressed: UInt32, uncompressed: UInt32)
        throws
    {
        if compressed != 0xffff_ffff && Int(compressed) != entry.compressedSize {
            throw ArchiveError.zipSizeMismatch(
                "the local header of '\(name)' declares compressed size \(compressed) but the central directory \(entry.compressedSize)",
                member: name)
        }
        if uncompressed != 0xffff_ffff && Int(uncompressed) != entry.uncompressedSize {
            throw ArchiveError.zipSizeMismatch(
                "the local header of '\(name)' declares uncompressed size \(uncompressed) but the central directory \(entry.uncompressedSize)",
                member: name)
        }
        if crc != entry.crc32 {
            throw ArchiveError.zipCRC(
                "the local header of '\(name)' declares CRC-32 \(hex(crc)) but the central directory \(hex(entry.crc32))", member: name)
        }
    }
}

/// `0x1234abcd`.
func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}
