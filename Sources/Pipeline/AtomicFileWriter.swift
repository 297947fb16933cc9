import Foundation

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
        let temporary = partialFolder + "/\(getpid()).\(UUID().uuidString).tmp"
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
        try bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    try? FileManager.default.removeItem(atPath: path)
                    throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
                }
                offset += n
            }
        }
    }

    /// Removes the temporary files of writer processes that are gone (`PID.UUID.tmp` whose
    /// PID no longer runs); those of a live process, another run writing here, are kept.
    func removeStalePartials() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: partialFolder)) ?? []
        for name in names {
            guard let pid = Int32(name.prefix { $0 != "." }), pid != getpid() else { continue }
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
