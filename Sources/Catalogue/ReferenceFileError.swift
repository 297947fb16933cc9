import DossierModel

/// A problem in a reference file (catalogue, party list, routing table, calendar): its
/// file, its line and column when known, a stable id and a message an office can act on.
public struct ReferenceFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable dotted id: `catalogue.unknown-key`, `list.html-page`, `list.lfs-pointer`, …
    public var id: String
    public var message: String
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(id: String, message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.id = id
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// The error as a diagnostic, `file:line:col: error: message [id]`.
    public var diagnostic: Diagnostic {
        .error(id, message, at: SourceLocation(file: file, line: line, column: column))
    }

    public var description: String { diagnostic.description }
}
