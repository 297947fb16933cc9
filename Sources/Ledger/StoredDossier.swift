import DossierModel
import Foundation

/// The latest stored version of a dossier id with its current decision: what
/// re-classification reads instead of the XML.
public struct StoredDossier: Sendable, Hashable {
    public var version: DossierVersion
    /// The decision that stands for the dossier id (re-classification compares against it).
    public var decision: StoredDecision

    public init(version: DossierVersion, decision: StoredDecision) {
        self.version = version
        self.decision = decision
    }
}

/// Which stored dossiers to iterate: by filing date and by current outcome. Every field
/// left nil selects everything.
public struct StoredDossierFilter: Sendable, Hashable {
    /// Only dossiers filed on or after this date (dossiers without a filing date are left out).
    public var filedOnOrAfter: CalendarDate?
    /// Only dossiers filed before this date (dossiers without a filing date are left out).
    public var filedBefore: CalendarDate?
    /// Only dossiers whose current outcome is one of these.
    public var outcomes: Set<Outcome>?

    public init(filedOnOrAfter: CalendarDate? = nil, filedBefore: CalendarDate? = nil, outcomes: Set<Outcome>? = nil) {
        self.filedOnOrAfter = filedOnOrAfter
        self.filedBefore = filedBefore
        self.outcomes = outcomes
    }

    /// Everything the ledger holds.
    public static let all = StoredDossierFilter()
}
