import DossierModel

/// Recognises containers by their content, so that a `.zip` that is really text, or a
/// `.xml` that is really gzip, is treated as what it is.
public enum Container {
    /// How many leading bytes `detect(prefix:)` needs to recognise every kind (tar needs a
    /// whole header block).
    public static let prefixLength = 512

    /// The kind of container whose first bytes are `prefix` (pass `prefixLength` bytes, or the
    /// whole file when shorter).
    public static func detect(prefix: [UInt8]) -> ContainerKind {
        func starts(_ magic: [UInt8]) -> Bool { prefix.starts(with: magic) }
        if starts([0x1f, 0x8b]) { return .gzip }
        // Any "PK" and two more bytes is a zip (local header, empty archive, spanning marker, or
        // a damaged first record): XML never starts with "PK", and the zip reader then names
        // the fault (it finds the directory from the end) instead of the XML reader saying
        // "no root".
        if starts([0x50, 0x4b]), prefix.count >= 4 { return .zip }
        if starts(Array("BZh".utf8)), prefix.count > 3, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(prefix[3]) {
            return .bzip2
        }
        if starts([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) { return .xz }
        if starts([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) { return .sevenZip }
        if starts([0x28, 0xb5, 0x2f, 0xfd]) { return .zstd }
        if starts([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) { return .rar }
        if prefix.count >= 14, prefix[7..<14].elementsEqual("**ACE**".utf8) { return .ace }
        if prefix.count >= 262, prefix[257..<262].elementsEqual("ustar".utf8) { return .tar }
        if TarHeader.isValidHeader(prefix[...]) { return .tar }
        return .plain
    }

    /// The kind of the file (or nested archive) behind `source`, from its first bytes.
    public static func detect(_ source: any RandomAccessByteSource) throws -> ContainerKind {
        detect(prefix: try source.read(at: 0, count: prefixLength))
    }

    /// The kind of a forward-only stream (an archive member, an inflating gzip stream), and a
    /// stream that gives the same bytes from the start: the sniffed prefix, then the rest.
    public static func sniff(_ source: any ByteSource) throws -> (kind: ContainerKind, stream: any ByteSource) {
        var prefix = [UInt8](repeating: 0, count: prefixLength)
        var count = 0
        while count < prefixLength {
            let n = try prefix.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
            if n == 0 { break }
            count += n
        }
        prefix.removeSubrange(count...)
        return (detect(prefix: prefix), PrefixedByteSource(prefix: prefix, upstream: source))
    }
}
