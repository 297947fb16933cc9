import DossierModel

/// Who reviews what, for the whole country (`default`) or one province: a routing table as
/// loaded from `pipelines/routing/*.yml` (format: `docs/routing.md`).
///
/// A province table names only what differs from the default; `inheriting(from:)` gives the
/// table a router uses, with everything else taken from the default.
public struct RoutingTable: Sendable, Hashable {
    /// The id of the default table, which every province table inherits from.
    public static let defaultID = "default"

    /// The file's stable id: `default`, `cn-js`.
    public let id: String
    /// The ISO 3166-2 code of the province, upper case (`CN-JS`); nil for the default table.
    public let province: String?
    public let title: String
    /// Where the table's facts come from.
    public let source: String
    /// The authorities the table names, in file order (after inheritance: the default's
    /// order, then the province's additions).
    public let authorities: [RoutingAuthority]
    /// The Track A reviewer (an authority id) of each asset type the Measures cover.
    public let reviewers: [AssetType: String]
    /// The authorities of each procedure, in the order a reviewer meets them.
    public let procedures: [RoutingProcedure: [RoutingAssignment]]
    /// The file the table was loaded from, with its hash, for the audit trail.
    public let reference: ReferenceUse

    public init(
        id: String, province: String?, title: String, source: String, authorities: [RoutingAuthority],
        reviewers: [AssetType: String], procedures: [RoutingProcedure: [RoutingAssignment]], reference: ReferenceUse
    ) {
        self.id = id
        self.province = province
        self.title = title
        self.source = source
        self.authorities = authorities
        self.reviewers = reviewers
        self.procedures = procedures
        self.reference = reference
    }

    /// True for the table every other inherits from.
    public var isDefault: Bool { province == nil }

    /// The authority with the given id.
    public func authority(_ id: String) -> RoutingAuthority? {
        authorities.first { $0.id == id }
    }

    /// The Track A reviewer of an asset type; nil for a type outside the Measures.
    public func reviewer(for type: AssetType) -> RoutingAuthority? {
        reviewers[type].flatMap(authority)
    }

    /// The authorities of a procedure (empty when the table does not name it).
    public func assignments(_ procedure: RoutingProcedure) -> [RoutingAssignment] {
        procedures[procedure] ?? []
    }

    /// This table with everything it does not name taken from `base`: authorities are
    /// replaced by id, reviewers by asset type, procedures as whole lists.
    public func inheriting(from base: RoutingTable) -> RoutingTable {
        var merged = base.authorities
        for authority in authorities {
            if let index = merged.firstIndex(where: { $0.id == authority.id }) {
                merged[index] = authority
            } else {
                merged.append(authority)
            }
        }
        return RoutingTable(
            id: id, province: province, title: title, source: source, authorities: merged,
            reviewers: base.reviewers.merging(reviewers) { _, own in own },
            procedures: base.procedures.merging(procedures) { _, own in own },
            reference: reference)
    }
}

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
