import DossierModel

/// One hit of a decision as the ledger indexes it (`decision_hit`): the catalogue version,
/// the entry's stable identity, the control point's identity (`""` for the entry's own
/// keywords) and the hit's status. Re-classification asks which current decisions hit an
/// entry or point that a catalogue change touched.
public struct DecisionHitKey: Sendable, Hashable, Codable {
    public var catalogueID: String
    public var entryIdentity: String
    /// `""` when the entry's own keywords matched.
    public var controlPoint: String
    public var status: HitStatus

    public init(catalogueID: String, entryIdentity: String, controlPoint: String, status: HitStatus) {
        self.catalogueID = catalogueID
        self.entryIdentity = entryIdentity
        self.controlPoint = controlPoint
        self.status = status
    }

    /// The key of a hit.
    public init(_ hit: Hit) {
        self.init(catalogueID: hit.catalogueID, entryIdentity: hit.entryIdentity, controlPoint: hit.controlPoint ?? "", status: hit.status)
    }

    /// The keys of every hit of a decision (one per entry and control point).
    public static func keys(of decision: Decision) -> [DecisionHitKey] { decision.hits.map(DecisionHitKey.init) }
}

/// An entry and control point (`""` for the entry's own keywords) to look hits up by.
public struct DecisionHitTarget: Sendable, Hashable, Comparable {
    public var entryIdentity: String
    public var controlPoint: String

    public init(entryIdentity: String, controlPoint: String) {
        self.entryIdentity = entryIdentity
        self.controlPoint = controlPoint
    }

    public static func < (a: DecisionHitTarget, b: DecisionHitTarget) -> Bool {
        (a.entryIdentity, a.controlPoint) < (b.entryIdentity, b.controlPoint)
    }
}
