/// The files and rules behind a decision.
public struct Audit: Codable, Sendable, Hashable {
    /// Every reference file used, with its content hash.
    public var references: [ReferenceUse]
    /// The ids of the rules that fired, in the order they fired (see `docs/rules.md`).
    public var rules: [String]
    /// The Outbound version that decided.
    public var version: String

    public init(references: [ReferenceUse], rules: [String], version: String) {
        self.references = references
        self.rules = rules
        self.version = version
    }
}

/// A reference file (catalogue, party list, routing table, calendar, allow-list, settings)
/// a decision used.
public struct ReferenceUse: Codable, Sendable, Hashable {
    /// `catalogue`, `party-list`, `routing-table`, `calendar`, `allow-list`, `clocks`.
    public var kind: String
    /// The id the file gives itself (or its name).
    public var id: String
    /// The path as given to Outbound (relative paths stay relative).
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String

    public init(kind: String, id: String, path: String, sha256: String) {
        self.kind = kind
        self.id = id
        self.path = path
        self.sha256 = sha256
    }
}
