import DossierModel

/// What a batch produced, counted for `summary.json` and `summary.html` (schema
/// `outbound-summary/1`, documented in `docs/packet-format.md`). Built by `SummaryBuilder`.
///
/// Every count is of dossiers, processed now or skipped as unchanged alike; a dossier
/// counts once per authority, province, entry or flag however often it names it.
public struct BatchSummary: Codable, Sendable, Hashable {
    /// The schema name and version of `summary.json`.
    public static let schemaName = "outbound-summary/1"

    public var schema: String
    public var run: PacketDocument.Run
    public var totals: Totals
    /// One row per outcome, in the order of review-rules section 3, zeros included.
    public var byOutcome: [Count]
    /// Authorities by dossier count, most first, then by id.
    public var byAuthority: [Count]
    /// Provinces by dossier count, most first, then by code; `none` when no route named one.
    public var byProvince: [Count]
    /// Catalogue entries with a counting hit, by dossier count, most first.
    public var byEntry: [EntryCount]
    /// Flags by dossier count, in the order of review-rules section 4, zeros left out.
    public var byFlag: [Count]
    /// The quarantined dossiers, by file and position.
    public var quarantines: [QuarantineRow]
    /// Every dossier with its outcome and packet paths, by dossier id.
    public var dossiers: [DossierRow]

    /// How many dossiers the run saw and what it did with them.
    public struct Totals: Codable, Sendable, Hashable {
        public var dossiers: Int
        /// Decided (or quarantined) in this run.
        public var processed: Int
        /// Unchanged since an earlier run: the stored decision was reused.
        public var skipped: Int
        public var quarantined: Int
    }

    /// A key, a label for people and a count.
    public struct Count: Codable, Sendable, Hashable {
        /// The stable key (outcome, authority id, province code, flag kind).
        public var key: String
        /// The label shown in charts (for an authority: its English name and Chinese name).
        public var label: String
        public var count: Int
    }

    /// A catalogue entry and how many dossiers hit it.
    public struct EntryCount: Codable, Sendable, Hashable {
        /// The entry's identity, the same in every catalogue version.
        public var identity: String
        /// The code in the version matched; entries whose code changed between versions
        /// get one row per code.
        public var code: String?
        public var name: String
        public var nameEn: String
        /// `prohibited` or `restricted`.
        public var part: String
        public var count: Int
    }

    /// A quarantined dossier, or an input nothing could be read from.
    public struct QuarantineRow: Codable, Sendable, Hashable {
        public var dossierID: String?
        public var reason: String
        public var diagnosticID: String
        public var file: String
        public var member: String?
        public var line: Int?
        public var column: Int?
        /// The packet paths, when a packet was written for it.
        public var packet: PacketPaths?

        public init(
            dossierID: String?, reason: String, diagnosticID: String, file: String, member: String?, line: Int?, column: Int?,
            packet: PacketPaths?
        ) {
            self.dossierID = dossierID
            self.reason = reason
            self.diagnosticID = diagnosticID
            self.file = file
            self.member = member
            self.line = line
            self.column = column
            self.packet = packet
        }
    }

    /// One dossier of the batch.
    public struct DossierRow: Codable, Sendable, Hashable {
        public var dossierID: String
        public var outcome: String
        public var province: String?
        /// `processed` or `skipped`.
        public var status: String
        public var flags: [String]
        public var packet: PacketPaths?

        public init(dossierID: String, outcome: String, province: String?, status: String, flags: [String], packet: PacketPaths?) {
            self.dossierID = dossierID
            self.outcome = outcome
            self.province = province
            self.status = status
            self.flags = flags
            self.packet = packet
        }
    }
}
