import DossierModel
import Foundation
import Packets

/// A decision to store for a dossier version: the columns the ledger selects by, and the
/// whole `Decision` as a blob the caller encoded.
public struct DecisionEntry: Sendable, Hashable {
    public var outcome: Outcome
    /// The catalogue version the dossier was matched against.
    public var catalogueID: String?
    /// Every reference file the decision used, with its hash (from `Audit.references`).
    public var references: [ReferenceUse]
    /// The encoded `Decision`.
    public var body: EncodedBlob
    /// When it was decided; the ledger's clock when nil.
    public var decidedAt: Date?
    /// The decision's hits, indexed in `decision_hit` for re-classification; nil when the
    /// caller does not give them (re-classification then reads them from the blob).
    public var hits: [DecisionHitKey]?
    /// What a re-classification changed, for a decision it made (its packet shows it).
    public var change: ReclassifyChange?

    public init(
        outcome: Outcome, catalogueID: String?, references: [ReferenceUse], body: EncodedBlob, decidedAt: Date? = nil,
        hits: [DecisionHitKey]? = nil, change: ReclassifyChange? = nil
    ) {
        self.outcome = outcome
        self.catalogueID = catalogueID
        self.references = references
        self.body = body
        self.decidedAt = decidedAt
        self.hits = hits
        self.change = change
    }
}
