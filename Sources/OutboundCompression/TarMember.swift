import DossierModel

/// One regular file of a tar stream. Its `body` is valid until the reader's next `next()`,
/// which skips whatever was not read.
public struct TarMember {
    /// The normalised relative path (`a/b.txt`).
    public let name: String
    /// The size of the file in bytes.
    public let size: Int
    /// The file's bytes, read straight from the tar stream.
    public let body: any ByteSource
}

/// The bytes of the current tar member, bounded by its size.
final class TarMemberBody: ByteSource {
    private let reader: TarReader
    private let generation: Int
    private let name: String

    init(reader: TarReader, generation: Int, name: String) {
        self.reader = reader
        self.generation = generation
        self.name = name
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try reader.readBody(generation: generation, name: name, into: buffer)
    }
}
