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
