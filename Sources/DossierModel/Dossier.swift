/// One transfer application dossier, as extracted and normalised: the unit of work of every
/// later stage. It holds every piece of text the classifier reads, so later stages can run
/// again from a stored copy without reading the XML.
public struct Dossier: Codable, Sendable, Hashable {
    /// `@id`, unique within the sending office (`JS-2026-004211`).
    public var id: String
    /// `@filed` as written.
    public var filedRaw: String?
    /// The filing date, once Normalise read it.
    public var filed: CalendarDate?
    public var office: Office?
    public var transaction: Transaction
    public var parties: [Party]
    public var assets: [Asset]
    /// Dossier-level attachments (contracts, technical descriptions).
    public var attachments: [Attachment]
    /// Where the dossier was read.
    public var source: SourceLocation
    /// Lowercase hex SHA-256 of the dossier's bytes as read (before normalisation), so a
    /// dossier that comes back unchanged can be recognised.
    public var contentHash: String?
    /// Warnings and notes about this dossier from extract and normalise.
    public var diagnostics: [Diagnostic]
    /// The registry outside China the record was read from (`USPTO`), nil for a dossier an
    /// office filed. Such a record is read to monitor transfers that bypassed review
    /// (review-rules 7): an unknown country does not count as CN there.
    public var foreignRegistry: String?

    public init(
        id: String, filedRaw: String? = nil, filed: CalendarDate? = nil, office: Office? = nil,
        transaction: Transaction, parties: [Party] = [], assets: [Asset] = [], attachments: [Attachment] = [],
        source: SourceLocation, contentHash: String? = nil, diagnostics: [Diagnostic] = [], foreignRegistry: String? = nil
    ) {
        self.id = id
        self.filedRaw = filedRaw
        self.filed = filed
        self.office = office
        self.transaction = transaction
        self.parties = parties
        self.assets = assets
        self.attachments = attachments
        self.source = source
        self.contentHash = contentHash
        self.diagnostics = diagnostics
        self.foreignRegistry = foreignRegistry
    }

    /// The party with the given id.
    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }
}
