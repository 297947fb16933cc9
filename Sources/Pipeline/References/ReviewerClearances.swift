import Catalogue
import Classify
import DossierModel
import Foundation
import Hashing
import Ledger

/// The screening matches reviewers cleared in the workbench (`clear` actions in the ledger),
/// applied by the nightly run, the shared-run workers and re-classification as allow-list
/// entries after the allow-list file's, each decision naming the clearance in its audit
/// note as the CSV allow-list's do.
///
/// The clearances count as one reference file of kind `allow-list` whose hash is that of
/// their canonical text, so a new clearance makes every stored decision out of date the way
/// an edited allow-list file does: the next run decides the dossiers it reads again, and
/// re-classification screens every stored dossier again.
enum ReviewerClearances {
    /// The reference's id and the name its clearances give as their file.
    static let referenceID = "workbench clearances"

    /// The engine with the ledger's clearances added; the engine itself when the ledger has
    /// none or the pipeline screens against no list.
    static func apply(to engine: ReviewEngine, ledger: any LedgerStore, location: String) throws -> ReviewEngine {
        guard let screening = engine.classifier.screening else { return engine }
        let actions = try ledger.allReviewActions(kind: .clear)
        guard !actions.isEmpty else { return engine }
        let source = "\(LedgerLocation.redacted(location))#review_action"
        let clearances = actions.compactMap { action in
            action.clearance.map { clearance in
                ScreeningClearance(
                    party: clearance.party, listId: clearance.listID, entryId: clearance.entryID, reviewer: action.reviewer,
                    date: day(action.recordedAt), reason: action.note, file: source, line: Int(action.id))
            }
        }
        let reference = ReferenceUse(
            kind: "allow-list", id: referenceID, path: source, sha256: ContentHash.sha256(text: canonical(clearances)))
        let old = engine.classifier
        let references = ClassifierReferences(catalogues: old.references.catalogues, screening: old.references.screening + [reference])
        let classifier = Classifier(
            catalogues: old.catalogues, screening: screening.clearing(clearances), today: old.today, references: references)
        return ReviewEngine(classifier: classifier, router: engine.router)
    }

    /// One line per clearance, every field that reaches a decision, in ledger order.
    static func canonical(_ clearances: [ScreeningClearance]) -> String {
        clearances.map { c in
            [String(c.line), c.party, c.listId, c.entryId, c.reviewer, c.date, c.reason].map {
                $0.replacingOccurrences(of: "\n", with: " ")
            }
            .joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// `YYYY-MM-DD` in UTC, as an allow-list's `date`.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
