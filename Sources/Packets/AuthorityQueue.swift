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
        /// The relative path of `packet.html`.
        public var packet: String?
        /// `processed` or `skipped`.
        public var status: String
    }

    /// The file stem for this queue: `queue-` and the authority id, as it is when it is a
    /// routing-table identity (lower-case letters, digits and hyphens, which cannot collide
    /// on any file system), else sanitised by `PathComponent`.
    public var fileStem: String {
        let isIdentity = !authorityID.isEmpty && authorityID.unicodeScalars.allSatisfy {
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
        case let (x?, y?) where x != y: return x < y
        case (.some, .none): return true
        case (.none, .some): return false
        default: return (a.dossierID, a.track, a.role) < (b.dossierID, b.track, b.role)
        }
    }
}

/// Collects the queues of a batch one decision at a time: every authority in a decision's
/// route gets a row for the dossier.
///
/// A provincial department (an authority id starting `provincial-`, the routing tables'
/// naming rule) is a different office in each province, so its queue is per province:
/// `cn-js-provincial-ip-office`. A national authority (`cnipa`) has one queue.
public struct QueueBuilder: Sendable {
    private var rows: [String: [String: [AuthorityQueue.Row]]] = [:]
    private var names: [String: (name: String, nameEn: String)] = [:]

    public init() {}

    /// Adds one dossier's decision; a dossier added again replaces its earlier rows.
    public mutating func add(_ decision: Decision, packet: PacketPaths?, processing: SummaryBuilder.Processing = .processed) {
        for key in rows.keys { rows[key]?[decision.dossierID] = nil }
        guard let route = decision.route else { return }
        let first = PacketHTML.sortedByDue(route.clocks).first
        let due = first?.due
        let flags = FlagKind.allCases.filter { decision.has($0) }.map(\.rawValue)
        for authority in route.authorities {
            let id = Self.queueID(authority, province: route.province)
            if names[id] == nil { names[id] = (authority.name, authority.nameEn) }
            let row = AuthorityQueue.Row(
                dossierID: decision.dossierID, outcome: decision.outcome.rawValue, province: route.province, role: authority.role,
                track: authority.track.rawValue, assetIDs: authority.assetIDs, due: due?.description,
                dueClock: due == nil ? nil : first?.id, dueClockTitle: due == nil ? nil : first?.title,
                flags: flags, packet: packet?.html, status: processing.rawValue)
            rows[id, default: [:]][decision.dossierID, default: []].append(row)
        }
    }

    /// The queue an authority's rows go to: per province for a provincial department.
    static func queueID(_ authority: Authority, province: String?) -> String {
        guard authority.id.hasPrefix("provincial-") else { return authority.id }
        return "\((province ?? "unknown-province").lowercased())-\(authority.id)"
    }

    /// The queues, by authority id, each sorted.
    public func build() -> [AuthorityQueue] {
        rows.keys.sorted().compactMap { id in
            let all = (rows[id] ?? [:]).values.flatMap { $0 }.sorted(by: AuthorityQueue.ordered)
            guard !all.isEmpty, let name = names[id] else { return nil }
            return AuthorityQueue(authorityID: id, name: name.name, nameEn: name.nameEn, rows: all)
        }
    }
}
