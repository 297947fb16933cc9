/// A dossier (or a whole input) that could not be read or breaks the format: returned to
/// the sender with the reason, while the rest of the batch goes on.
public struct Quarantine: Codable, Sendable, Hashable {
    /// The dossier id, when it could be read.
    public var dossierId: String?
    /// Where the dossier (or the input) starts, and where the fault is when known.
    public var location: SourceLocation
    /// One sentence a sender can act on.
    public var reason: String
    /// The stable id of the diagnostic that caused it (`xml.malformed`).
    public var diagnosticId: String
    /// Every diagnostic recorded for it, the cause first.
    public var diagnostics: [Diagnostic]
    /// SHA-256 of the dossier's bytes, when they could be delimited.
    public var contentHash: String?

    public init(
        dossierId: String?, location: SourceLocation, reason: String, diagnosticId: String, diagnostics: [Diagnostic],
        contentHash: String? = nil
    ) {
        self.dossierId = dossierId
        self.location = location
        self.reason = reason
        self.diagnosticId = diagnosticId
        self.diagnostics = diagnostics
        self.contentHash = contentHash
    }

    /// A quarantine whose cause is `diagnostic`.
    public init(
        _ diagnostic: Diagnostic, location: SourceLocation, dossierId: String? = nil, others: [Diagnostic] = [], contentHash: String? = nil
    ) {
        self.init(
            dossierId: dossierId ?? diagnostic.dossier, location: diagnostic.location ?? location,
            reason: diagnostic.message, diagnosticId: diagnostic.id, diagnostics: [diagnostic] + others,
            contentHash: contentHash)
    }
}

/// What extracting one dossier gives: the dossier, or the reason it could not be read.
public enum IntakeRecord: Sendable, Hashable {
    case dossier(Dossier)
    case quarantine(Quarantine)

    /// The dossier id, when known.
    public var dossierId: String? {
        switch self {
        case .dossier(let d): d.id
        case .quarantine(let q): q.dossierId
        }
    }
}
