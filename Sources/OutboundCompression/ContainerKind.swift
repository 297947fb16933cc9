/// What a file is, judged by its first bytes rather than its name.
public enum ContainerKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `1f 8b`.
    case gzip
    /// `PK 03 04` (or `PK 05 06` for an empty zip, `PK 07 08` for a split one).
    case zip
    /// `ustar` at offset 257, or a v7 header whose checksum holds.
    case tar
    /// `BZh1` … `BZh9`.
    case bzip2
    /// `fd 37 7a 58 5a 00`.
    case xz
    /// `37 7a bc af 27 1c`.
    case sevenZip = "7z"
    /// `28 b5 2f fd`.
    case zstd
    /// `Rar! 1a 07`.
    case rar
    /// `**ACE**` at offset 7.
    case ace
    /// None of the above: XML, text, PDF, …
    case plain

    /// True for the containers this module opens (gzip, zip, tar); the other archive kinds
    /// are recognised only to be refused by name.
    public var isSupported: Bool {
        switch self {
        case .gzip, .zip, .tar: true
        case .bzip2, .xz, .sevenZip, .zstd, .rar, .ace, .plain: false
        }
    }

    /// True for every archive or compression format (everything except `plain`).
    public var isContainer: Bool { self != .plain }

    public var description: String { rawValue }
}
