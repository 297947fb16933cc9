import DossierModel

/// An authority a routing table names.
public struct RoutingAuthority: Sendable, Hashable {
    /// Stable id, the same in every table (`provincial-ip-office`), so a province table can
    /// replace the default's entry.
    public let id: String
    public let name: CatalogueText
    /// Where the authority's role comes from.
    public let source: String
    /// A sentence the route shows whenever the authority acts (e.g. how to choose between
    /// two ministries).
    public let note: String?

    public init(id: String, name: CatalogueText, source: String, note: String? = nil) {
        self.id = id
        self.name = name
        self.source = source
        self.note = note
    }
}

/// One authority's part in a procedure.
public struct RoutingAssignment: Sendable, Hashable {
    /// The authority's id.
    public let authority: String
    /// What it does (`receives the application and decides on the licence`).
    public let role: String

    public init(authority: String, role: String) {
        self.authority = authority
        self.role = role
    }
}

/// The procedures a routing table lists authorities for, besides the Track A reviewers.
public enum RoutingProcedure: String, Sendable, Hashable, CaseIterable {
    /// The export-licence procedure for restricted technology (commerce, science and
    /// technology); Track A runs inside it.
    case licenceProcedure = "licence-procedure"
    /// Prohibited technology: the export is refused.
    case prohibited
    /// Free technology: the export contract is registered.
    case registration
    /// Track B: the foreign-investment security review and the IP authority's opinion.
    case trackB = "track-b"
}
