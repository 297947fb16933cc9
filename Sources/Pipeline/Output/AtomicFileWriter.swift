import Foundation
import Packets

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writes files under one output folder, each atomically: the bytes go to a temporary file
/// in the output's `.partial/` folder, which is then renamed over the target, so a reader (or
/// a run that resumes after a crash) sees either the old file or the whole new one, never a
/// part, and a killed run leaves its temporary files in one place, removed by the next.
///
/// Every path is relative to the root and checked: nothing is ever written outside it.
public struct AtomicFileWriter: Sendable {
    /// The output folder.
    public let root: String

    /// Where the bytes are written before they are renamed into place: one folder, so that
    /// the temporary files a killed process leaves are found without walking the output.
    public var partialFolder: String { root + "/.partial" }

    /// A writer for `root`, which is created when missing. Temporary files left by a writer
    /// process that is no longer alive (killed mid-write) are removed.
    public init(root: String) throws {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        try FileManager.default.createDirectory(atPath: partialFolder, withIntermediateDirectories: true)
        removeStalePartials()
    }

    /// Writes `bytes` to `relative` (folders created as needed); returns the path written.
    @discardableResult
    public func write(_ bytes: Data, to relative: String) throws -> String {
        guard Self.isSafe(relative) else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: relative])
        }
        let target = root + "/" + relative
        let folder = (target as NSString).deletingLastPathComponent
        try Self.makeFolder(folder)
        let temporary = temporaryPath()
        // No fsync per file: a process that is killed loses nothing the kernel already has,
        // and the ledger (SQLite WAL, synchronous NORMAL) gives the same guarantee; only a
        // power loss could lose the last writes, and the next run then redoes them.
        // Plain write(2), not FileManager.createFile: that one writes its own hidden temporary
        // file (`.dat.nosync…`) beside the target, which a SIGKILL leaves behind.
        try Self.writeWhole(bytes, to: temporary)
        guard rename(temporary, target) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        return target
    }

    /// Writes what `render` appends, chunk by chunk, to `relative` (folders created as
    /// needed), atomically like `write(_:to:)`: a file of any size without holding it whole.
    @discardableResult
    public func write(to relative: String, _ render: (inout ChunkedOutput) throws -> Void) throws -> String {
        guard Self.isSafe(relative) else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: relative])
        }
        let target = root + "/" + relative
        try Self.makeFolder((target as NSString).deletingLastPathComponent)
        let temporary = temporaryPath()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        do {
            defer { close(fd) }
            var output = ChunkedOutput { chunk in try chunk.withUnsafeBytes { try Self.writeAll($0, to: fd) } }
            try render(&output)
            try output.finish()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        return target
    }

    /// Writes all of `buffer` to `fd`.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += n
        }
    }

    /// Creates `folder` when missing: one mkdir(2) in the usual case (the packet folder of a
    /// new dossier, or one that exists), FileManager's walk only when a parent is missing too.
    static func makeFolder(_ folder: String) throws {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Creates `path` (which must not exist) and writes all of `bytes` to it.
    static func writeWhole(_ bytes: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        do {
            try bytes.withUnsafeBytes { try writeAll($0, to: fd) }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// A new temporary file name: `PID.HOST.UNIQUE.tmp`, HOST being `hostTag` and UNIQUE a
    /// random token drawn once per process followed by a counter (a UUID per file cost an
    /// open, read and close of `/dev/urandom` for every file written).
    func temporaryPath() -> String {
        let serial = Self.serial.next()
        return partialFolder + "/\(getpid()).\(Self.hostTag).\(Self.processToken)-\(serial).tmp"
    }

    /// Drawn once per process: tells this process's temporary files from those of an earlier
    /// process that had the same PID.
    static let processToken = UUID().uuidString

    /// Numbers the temporary files of this process.
    private static let serial = SerialNumbers()

    /// This machine's name as 8 hex digits (FNV-1a): the output may be shared storage
    /// written by workers on several hosts, and a process id means something only on the
    /// host that wrote it.
    static let hostTag: String = {
        var name = [UInt8](repeating: 0, count: 256)
        _ = name.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { gethostname($0.baseAddress!, $0.count - 1) }
        }
        var hash: UInt32 = 0x811C_9DC5
        for byte in name.prefix(while: { $0 != 0 }) { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }()

    /// Removes the temporary files of writer processes of this host that are gone
    /// (`PID.HOST.UNIQUE.tmp` whose PID no longer runs here; `PID.UUID.tmp` of earlier
    /// versions alike); those of a live process (another run writing here) and those another
    /// host wrote are kept.
    func removeStalePartials() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: partialFolder)) ?? []
        for name in names {
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.last == "tmp", let pid = Int32(parts[0]), pid != getpid() else { continue }
            guard parts.count == 3 || (parts.count == 4 && parts[1] == Self.hostTag) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: partialFolder + "/" + name)
            }
        }
    }

    /// A relative path with no empty, `.` or `..` component, not absolute, no NUL.
    static func isSafe(_ relative: String) -> Bool {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0") else { return false }
        return relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}

/// 1, 2, 3, ... to any thread (`Synchronization.Atomic` needs macOS 15; the package supports 14).
final class SerialNumbers: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}
