import Foundation

/// A reviewer's action on a dossier, recorded append-only in the ledger by the workbench
/// (`outbound serve`): who did what, when and why. The ledger never changes or deletes one.
public struct ReviewAction: Sendable, Hashable, Codable {
    /// What the reviewer did.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Took the dossier: it is theirs to work.
        case take
        /// Finished the review, with a `result`.
        case done
        /// Added a note.
        case note
        /// Cleared a screening match as a false positive: a `clearance` that the next run and
        /// re-classification apply as an allow-list entry.
        case clear
    }

    /// The result a reviewer marks a dossier done with.
    public enum Result: String, Sendable, Hashable, Codable, CaseIterable {
        /// The transfer may go ahead.
        case approved
        /// The transfer may not go ahead.
        case refused
        /// Sent back to the applicant for more information.
        case returned
        /// Referred to another authority.
        case referred
    }

    /// The party-entry pair a `clear` action clears.
    public struct Clearance: Sendable, Hashable, Codable {
        /// The party's name as screened (compared after name normalisation, as the CSV
        /// allow-list's `party` is).
        public var party: String
        public var listID: String
        public var entryID: String

        public init(party: String, listID: String, entryID: String) {
            self.party = party
            self.listID = listID
            self.entryID = entryID
        }
    }

    /// The ledger's id of the action, increasing in the order they were recorded.
    public var id: Int64
    public var dossierID: String
    public var kind: Kind
    /// Who: the signed-in user, or the name a reviewer gave on a loopback workbench.
    public var reviewer: String
    /// When the ledger recorded it.
    public var recordedAt: Date
    /// Why: the reviewer's words (required for `done`, `note` and `clear`).
    public var note: String
    /// For `done` only.
    public var result: Result?
    /// For `clear` only.
    public var clearance: Clearance?
    /// The run whose decision the reviewer was looking at, if known.
    public var decisionRun: RunID?

    public init(
        id: Int64, dossierID: String, kind: Kind, reviewer: String, recordedAt: Date, note: String, result: Result? = nil,
        clearance: Clearance? = nil, decisionRun: RunID? = nil
    ) {
        self.id = id
        self.dossierID = dossierID
        self.kind = kind
        self.reviewer = reviewer
        self.recordedAt = recordedAt
        self.note = note
        self.result = result
        self.clearance = clearance
        self.decisionRun = decisionRun
    }
}

/// A review action to record: the ledger gives it its id and time.
public struct NewReviewAction: Sendable, Hashable {
    public var dossierID: String
    public var kind: ReviewAction.Kind
    public var reviewer: String
    public var note: String
    public var result: ReviewAction.Result?
    public var clearance: ReviewAction.Clearance?
    public var decisionRun: RunID?

    public init(
        dossierID: String, kind: ReviewAction.Kind, reviewer: String, note: String, result: ReviewAction.Result? = nil,
        clearance: ReviewAction.Clearance? = nil, decisionRun: RunID? = nil
    ) {
        self.dossierID = dossierID
        self.kind = kind
        self.reviewer = reviewer
        self.note = note
        self.result = result
        self.clearance = clearance
        self.decisionRun = decisionRun
    }

    /// Why the ledger refuses the action, or nil when it is well formed: a reviewer and a
    /// dossier id are required, `done` needs a result, `clear` a complete clearance, and only
    /// they carry one; `take` alone may come without a note.
    public var problem: String? {
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if trimmed(dossierID).isEmpty { return "the dossier id is empty" }
        if trimmed(reviewer).isEmpty { return "the reviewer is empty" }
        if kind != .take, trimmed(note).isEmpty { return "a \(kind.rawValue) action needs a note saying why" }
        if (kind == .done) != (result != nil) { return "a result goes with a done action, and only with it" }
        if (kind == .clear) != (clearance != nil) { return "a clearance goes with a clear action, and only with it" }
        if let clearance, [clearance.party, clearance.listID, clearance.entryID].contains(where: { trimmed($0).isEmpty }) {
            return "a clearance needs the party, the list and the entry"
        }
        return nil
    }
}

/// A report a run produced, kept in the ledger so the workbench can show it for every run
/// (`reclassify.json` is rewritten by each re-classification).
public enum RunReportKind: String, Sendable, Hashable, CaseIterable {
    /// `outbound-reclassify/1`: what a re-classification changed, with the catalogue diff.
    case reclassify
}
