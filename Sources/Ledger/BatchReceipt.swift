import DossierModel
import Foundation

/// What recording a batch changed: how many rows were new, and how many results were
/// already in the ledger (a repeated batch after a crash changes nothing).
public struct BatchReceipt: Sendable, Hashable {
    /// Dossier versions stored for the first time.
    public var newVersions = 0
    /// Decisions stored (each becomes the current decision of its dossier id).
    public var newDecisions = 0
    /// Quarantines stored.
    public var newQuarantines = 0
    /// Results that were already recorded for this run and changed nothing.
    public var alreadyRecorded = 0

    public init(newVersions: Int = 0, newDecisions: Int = 0, newQuarantines: Int = 0, alreadyRecorded: Int = 0) {
        self.newVersions = newVersions
        self.newDecisions = newDecisions
        self.newQuarantines = newQuarantines
        self.alreadyRecorded = alreadyRecorded
    }
}
