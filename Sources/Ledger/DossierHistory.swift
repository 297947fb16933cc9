import DossierModel
import Foundation

/// Everything the ledger holds about one dossier id, oldest first: its versions, the
/// decisions made on them and the quarantines recorded under the id.
public struct DossierHistory: Sendable, Hashable {
    public var dossierID: String
    /// In the order the versions were first stored.
    public var versions: [VersionHistory]
    /// Every decision on every version, in the order they were recorded; the last one is
    /// the current decision unless a quarantine came after it.
    public var decisions: [StoredDecision]
    /// In the order they were recorded.
    public var quarantines: [StoredQuarantine]

    public init(dossierID: String, versions: [VersionHistory], decisions: [StoredDecision], quarantines: [StoredQuarantine]) {
        self.dossierID = dossierID
        self.versions = versions
        self.decisions = decisions
        self.quarantines = quarantines
    }

    /// The decisions made on one version, oldest first.
    public func decisions(of key: DossierKey) -> [StoredDecision] { decisions.filter { $0.key == key } }

    /// True when the ledger holds nothing for the id.
    public var isEmpty: Bool { versions.isEmpty && decisions.isEmpty && quarantines.isEmpty }
}

/// One stored version of a dossier, without its body (fetch it with `storedVersion(_:)`).
public struct VersionHistory: Sendable, Hashable {
    public var key: DossierKey
    public var filed: CalendarDate?
    public var firstSeenRun: RunID
    public var lastSeenRun: RunID

    public init(key: DossierKey, filed: CalendarDate?, firstSeenRun: RunID, lastSeenRun: RunID) {
        self.key = key
        self.filed = filed
        self.firstSeenRun = firstSeenRun
        self.lastSeenRun = lastSeenRun
    }
}

/// A dossier version a run saw, and what the run did with it.
public struct RunDossier: Sendable, Hashable {
    /// What a run did with a version it saw.
    public enum Disposition: String, Sendable, Hashable, Codable, CaseIterable {
        /// Classified (or re-classified) and a decision recorded.
        case decided
        /// Unchanged since an earlier run: nothing done.
        case skipped
    }

    public var key: DossierKey
    public var disposition: Disposition

    public init(key: DossierKey, disposition: Disposition) {
        self.key = key
        self.disposition = disposition
    }
}
