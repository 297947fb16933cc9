/// A sink that writes a new file (truncating any old one) through a 64 KiB buffer.
final class FileSink: ByteSink {
    let path: String
    private var fd: Int32
    private var pending: [UInt8] = []
    private static let flushSize = 64 * 1024

    init(path: String) throws {
        self.path = path
        fd = posixCreate(path)
        if fd < 0 { throw ArchiveError.open(path, systemError()) }
        pending.reserveCapacity(FileSink.flushSize)
    }

    deinit {
        if fd >= 0 { _ = posixClose(fd) }
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws {
        guard fd >= 0 else { throw ArchiveError.write(path, "the file is already closed") }
        pending.append(contentsOf: chunk)
        if pending.count >= FileSink.flushSize { try flush() }
    }

    /// Writes what is buffered and closes the file; reports a failed close (lost data).
    func close() throws {
        guard fd >= 0 else { return }
        try flush()
        let status = posixClose(fd)
        fd = -1
        if status != 0 { throw ArchiveError.write(path, systemError()) }
    }

    private func flush() throws {
        try pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if interrupted() { continue }
                    throw ArchiveError.write(path, systemError())
                }
                offset += n
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}
