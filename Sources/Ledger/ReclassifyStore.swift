import DossierModel
import Foundation

/// The lookups re-classification needs beyond `LedgerStore` (`docs/reclassify.md`): the
/// current decisions that hit given catalogue entries (from `decision_hit`), the indexing of
/// decisions recorded without their hits, and the stored match texts of dossier versions.
///
/// A separate protocol so that a store that cannot serve delta mode still serves the nightly;
/// `SQLiteLedger` implements both.
public protocol ReclassifyStore: LedgerStore {
    /// The dossier ids whose current decision was made with `catalogueID` and has a hit (of
    /// any status) on one of `entries` (any control point) or one of `targets`.
    func currentDossiers(catalogueID: String, hittingEntries entries: Set<String>, targets: Set<DecisionHitTarget>) throws -> Set<String>

    /// Up to `limit` current decisions whose hits are not indexed yet, by dossier id after `after`.
    func unindexedDecisions(after: String, limit: Int) throws -> [StoredDecision]

    /// Indexes the hits of stored decisions (one transaction); a decision indexed already is left alone.
    func indexHits(_ hits: [(decision: StoredDecision, hits: [DecisionHitKey])]) throws

    /// The stored match texts of these versions; versions without one are absent.
    func matchTexts(of keys: [DossierKey]) throws -> [DossierKey: EncodedBlob]

    /// Stores match texts of stored versions (one transaction); an existing one is kept.
    func recordMatchTexts(_ texts: [(key: DossierKey, body: EncodedBlob)]) throws
}
