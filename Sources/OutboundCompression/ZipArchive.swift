import DossierModel

/// A zip archive read through random access, checked as a whole before any member is read.
///
/// Opening the archive reads the end records, the central directory and every local header,
/// and refuses the whole archive if any one member is unsafe or inconsistent: a name that
/// escapes (`archive.path-escape`), a link, encryption, an unsupported method, declared sizes
/// that disagree, data past the end of the file or shared by two members (the overlapping
/// zip bomb), too many members. Members are then read as streams that stop at the limits
/// and verify the declared size and CRC-32 at the end.
public final class ZipArchive {
    /// Every member (files and directories) in central directory order.
    public let members: [ZipMember]
    /// The limits in force.
    public let limits: ArchiveLimits
    /// 0 for a file on disk, 1 for an archive inside it, …
    public let depth: Int
    /// The inflated bytes counted so far, shared with enclosing and nested archives.
    public let budget: InflationBudget

    private let source: any RandomAccessByteSource
    private let byName: [String: Int]

    /// Largest central directory read into memory (10,000 members with long names fit easily).
    static let maxDirectorySize = 64 << 20

    /// Opens the zip file at `path`.
    public convenience init(path: String, limits: ArchiveLimits = .default) throws {
        try self.init(source: FileByteSource(path: path), limits: limits)
    }

    /// Opens the zip in `source`.
    /// - Parameters:
    ///   - depth: how many archives enclose this one (a zip read out of another zip is 1).
    ///   - budget: the enclosing archive's budget, so nesting cannot multiply the total; a new
    ///     one of `limits.maxTotalSize` when nil.
    public init(source: any RandomAccessByteSource, limits: ArchiveLimits = .default, depth: Int = 0, budget: InflationBudget? = nil) throws
    {
        try limits.checkDepth(depth)
        self.source = source
        self.limits = limits
        self.depth = depth
        self.budget = budget ?? InflationBudget(limit: limits.maxTotalSize)

        let end = try ZipEndRecord.locate(in: source)
        guard end.entryCount <= limits.maxMemberCount else {
            throw ArchiveError.limit("the archive declares \(end.entryCount) members; the limit is \(limits.maxMemberCount)")
        }
        guard end.directorySize <= ZipArchive.maxDirectorySize else {
            throw ArchiveError.limit("the central directory has \(end.directorySize) bytes; the limit is \(ZipArchive.maxDirectorySize)")
        }
        let entries = try ZipArchive.readDirectory(source, end)
        let names = try ZipArchive.checkNames(entries)
        try ZipArchive.checkProperties(entries, names: names)
        let dataOffsets = try ZipArchive.checkLayout(source, entries, directoryOffset: end.directoryOffset, names: names)

        var members: [ZipMember] = []
        var byName: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where !names[i].isEmpty {
            byName[names[i]] = members.count
            members.append(
                ZipMember(
                    name: names[i], isDirectory: entry.isDirectory, method: entry.method == 8 ? .deflate : .stored,
                    compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, crc32: entry.crc32,
                    index: entry.index, dataOffset: dataOffsets[i]))
        }
        self.members = members
        self.byName = byName
    }

    /// The member whose normalised name is the normalised `name`, if any.
    public func member(named name: String) -> ZipMember? {
        guard let key = try? ArchivePath.normalise(name), let i = byName[key] else { return nil }
        return members[i]
    }

    /// A stream of the member's inflated bytes. It throws `archive.limit` as soon as a limit
    /// is passed, and at the end checks the size (`zip.size-mismatch`) and CRC-32 (`zip.crc`).
    public func openMember(_ member: ZipMember) throws -> any ByteSource {
        guard member.uncompressedSize <= limits.maxMemberSize else {
            throw ArchiveError.limit(
                "member '\(member.name)' declares \(member.uncompressedSize) bytes; the limit is \(limits.maxMemberSize)",
                member: member.name)
        }
        return try ZipMemberReader(source: source, member: member, limits: limits, budget: budget)
    }

    /// A stream of the member named `name` (compared in normal form, see `member(named:)`);
    /// throws `archive.no-member` when there is none, and as `openMember(_:)` otherwise.
    public func openMember(named name: String) throws -> any ByteSource {
        guard let member = member(named: name) else {
            throw ArchiveError(id: "archive.no-member", message: "the archive has no member named '\(name)'", member: name)
        }
        return try openMember(member)
    }

    /// Reads the whole central directory and parses every entry.
    private static func readDirectory(_ source: any RandomAccessByteSource, _ end: ZipEndRecord) throws -> [ZipCentralEntry] {
        let directory = try source.read(at: end.directoryOffset, count: end.directorySize)
        guard directory.count == end.directorySize else {
            throw ArchiveError.zipTruncated("the central directory is cut short")
        }
        var r = LittleEndianReader(directory, overrun: .zipCorrupt("a central directory entry runs past the end of the central directory"))
        var entries: [ZipCentralEntry] = []
        entries.reserveCapacity(end.entryCount)
        for index in 0..<end.entryCount {
            entries.append(try ZipCentralEntry.parse(&r, index: index, at: end.directoryOffset + r.offset))
        }
        guard r.remaining == 0 else {
            throw ArchiveError.zipCorrupt(
                "the central directory holds \(r.remaining) bytes after its \(end.entryCount) declared entries")
        }
        return entries
    }

    /// Normalises every name first, so one bad name refuses the archive before anything else.
    private static func checkNames(_ entries: [ZipCentralEntry]) throws -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for entry in entries {
            let name = try ArchivePath.normalise(entry.name)
            if let unicode = entry.unicodePath { _ = try ArchivePath.normalise(unicode) }
            if name.isEmpty && !entry.isDirectory {
                throw ArchiveError.badName(entry.name, reason: "a file needs a name")
            }
            if !name.isEmpty && !seen.insert(name).inserted { throw ArchiveError.duplicateName(name) }
            names.append(name)
        }
        return names
    }

    /// File type, encryption, method and stored sizes of every entry.
    private static func checkProperties(_ entries: [ZipCentralEntry], names: [String]) throws {
        for (i, entry) in entries.enumerated() {
            let name = names[i].isEmpty ? entry.name : names[i]
            switch entry.unixFileType {
            case 0o120000: throw ArchiveError.link(name, target: nil)
            case 0o010000: throw ArchiveError.specialFile(name, kind: "fifo")
            case 0o020000: throw ArchiveError.specialFile(name, kind: "character device")
            case 0o060000: throw ArchiveError.specialFile(name, kind: "block device")
            case 0o140000: throw ArchiveError.specialFile(name, kind: "socket")
            default: break
            }
            if entry.flags & 0x0040 != 0 { throw ArchiveError.encrypted(name, how: "strong encryption") }
            if entry.method == 99 { throw ArchiveError.encrypted(name, how: "AES") }
            if entry.flags & 0x0001 != 0 { throw ArchiveError.encrypted(name, how: "traditional PKWARE encryption") }
            guard entry.method == 0 || entry.method == 8 else { throw ArchiveError.zipUnsupportedMethod(entry.method, member: name) }
            if entry.method == 0 && entry.compressedSize != entry.uncompressedSize {
                throw ArchiveError.zipSizeMismatch(
                    "stored member '\(name)' declares compressed size \(entry.compressedSize) but uncompressed size \(entry.uncompressedSize)",
                    member: name)
            }
        }
    }
}
