import Foundation

/// Writes files under one output folder, each atomically: the bytes go to a temporary file
/// beside the target, which is then renamed over it, so a reader (or a run that resumes after
/// a crash) sees either the old file or the whole new one, never a part.
///
/// Every path is relative to the root and checked: nothing is ever written outside it.
public struct AtomicFileWriter: Sendable {
    /// The output folder.
    public let root: String

    /// A writer for `root`, which is created when missing.
    public init(root: String) throws {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        try FileManager.default.createDirectory(atPath: self.root, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `relative` (folders created as needed); returns the path written.
    @discardableResult
    public func write(_ bytes: Data, to relative: String) throws -> String {
        guard Self.isSafe(relative) else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: relative])
        }
        let target = root + "/" + relative
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.\((target as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp"
        // No fsync per file: a process that is killed loses nothing the kernel already has,
        // and the ledger (SQLite WAL, synchronous NORMAL) gives the same guarantee; only a
        // power loss could lose the last writes, and the next run then redoes them.
        guard FileManager.default.createFile(atPath: temporary, contents: bytes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        return target
    }

    /// A relative path with no empty, `.` or `..` component, not absolute, no NUL.
    static func isSafe(_ relative: String) -> Bool {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0") else { return false }
        return relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
