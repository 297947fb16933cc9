import DossierModel
import Foundation

/// Bytes the caller encoded (and usually compressed), with the name of the encoding so a
/// later reader knows how to decode them (`json+gzip`, `json`).
///
/// The ledger never looks inside: Pipeline chooses the encoding, so a new one needs no
/// migration.
public struct EncodedBlob: Sendable, Hashable {
    public var bytes: Data
    /// A short name for how `bytes` were made (`json+gzip`); never empty.
    public var encoding: String

    public init(bytes: Data, encoding: String) {
        self.bytes = bytes
        self.encoding = encoding
    }
}

/// One version of a dossier: its id and the SHA-256 of its bytes as read.
public struct DossierKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var dossierID: String
    /// Lowercase hex SHA-256 (64 characters) of the dossier's bytes as read.
    public var contentHash: String

    public init(dossierID: String, contentHash: String) {
        self.dossierID = dossierID
        self.contentHash = contentHash
    }

    public static func < (lhs: DossierKey, rhs: DossierKey) -> Bool {
        (lhs.dossierID, lhs.contentHash) < (rhs.dossierID, rhs.contentHash)
    }

    /// `JS-2026-004211@1f3a9c0b2d4e` (the hash shortened to 12 characters).
    public var description: String { "\(dossierID)@\(contentHash.prefix(12))" }
}

/// A dossier version to store: the normalised dossier as a blob, so that later stages can
/// run again without reading the XML, and the filing date so re-classification can select
/// by it without decoding the blob.
public struct DossierVersion: Sendable, Hashable {
    public var key: DossierKey
    /// The filing date, when Normalise read one.
    public var filed: CalendarDate?
    /// The normalised `Dossier`, encoded by the caller.
    public var body: EncodedBlob

    public init(key: DossierKey, filed: CalendarDate?, body: EncodedBlob) {
        self.key = key
        self.filed = filed
        self.body = body
    }
}

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

    public init(
        outcome: Outcome, catalogueID: String?, references: [ReferenceUse], body: EncodedBlob, decidedAt: Date? = nil,
        hits: [DecisionHitKey]? = nil
    ) {
        self.outcome = outcome
        self.catalogueID = catalogueID
        self.references = references
        self.body = body
        self.decidedAt = decidedAt
        self.hits = hits
    }
}

/// What a run learnt about one dossier: a stored version with its decision, or a quarantine.
public enum LedgerResult: Sendable, Hashable {
    case decided(DossierVersion, DecisionEntry)
    case quarantined(Quarantine)
}

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
