/// The tar reader's errors.
extension ArchiveError {
    /// `tar.corrupt`: a header whose checksum or fields are wrong, or malformed metadata.
    static func tarCorrupt(_ message: String, member: String? = nil) -> ArchiveError {
        ArchiveError(id: "tar.corrupt", message: "corrupt tar header: \(message)", member: member)
    }

    /// `tar.truncated`: the stream ends inside a header or member data.
    static func tarTruncated(_ message: String, member: String? = nil) -> ArchiveError {
        ArchiveError(id: "tar.truncated", message: "the tar stream ends early: \(message)", member: member)
    }

    /// `tar.unsupported-type`: an entry type this reader does not take (sparse, volume, …).
    static func tarUnsupportedType(_ type: UInt8, member: String) -> ArchiveError {
        let shown = (0x20..<0x7f).contains(type) ? "'\(Character(Unicode.Scalar(type)))'" : "0x\(String(type, radix: 16))"
        return ArchiveError(
            id: "tar.unsupported-type", message: "member '\(member)' has entry type \(shown), which is not supported", member: member)
    }

    /// `tar.stale-member`: a member body read after `next()` moved on.
    static func tarStaleMember(_ member: String) -> ArchiveError {
        ArchiveError(
            id: "tar.stale-member", message: "the body of '\(member)' was read after the reader moved to the next member", member: member)
    }
}
