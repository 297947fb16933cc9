/// Writes tar and tar.gz files: the test-data generator's bundles.
///
/// Headers are ustar with owner 0:0, mode 0644 (files), 0755 (directories) or 0777 (links)
/// and the fixed time 2026-01-01T00:00:00Z, so the same entries always give the same bytes.
/// Names longer than ustar allows, and huge sizes, go into a pax `x` header. Names are
/// written as given, hostile ones included.
public enum TarWriter {
    /// Writes `entries` as a tar file at `path`, gzip-compressed when `gzip`.
    public static func write(entries: [ArchiveEntry], to path: String, gzip: Bool) throws {
        if gzip {
            let writer = try GzipWriter(path: path)
            try encode(entries, into: writer)
            try writer.close()
        } else {
            let sink = try FileSink(path: path)
            try encode(entries, into: sink)
            try sink.close()
        }
    }

    /// The (uncompressed) tar file of `entries`, built in memory.
    public static func archive(entries: [ArchiveEntry]) throws -> [UInt8] {
        let sink = MemorySink()
        try encode(entries, into: sink)
        return sink.bytes
    }

    /// Writes each entry (with a pax header when needed) and the two zero end blocks.
    static func encode(_ entries: [ArchiveEntry], into sink: any ByteSink) throws {
        for entry in entries {
            let typeflag: UInt8
            let mode: Int
            let data: [UInt8]
            if entry.linkTarget != nil {
                (typeflag, mode, data) = (UInt8(ascii: "2"), 0o777, [])
            } else if entry.isDirectory {
                (typeflag, mode, data) = (UInt8(ascii: "5"), 0o755, [])
            } else {
                (typeflag, mode, data) = (UInt8(ascii: "0"), 0o644, entry.bytes)
            }
            let path = Array(entry.name.utf8)
            let link = Array((entry.linkTarget ?? "").utf8)
            var pax: [UInt8] = []
            var (name, prefix) = split(path) ?? ([], [])
            if name.isEmpty {
                pax += paxRecord("path", path)
                name = Array(path.suffix(100))
            }
            var linkField = link
            if link.count > 100 {
                pax += paxRecord("linkpath", link)
                linkField = Array(link.suffix(100))
            }
            var sizeField = data.count
            if data.count > 0o77777777777 {
                pax += paxRecord("size", Array(String(data.count).utf8))
                sizeField = 0
            }
            if !pax.isEmpty {
                try sink.write(
                    TarHeader.encode(
                        name: Array("././@PaxHeader".utf8), prefix: [], size: pax.count,
                        typeflag: UInt8(ascii: "x"), mode: 0o644, linkName: []))
                try writePadded(pax, to: sink)
            }
            try sink.write(
                TarHeader.encode(
                    name: name, prefix: prefix, size: sizeField, typeflag: typeflag, mode: mode, linkName: linkField))
            try writePadded(data, to: sink)
        }
        try sink.write([UInt8](repeating: 0, count: 2 * TarHeader.blockSize))
    }

    /// The ustar (name, prefix) fields for `path`, or nil when it fits neither way.
    static func split(_ path: [UInt8]) -> (name: [UInt8], prefix: [UInt8])? {
        if path.count <= 100 { return (path, []) }
        let slash = UInt8(ascii: "/")
        for i in path.indices where path[i] == slash && i <= 155 {
            let rest = path[(i + 1)...]
            if !rest.isEmpty, rest.count <= 100 {
                return (Array(rest), Array(path[..<i]))
            }
        }
        return nil
    }

    /// One pax record, `"<length> <key>=<value>\n"`, where the length counts itself.
    static func paxRecord(_ key: String, _ value: [UInt8]) -> [UInt8] {
        let body = Array(" \(key)=".utf8) + value + [UInt8(ascii: "\n")]
        var length = body.count + 1
        while String(length).utf8.count + body.count != length { length += 1 }
        return Array(String(length).utf8) + body
    }

    private static func writePadded(_ data: [UInt8], to sink: any ByteSink) throws {
        try sink.write(data)
        let padding = (TarHeader.blockSize - data.count % TarHeader.blockSize) % TarHeader.blockSize
        if padding > 0 { try sink.write([UInt8](repeating: 0, count: padding)) }
    }
}

extension GzipWriter: ByteSink {}
