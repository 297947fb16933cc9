/// One file (or directory, or link) to put in an archive built by `ZipWriter` or `TarWriter`.
///
/// Writers take names as given, without checking them, so that hostile test bundles
/// (`../escape.txt`, links) can be built; readers are the ones that refuse them.
public struct ArchiveEntry: Sendable, Hashable {
    /// The member name; a name ending in `/` is a directory.
    public var name: String
    /// The content (ignored for directories and links).
    public var bytes: [UInt8]
    /// When set, the entry is a symbolic link to this target.
    public var linkTarget: String?

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.linkTarget = nil
    }

    /// A text file, UTF-8 encoded.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// A symbolic link named `name` that points at `target`.
    public static func symlink(name: String, target: String) -> ArchiveEntry {
        var entry = ArchiveEntry(name: name, bytes: [])
        entry.linkTarget = target
        return entry
    }

    /// True when the name ends in `/`.
    public var isDirectory: Bool { linkTarget == nil && name.hasSuffix("/") }
}
