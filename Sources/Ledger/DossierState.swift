import DossierModel
import Foundation
import Packets

/// What the ledger knows about a dossier id now: the newest thing recorded for it (its
/// current decision, or a quarantine that came after it) and the packets of that decision.
///
/// The nightly skips a dossier whose content hash is unchanged and whose packets exist,
/// renders missing packets from the stored decision, and processes anything else again.
public struct DossierState: Sendable, Hashable {
    /// The newest record for a dossier id.
    public enum Latest: Sendable, Hashable {
        /// The current decision: the one that stands for the dossier id.
        case decided(StoredDecision)
        /// A quarantine recorded after the last decision (or with no decision at all).
        case quarantined(StoredQuarantine)
    }

    public var dossierID: String
    public var latest: Latest
    /// The packets written for the current decision's version in its run or later, newest
    /// first; empty when the latest record is a quarantine.
    public var packets: [StoredPacket]
    /// The version the current decision was made on, with its body; nil when the latest
    /// record is a quarantine.
    public var version: DossierVersion?

    public init(dossierID: String, latest: Latest, packets: [StoredPacket], version: DossierVersion? = nil) {
        self.dossierID = dossierID
        self.latest = latest
        self.packets = packets
        self.version = version
    }

    /// The content hash of the newest record (nil for a quarantine without one).
    public var contentHash: String? {
        switch latest {
        case .decided(let decision): decision.key.contentHash
        case .quarantined(let quarantine): quarantine.quarantine.contentHash
        }
    }

    /// The outcome of the newest record (`quarantined` for a quarantine).
    public var outcome: Outcome {
        switch latest {
        case .decided(let decision): decision.outcome
        case .quarantined: .quarantined
        }
    }

    /// The current decision, when the newest record is one.
    public var decision: StoredDecision? {
        if case .decided(let decision) = latest { return decision }
        return nil
    }

    /// True when the newest record is for exactly these bytes.
    public func isUnchanged(contentHash: String) -> Bool { self.contentHash == contentHash }

    /// True when a packet of every given kind was recorded for the current decision.
    public func hasPackets(_ kinds: Set<PacketKind>) -> Bool {
        kinds.isSubset(of: Set(packets.map(\.entry.kind)))
    }
}

/// A decision as the ledger holds it.
public struct StoredDecision: Sendable, Hashable {
    public var key: DossierKey
    public var runID: RunID
    public var outcome: Outcome
    public var catalogueID: String?
    /// The reference files the decision used, as recorded.
    public var references: [ReferenceUse]
    /// The encoded `Decision`, without its audit's reference files (`decoded()` puts them back).
    public var body: EncodedBlob
    public var decidedAt: Date
    /// True for the decision that stands for its dossier id.
    public var isCurrent: Bool
    /// What a re-classification changed, for a decision it made.
    public var change: ReclassifyChange?

    public init(
        key: DossierKey, runID: RunID, outcome: Outcome, catalogueID: String?, references: [ReferenceUse],
        body: EncodedBlob, decidedAt: Date, isCurrent: Bool, change: ReclassifyChange? = nil
    ) {
        self.key = key
        self.runID = runID
        self.outcome = outcome
        self.catalogueID = catalogueID
        self.references = references
        self.body = body
        self.decidedAt = decidedAt
        self.isCurrent = isCurrent
        self.change = change
    }

    /// The `Decision`, with the reference files its audit used.
    public func decoded() throws -> Decision {
        try LedgerBlobCodec.decision(body, references: references)
    }
}

/// A quarantine as the ledger holds it: the `Quarantine` value, with the run that recorded it.
public struct StoredQuarantine: Sendable, Hashable {
    public var quarantine: Quarantine
    public var runID: RunID
    public var recordedAt: Date

    public init(quarantine: Quarantine, runID: RunID, recordedAt: Date) {
        self.quarantine = quarantine
        self.runID = runID
        self.recordedAt = recordedAt
    }
}
