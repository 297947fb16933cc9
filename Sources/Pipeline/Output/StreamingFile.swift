import Foundation
import Packets

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written from start to end over a long time (a run's `packets.jsonl`, a line per
/// dossier as the recorder takes them), published atomically like `AtomicFileWriter`'s files:
/// the bytes go to a temporary file in the output's `.partial/` folder and `publish` renames
/// it over the target, so a reader sees the previous run's whole file until this one is whole.
/// A run that is killed leaves only its temporary file, removed by the next.
///
/// Used from one thread at a time.
public final class StreamingFile: @unchecked Sendable {
    /// The path relative to the output folder.
    public let relative: String
    private let target: String
    private let temporary: String
    private var fd: Int32
    private var output: ChunkedOutput!
    /// Lines appended so far.
    public private(set) var lines = 0

    /// Opens the temporary file for `relative` under `writer`'s root.
    public init(_ relative: String, in writer: AtomicFileWriter) throws {
        guard AtomicFileWriter.isSafe(relative) else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: relative])
        }
        self.relative = relative
        target = writer.root + "/" + relative
        try AtomicFileWriter.makeFolder((target as NSString).deletingLastPathComponent)
        temporary = writer.temporaryPath()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.fd = fd
        output = ChunkedOutput { chunk in try chunk.withUnsafeBytes { try AtomicFileWriter.writeAll($0, to: fd) } }
    }

    deinit { discard() }

    /// Appends one line (`bytes` must not hold a newline; one is added); returns its number,
    /// from 1.
    @discardableResult
    public func appendLine(_ bytes: [UInt8]) throws -> Int {
        try output.append(bytes)
        try output.append([0x0A])
        lines += 1
        return lines
    }

    /// Writes what is buffered and renames the file into place; returns its path.
    @discardableResult
    public func publish() throws -> String {
        guard fd >= 0 else { throw POSIXError(.EBADF) }
        try output.finish()
        close(fd)
        fd = -1
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        return target
    }

    /// Drops the temporary file (a run that failed publishes nothing).
    public func discard() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
    }
}
