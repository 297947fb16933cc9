import DossierModel

/// The work queue of one authority: a row per dossier (and role) it acts on, earliest due
/// date first, rows without a due date last, then by dossier id.
public struct AuthorityQueue: Codable, Sendable, Hashable {
    /// The authority's id from the routing table.
    public var authorityID: String
    public var name: String
    public var nameEn: String
    public var rows: [Row]

    public init(authorityID: String, name: String, nameEn: String, rows: [Row]) {
        self.authorityID = authorityID
        self.name = name
        self.nameEn = nameEn
        self.rows = rows
    }

    /// One dossier in an authority's queue.
    public struct Row: Codable, Sendable, Hashable {
        public var dossierID: String
        public var outcome: String
        public var province: String?
        /// What the authority does for this dossier.
        public var role: String
        /// `track-a`, `track-b`, `licence-procedure`, ...
        public var track: String
        /// The assets it reviews; empty when it acts on the whole dossier.
        public var assetIDs: [String]
        /// The earliest due date of the dossier's clocks, `YYYY-MM-DD`.
        public var due: String?
        /// The id of the clock that is due first.
        public var dueClock: String?
        /// That clock's title.
        public var dueClockTitle: String?
        /// The flag kinds raised on the dossier.
        public var flags: [String]
        /// The relative path of the packet's page (`packets/<name>.html`).
        public var packet: String?
        /// The packet's line in the run's `packets.jsonl`.
        public var packetLine: Int?
        /// `processed` or `skipped`.
        public var status: String

        public init(
            dossierID: String, outcome: String, province: String?, role: String, track: String, assetIDs: [String], due: String?,
            dueClock: String?, dueClockTitle: String?, flags: [String], packet: String?, packetLine: Int? = nil, status: String
        ) {
            self.dossierID = dossierID
            self.outcome = outcome
            self.province = province
            self.role = role
            self.track = track
            self.assetIDs = assetIDs
            self.due = due
            self.dueClock = dueClock
            self.dueClockTitle = dueClockTitle
            self.flags = flags
            self.packet = packet
            self.packetLine = packetLine
            self.status = status
        }
    }

    /// The file stem for this queue: `queue-` and the authority id, as it is when it is a
    /// routing-table identity (lower-case letters, digits and hyphens, which cannot collide
    /// on any file system), else sanitised by `PathComponent`.
    public var fileStem: String {
        let isIdentity =
            !authorityID.isEmpty
            && authorityID.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            } && !authorityID.hasPrefix("-")
        return "queue-" + (isIdentity ? authorityID : PathComponent.name(for: authorityID))
    }
    /// `queue-<id>.csv`.
    public var csvFileName: String { fileStem + ".csv" }
    /// `queue-<id>.jsonl`.
    public var jsonLinesFileName: String { fileStem + ".jsonl" }

    /// Earliest due date first, no due date last, then dossier id, track and role.
    static func ordered(_ a: Row, _ b: Row) -> Bool {
        switch (a.due, b.due) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, .none): return true
        case (.none, .some): return false
        default: return (a.dossierID, a.track, a.role) < (b.dossierID, b.track, b.role)
        }
    }
}
