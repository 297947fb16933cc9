/// Where something was read: a file, the archive member inside it, and a position.
public struct SourceLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it (never made absolute, so outputs stay portable).
    public var file: String
    /// The member of an archive (`dossier.xml`, `patents/US123.xml`), if any.
    public var member: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?

    public init(file: String, member: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.member = member
        self.line = line
        self.column = column
    }

    /// The same file and member at another position.
    public func at(line: Int?, column: Int?) -> SourceLocation {
        SourceLocation(file: file, member: member, line: line, column: column)
    }

    /// `file!member:line:col`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let member { text += "!\(member)" }
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
