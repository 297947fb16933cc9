import DossierModel
import Foundation

/// What a run learnt about one dossier: a stored version with its decision, or a quarantine.
public enum LedgerResult: Sendable, Hashable {
    case decided(DossierVersion, DecisionEntry)
    case quarantined(Quarantine)
}
