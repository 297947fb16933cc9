import Catalogue
import Classify
import DossierModel
import Foundation
import Ledger

/// Delta mode's choice of the stored dossiers a catalogue change can affect
/// (`docs/reclassify.md`). A dossier is re-evaluated when:
///
/// - its filing date (or `today` when it has none) puts it under another version in the new
///   set than the one it was decided with (`catalogue-version`);
/// - it was decided with another file of its version, or with other party lists, routing
///   tables, calendars or clocks than those loaded now (`references`);
/// - its version is the one replaced, and its decision has a hit on an entry or point the
///   new version changed or removed (`hits`, from the ledger's `decision_hit`), or the
///   replaced version's header changed what every decision says (`catalogue-header`), or
///   its stored match text or codes contain a keyword or IPC prefix the new version added or
///   changed (`text`, a scan with an automaton of those terms only).
///
/// Every other dossier would be decided exactly as before, so its decision stands.
struct ReclassifyPlan: Sendable {
    /// What to do with one stored dossier.
    enum Selection: Sendable, Equatable {
        case reevaluate([ReclassifyReason])
        /// Re-evaluate only if its match text matches the scanner.
        case scan
        case keep
    }

    let full: Bool
    let catalogues: ReclassifyCatalogues
    let engine: ReviewEngine
    let today: CalendarDate
    /// Dossier ids whose current decision hits a changed or removed entry of the replaced version.
    let hitIDs: Set<String>
    let scanner: ReclassifyScanner?
    let headerAffects: Bool

    init(full: Bool, catalogues: ReclassifyCatalogues, engine: ReviewEngine, today: CalendarDate, ledger: any ReclassifyStore) throws {
        self.full = full
        self.catalogues = catalogues
        self.engine = engine
        self.today = today
        if !full, let diff = catalogues.diff {
            let affected = diff.affectedEntries
            hitIDs = try ledger.currentDossiers(
                catalogueID: catalogues.new.id, hittingEntries: affected.whole,
                targets: Set(affected.targets.map { DecisionHitTarget(entryIdentity: $0.entry, controlPoint: $0.controlPoint) }))
            scanner = ReclassifyScanner(catalogue: diff.scanCatalogue(of: catalogues.new))
            headerAffects = diff.headerAffectsDecisions
        } else {
            hitIDs = []
            scanner = nil
            headerAffects = false
        }
    }

    func select(_ stored: StoredDossier) -> Selection {
        if full { return .reevaluate([.full]) }
        let decision = stored.decision
        let date = stored.version.filed ?? today
        let target = catalogues.set.inForce(on: date)?.id
        if target != decision.catalogueID { return .reevaluate([.catalogueVersion]) }
        let used = decision.references
        guard used.allSatisfy({ $0.kind == "catalogue" || engine.references.contains($0) }),
            engine.classifier.references.screening.allSatisfy(used.contains)
        else {
            return .reevaluate([.references])
        }
        guard let target else { return .keep }
        let usedHash = used.first { $0.kind == "catalogue" && $0.id == target }?.sha256
        if usedHash == catalogues.references[target]?.sha256 { return .keep }
        guard target == catalogues.new.id, let replaced = catalogues.replacedReference, usedHash == replaced.sha256 else {
            return .reevaluate([.references])
        }
        var reasons: [ReclassifyReason] = []
        if headerAffects { reasons.append(.catalogueHeader) }
        if hitIDs.contains(decision.key.dossierID) { reasons.append(.hits) }
        if !reasons.isEmpty { return .reevaluate(reasons) }
        return scanner == nil ? .keep : .scan
    }
}
