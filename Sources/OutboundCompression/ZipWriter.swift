/// Writes zip files: the test-data generator's bundles.
///
/// The output is deterministic (fixed time 2026-01-01 00:00, fixed Unix modes, UTF-8 names,
/// no extra fields), so the same entries always give the same bytes. Names are written as
/// given, hostile ones included. Zip64 is not written: more than 65,535 entries or 4 GiB
/// is refused.
public enum ZipWriter {
    /// DOS date of 2026-01-01: (2026 - 1980) << 9 | 1 << 5 | 1.
    static let dosDate: UInt16 = (46 << 9) | (1 << 5) | 1
    /// DOS time 00:00:00.
    static let dosTime: UInt16 = 0
    /// Version made by: Unix (3) and zip 2.0, so readers look at the Unix mode.
    static let versionMadeBy: UInt16 = (3 << 8) | 20

    /// Writes `entries` as a zip file at `path`, deflating regular files when `deflate`.
    public static func write(entries: [ArchiveEntry], to path: String, deflate: Bool = true) throws {
        let sink = try FileSink(path: path)
        try encode(entries, deflate: deflate, into: sink)
        try sink.close()
    }

    /// The zip file of `entries`, built in memory.
    public static func archive(entries: [ArchiveEntry], deflate: Bool = true) throws -> [UInt8] {
        let sink = MemorySink()
        try encode(entries, deflate: deflate, into: sink)
        return sink.bytes
    }

    /// Writes the local headers and data, then the central directory and the end record.
    static func encode(_ entries: [ArchiveEntry], deflate: Bool, into sink: any ByteSink) throws {
        guard entries.count < 0xffff else { throw tooLarge("more than 65,534 entries") }
        var central = LittleEndianWriter()
        var offset = 0
        for entry in entries {
            let name = Array(entry.name.utf8)
            guard name.count <= 0xffff else { throw tooLarge("a name longer than 65,535 bytes") }
            let data: [UInt8]
            let mode: UInt32
            if let target = entry.linkTarget {
                data = Array(target.utf8)
                mode = 0o120777
            } else if entry.isDirectory {
                data = []
                mode = 0o040755
            } else {
                data = entry.bytes
                mode = 0o100644
            }
            let compress = deflate && entry.linkTarget == nil && !entry.isDirectory
            let stored = compress ? try Deflater.compress(data, level: 6) : data
            guard data.count < 0xffff_ffff, stored.count < 0xffff_ffff, offset < 0xffff_ffff else {
                throw tooLarge("a member or an offset of 4 GiB or more")
            }
            let crc = CRC32.checksum(data)
            let method: UInt16 = compress ? 8 : 0

            var local = LittleEndianWriter()
            local.u32(0x0403_4b50)
            local.u16(20)
            local.u16(0x0800)
            local.u16(method)
            local.u16(dosTime)
            local.u16(dosDate)
            local.u32(crc)
            local.u32(UInt32(stored.count))
            local.u32(UInt32(data.count))
            local.u16(UInt16(name.count))
            local.u16(0)
            local.append(name)
            try sink.write(local.bytes)
            try sink.write(stored)

            central.u32(0x0201_4b50)
            central.u16(versionMadeBy)
            central.u16(20)
            central.u16(0x0800)
            central.u16(method)
            central.u16(dosTime)
            central.u16(dosDate)
            central.u32(crc)
            central.u32(UInt32(stored.count))
            central.u32(UInt32(data.count))
            central.u16(UInt16(name.count))
            central.u16(0)
            central.u16(0)
            central.u16(0)
            central.u16(0)
            central.u32(mode << 16 | (entry.isDirectory ? 0x10 : 0))
            central.u32(UInt32(offset))
            central.append(name)
            offset += local.bytes.count + stored.count
        }
        guard offset < 0xffff_ffff, central.bytes.count < 0xffff_ffff else { throw tooLarge("an archive of 4 GiB or more") }
        try sink.write(central.bytes)
        var end = LittleEndianWriter()
        end.u32(0x0605_4b50)
        end.u16(0)
        end.u16(0)
        end.u16(UInt16(entries.count))
        end.u16(UInt16(entries.count))
        end.u32(UInt32(central.bytes.count))
        end.u32(UInt32(offset))
        end.u16(0)
        try sink.write(end.bytes)
    }

    private static func tooLarge(_ what: String) -> ArchiveError {
        ArchiveError(id: "zip.write-limit", message: "ZipWriter does not write zip64 archives: \(what)")
    }
}
