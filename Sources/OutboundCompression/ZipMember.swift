/// One member of a zip archive, as listed after every check of the whole archive passed.
public struct ZipMember: Sendable, Hashable {
    /// How the member's data is stored.
    public enum Method: String, Sendable, Hashable {
        /// Method 0: the bytes as they are.
        case stored
        /// Method 8: raw deflate.
        case deflate
    }

    /// The normalised relative path (`a/b.txt`; a directory has no trailing slash).
    public let name: String
    /// True for a directory entry.
    public let isDirectory: Bool
    /// Stored or deflate (any other method is refused when the archive is opened).
    public let method: Method
    /// Size of the stored data in the file.
    public let compressedSize: Int
    /// Size of the data once inflated, as the central directory declares it (checked on read).
    public let uncompressedSize: Int
    /// Declared CRC-32 of the inflated data (checked on read).
    public let crc32: UInt32

    /// Position in the central directory.
    let index: Int
    /// Offset of the first data byte, after the local header.
    let dataOffset: Int
}
