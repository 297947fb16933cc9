import DossierModel

/// Reads a tar stream (plain, or through a `GzipReader`) one regular file at a time.
///
/// Understands ustar, GNU long names (`L`, `K`) and pax headers (`x` with `path`, `linkpath`
/// and `size`; `g` is read and ignored). Every header checksum is verified (`tar.corrupt`).
/// Links are refused (`archive.link`), as are devices and fifos (`archive.special-file`),
/// names that escape (`archive.path-escape`), duplicate names, and entries past the member
/// count or size limits (`archive.limit`). Directories are checked and skipped. The total
/// inflated size is bounded by the `GzipReader` underneath, not here.
public final class TarReader {
    /// The limits in force (member count and size, depth).
    public let limits: ArchiveLimits
    /// 0 for a file on disk, 1 for a tar inside another archive, …
    public let depth: Int

    private let input: BufferedInput
    private var generation = 0
    private var bodyRemaining = 0
    private var bodyPadding = 0
    private var entryCount = 0
    private var seen: Set<String> = []
    private var finished = false

    /// Largest pax or GNU long-name record set read into memory.
    static let maxMetadataSize = 1 << 20

    /// Opens the tar or tar.gz file at `path` (recognised by content, not by name).
    public convenience init(path: String, limits: ArchiveLimits = .default) throws {
        let file = try FileByteSource(path: path)
        let isGzip = Container.detect(prefix: try file.read(at: 0, count: 2)) == .gzip
        try self.init(source: isGzip ? GzipReader(upstream: file, limits: limits) : file, limits: limits)
    }

    /// A reader of the tar stream in `source`; `depth` counts the archives around it.
    public init(source: any ByteSource, limits: ArchiveLimits = .default, depth: Int = 0) throws {
        try limits.checkDepth(depth)
        self.limits = limits
        self.depth = depth
        input = BufferedInput(source)
    }

    /// The next regular file, or nil at the end of the archive. Skips the unread rest of the
    /// previous member first.
    public func next() throws -> TarMember? {
        guard !finished else { return nil }
        let left = bodyRemaining + bodyPadding
        if left > 0, try input.skip(left) < left { throw ArchiveError.tarTruncated("inside the data of a member") }
        bodyRemaining = 0
        bodyPadding = 0
        generation += 1

        var metadata = Metadata()
        while true {
            let block = try input.read(count: TarHeader.blockSize)
            if block.isEmpty || block.allSatisfy({ $0 == 0 }) {
                if !metadata.isEmpty { throw ArchiveError.tarCorrupt("an extended header is not followed by an entry") }
                if !block.isEmpty && block.count < TarHeader.blockSize { throw ArchiveError.tarTruncated("inside a header block") }
                finished = true
                try input.drain()
                return nil
            }
            guard block.count == TarHeader.blockSize else { throw ArchiveError.tarTruncated("inside a header block") }
            let header = try TarHeader.parse(block)
            switch header.typeflag {
            case UInt8(ascii: "x"):
                let records = try TarReader.parsePax(readMetadata(header.size))
                try metadata.apply(pax: records)
                continue
            case UInt8(ascii: "g"):
                _ = try TarReader.parsePax(readMetadata(header.size))
                continue
            case UInt8(ascii: "L"):
                metadata.longName = ArchivePath.decode(try readMetadata(header.size).prefix { $0 != 0 }, fallback: .latin1)
                continue
            case UInt8(ascii: "K"):
                metadata.longLink = ArchivePath.decode(try readMetadata(header.size).prefix { $0 != 0 }, fallback: .latin1)
                continue
            default:
                break
            }
            if let member = try entry(header, metadata) { return member }
            metadata = Metadata()
        }
    }

    /// Checks one entry; returns it when it is a regular file, skips it when a directory.
    private func entry(_ header: TarHeader, _ metadata: Metadata) throws -> TarMember? {
        entryCount += 1
        guard entryCount <= limits.maxMemberCount else {
            throw ArchiveError.limit("the archive has more than \(limits.maxMemberCount) members")
        }
        let rawName = metadata.path ?? metadata.longName ?? ArchivePath.decode(header.path, fallback: .latin1)
        let name = try ArchivePath.normalise(rawName)
        let size = metadata.size ?? header.size
        guard size <= Int.max - TarHeader.blockSize else {
            throw ArchiveError.tarCorrupt("member '\(rawName)' declares an impossible size of \(size) bytes", member: rawName)
        }
        let shown = name.isEmpty ? rawName : name
        switch header.typeflag {
        case UInt8(ascii: "1"), UInt8(ascii: "2"):
            let target = metadata.linkPath ?? metadata.longLink ?? ArchivePath.decode(header.linkName, fallback: .latin1)
            throw ArchiveError.link(shown, target: target)
        case UInt8(ascii: "3"): throw ArchiveError.specialFile(shown, kind: "character device")
        case UInt8(ascii: "4"): throw ArchiveError.specialFile(shown, kind: "block device")
        case UInt8(ascii: "6"): throw ArchiveError.specialFile(shown, kind: "fifo")
        case UInt8(ascii: "5"):
            try skipData(size, member: shown)
            return nil
        case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
            if rawName.hasSuffix("/") {  // a v7 directory
                try skipData(size, member: shown)
                return nil
            }
            if name.isEmpty { throw ArchiveError.badName(rawName, reason: "a file needs a name") }
            guard seen.insert(name).inserted else { throw ArchiveError.duplicateName(name) }
            guard size <= limits.maxMemberSize else {
                throw ArchiveError.limit("member '\(name)' has \(size) bytes; the limit is \(limits.maxMemberSize)", member: name)
            }
            bodyRemaining = size
            bodyPadding = TarReader.padding(size)
            return TarMember(name: name, size: size, body: TarMemberBody(reader: self, generation: generation, name: name))
        default:
            throw ArchiveError.tarUnsupportedType(header.typeflag, member: shown)
        }
    }

    /// Serves `TarMemberBody.read`: the current member's bytes, never past its size.
    func readBody(generation: Int, name: String, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard generation == self.generation, !finished else { throw ArchiveError.tarStaleMember(name) }
        let want = min(buffer.count, bodyRemaining)
        guard want > 0 else { return 0 }
        let n = try input.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]))
        if n == 0 { throw ArchiveError.tarTruncated("inside the data of '\(name)'", member: name) }
        bodyRemaining -= n
        return n
    }

    private func skipData(_ size: Int, member: String) throws {
        let total = size + TarReader.padding(size)
        if try input.skip(total) < total { throw ArchiveError.tarTruncated("inside the data of '\(member)'", member: member) }
    }

    /// The data of a pax or GNU metadata entry, and the padding after it.
    private func readMetadata(_ size: Int) throws -> [UInt8] {
        guard size <= TarReader.maxMetadataSize else {
            throw ArchiveError.limit("an extended header of \(size) bytes is larger than the limit of \(TarReader.maxMetadataSize)")
        }
        let data = try input.read(count: size)
        let padding = TarReader.padding(size)
        guard data.count == size, try input.skip(padding) == padding else {
            throw ArchiveError.tarTruncated("inside an extended header")
        }
        return data
    }

    /// Zero bytes after `size` bytes of data, up to the next 512-byte block.
    static func padding(_ size: Int) -> Int {
        (TarHeader.blockSize - size % TarHeader.blockSize) % TarHeader.blockSize
    }
}
