import DossierModel

/// A file read forwards through a 64 KiB buffer (`ByteSource`), or at any offset with
/// `pread` (`RandomAccessByteSource`); the two do not disturb each other.
///
/// The file is opened in `init` and closed when the source is released. Errors name the path.
public final class FileByteSource: ByteSource, RandomAccessByteSource {
    /// The path as given.
    public let path: String
    /// The size of the file when it was opened.
    public let size: Int
    /// The bytes read forwards so far (`read(into:)`; not those read at an offset).
    public private(set) var bytesRead = 0

    private var fd: Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var bufferStart = 0
    private var bufferEnd = 0
    private static let bufferSize = 64 * 1024

    /// Opens the regular file at `path` for reading.
    public init(path: String) throws {
        self.path = path
        fd = posixOpenForReading(path)
        if fd < 0 { throw ArchiveError.open(path, systemError()) }
        guard let info = posixFileInfo(fd) else {
            let reason = systemError()
            _ = posixClose(fd)
            throw ArchiveError.open(path, reason)
        }
        guard info.isRegular else {
            _ = posixClose(fd)
            throw ArchiveError.open(path, "not a regular file")
        }
        size = info.size
        buffer = .allocate(byteCount: FileByteSource.bufferSize, alignment: 1)
    }

    deinit {
        _ = posixClose(fd)
        buffer.deallocate()
    }

    /// Reads the next bytes of the file; 0 at the end.
    public func read(into destination: UnsafeMutableRawBufferPointer) throws -> Int {
        guard destination.count > 0 else { return 0 }
        if bufferStart == bufferEnd {
            // Large reads go straight to the caller's buffer.
            if destination.count >= FileByteSource.bufferSize { return try readOnce(into: destination) }
            bufferStart = 0
            bufferEnd = try readOnce(into: buffer)
            if bufferEnd == 0 { return 0 }
        }
        let n = min(destination.count, bufferEnd - bufferStart)
        destination.baseAddress!.copyMemory(from: buffer.baseAddress! + bufferStart, byteCount: n)
        bufferStart += n
        return n
    }

    /// Reads up to `destination.count` bytes at `offset`; fewer only at the end of the file.
    public func read(at offset: Int, into destination: UnsafeMutableRawBufferPointer) throws -> Int {
        precondition(offset >= 0)
        var done = 0
        while done < destination.count {
            let n = posixPread(fd, destination.baseAddress! + done, destination.count - done, offset + done)
            if n < 0 {
                if interrupted() { continue }
                throw ArchiveError.read(path, systemError())
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    private func readOnce(into destination: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = posixRead(fd, destination.baseAddress!, destination.count)
            if n >= 0 {
                bytesRead += n
                return n
            }
            if !interrupted() { throw ArchiveError.read(path, systemError()) }
        }
    }
}
