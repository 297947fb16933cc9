/// What Outbound decided about one dossier: the outcome with its evidence, the flags, the
/// route and the audit trail of every file and rule that produced it.
public struct Decision: Codable, Sendable, Hashable {
    public var dossierID: String
    /// The dossier's content hash, when known, so the decision names the exact input.
    public var contentHash: String?
    /// The filing date the catalogue was chosen by.
    public var filed: CalendarDate?
    public var outcome: Outcome
    /// Why the dossier is or is not an outbound transfer.
    public var outbound: OutboundTest
    /// The catalogue version the dossier was matched against.
    public var catalogueID: String?
    /// Every matched entry and control point, counting or not, strongest first.
    public var hits: [Hit]
    /// Screening results per party, including matches an allow-list suppressed.
    public var screening: [PartyScreening]
    public var flags: [Flag]
    /// Who reviews and by when; nil for quarantined dossiers.
    public var route: Route?
    /// Sentences for the reviewer that no other field carries.
    public var notes: [String]
    /// The files and rules behind the decision.
    public var audit: Audit
    /// Why the dossier was quarantined, when the outcome is `quarantined`.
    public var quarantine: Quarantine?

    public init(
        dossierID: String, contentHash: String? = nil, filed: CalendarDate?, outcome: Outcome, outbound: OutboundTest,
        catalogueID: String?, hits: [Hit], screening: [PartyScreening], flags: [Flag], route: Route?,
        notes: [String] = [], audit: Audit, quarantine: Quarantine? = nil
    ) {
        self.dossierID = dossierID
        self.contentHash = contentHash
        self.filed = filed
        self.outcome = outcome
        self.outbound = outbound
        self.catalogueID = catalogueID
        self.hits = hits
        self.screening = screening
        self.flags = flags
        self.route = route
        self.notes = notes
        self.audit = audit
        self.quarantine = quarantine
    }

    /// The decision for a dossier that could not be read: outcome `quarantined`, the reason,
    /// and nothing assessed.
    public static func quarantined(_ quarantine: Quarantine, version: String) -> Decision {
        Decision(
            dossierID: quarantine.dossierId ?? "(unknown id)", contentHash: quarantine.contentHash, filed: nil, outcome: .quarantined,
            outbound: OutboundTest(
                isOutbound: false, holderID: nil, holderCountry: nil, foreignReceiverIDs: [],
                reason: "not assessed: the dossier was quarantined"),
            catalogueID: nil, hits: [], screening: [], flags: [], route: nil,
            notes: ["Quarantined at \(quarantine.location): \(quarantine.reason) [\(quarantine.diagnosticId)]"],
            audit: Audit(references: [], rules: ["outcome.quarantined"], version: version), quarantine: quarantine)
    }

    /// The hits that count towards the outcome.
    public var countingHits: [Hit] { hits.filter(\.counts) }

    /// True when the decision carries the flag.
    public func has(_ flag: FlagKind) -> Bool { flags.contains { $0.kind == flag } }
}
