import DossierModel

/// A reason why a compressed file or an archive was refused or could not be read.
///
/// Every error carries a stable dotted `id` (`gzip.corrupt`, `zip.overlap`,
/// `archive.path-escape`), a message a sender can act on and, where known, the archive
/// member it is about.
public struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stable dotted diagnostic id.
    public var id: String
    /// One sentence that says what is wrong.
    public var message: String
    /// The archive member the error is about, when there is one.
    public var member: String?

    public init(id: String, message: String, member: String? = nil) {
        self.id = id
        self.message = message
        self.member = member
    }

    /// `member: message [id]`, or `message [id]` when no member is known.
    public var description: String {
        if let member { return "\(member): \(message) [\(id)]" }
        return "\(message) [\(id)]"
    }

    /// The error as an extract-stage diagnostic about `file` (and the member, if known).
    public func diagnostic(file: String) -> Diagnostic {
        .error(id, message, at: SourceLocation(file: file, member: member), stage: .extract)
    }
}

// MARK: - Errors shared by every reader and writer

extension ArchiveError {
    /// `archive.limit`: a size, ratio, count or depth limit was passed.
    static func limit(_ message: String, member: String? = nil) -> ArchiveError {
        ArchiveError(id: "archive.limit", message: message, member: member)
    }

    /// `archive.path-escape`: a member name that would leave the extraction folder.
    static func pathEscape(_ name: String, reason: String) -> ArchiveError {
        ArchiveError(id: "archive.path-escape", message: "member name '\(name)' leaves the archive: \(reason)", member: name)
    }

    /// `archive.bad-name`: a member name that is empty or not a usable path.
    static func badName(_ name: String, reason: String) -> ArchiveError {
        ArchiveError(id: "archive.bad-name", message: "member name '\(name)' is not usable: \(reason)", member: name)
    }

    /// `archive.duplicate-name`: two members with the same (normalised) name.
    static func duplicateName(_ name: String) -> ArchiveError {
        ArchiveError(id: "archive.duplicate-name", message: "the archive holds more than one member named '\(name)'", member: name)
    }

    /// `archive.link`: a symbolic or hard link.
    static func link(_ name: String, target: String?) -> ArchiveError {
        let to = target.map { " to '\($0)'" } ?? ""
        return ArchiveError(id: "archive.link", message: "member '\(name)' is a link\(to); links are not allowed in a bundle", member: name)
    }

    /// `archive.special-file`: a device, fifo or other non-regular file.
    static func specialFile(_ name: String, kind: String) -> ArchiveError {
        ArchiveError(id: "archive.special-file", message: "member '\(name)' is a \(kind), not a regular file", member: name)
    }

    /// `archive.encrypted`: an encrypted member.
    static func encrypted(_ name: String, how: String) -> ArchiveError {
        ArchiveError(
            id: "archive.encrypted", message: "member '\(name)' is encrypted (\(how)); encrypted bundles cannot be reviewed", member: name)
    }

    /// `io.open`: a file could not be opened or created.
    static func open(_ path: String, _ reason: String) -> ArchiveError {
        ArchiveError(id: "io.open", message: "cannot open \(path): \(reason)")
    }

    /// `io.read`: a read failed.
    static func read(_ path: String, _ reason: String) -> ArchiveError {
        ArchiveError(id: "io.read", message: "cannot read \(path): \(reason)")
    }

    /// `io.write`: a write failed.
    static func write(_ path: String, _ reason: String) -> ArchiveError {
        ArchiveError(id: "io.write", message: "cannot write \(path): \(reason)")
    }
}
