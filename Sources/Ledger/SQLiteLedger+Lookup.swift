import DossierModel
import Foundation
import GRDB

extension SQLiteLedger {
    /// The columns `decisionRow` reads (table aliases `x` for the decision, `v` for its
    /// version, `d` for its dossier).
    static let decisionColumns = """
        d.dossier_id AS d_id, v.content_hash AS v_hash, x.run_id AS x_run, x.outcome AS x_outcome,
        x.catalogue_id AS x_catalogue, x.reference_set AS x_references, x.body AS x_body, x.change AS x_change,
        x.decided_at AS x_decided, x.is_current AS x_current
        """

    /// The decision in a row selected with `decisionColumns`.
    func decisionRow(_ row: Row, _ db: Database) throws -> StoredDecision {
        let references = try withCache { try $0.references.references(of: row["x_references"], db) }
        return try StoredDecision(
            key: DossierKey(dossierID: row["d_id"], contentHash: LedgerRows.hex(row["v_hash"])), runID: row["x_run"],
            outcome: row["x_outcome"], catalogueID: row["x_catalogue"], references: references, body: blob(row["x_body"]),
            change: row["x_change"], decidedAt: row["x_decided"], isCurrent: row["x_current"])
    }

    /// A stored blob with the dictionary it names attached.
    func blob(_ bytes: Data) -> EncodedBlob {
        withCache { $0.dictionaries.attach(bytes) }
    }

    /// The quarantine in a row of `quarantine`.
    static func quarantineRow(_ row: Row) throws -> StoredQuarantine {
        try StoredQuarantine(detail: row["detail"], runID: row["run_id"], recordedAt: row["recorded_at"])
    }

    /// The packet in a row of `packet` joined with its version (`v`) and dossier (`d`).
    static func packetRow(_ row: Row) throws -> StoredPacket {
        try StoredPacket(
            dossierID: row["d_id"], contentHash: LedgerRows.hex(row["v_hash"]), kind: row["kind"], path: row["path"],
            sha256: LedgerRows.hex(row["sha256"]), runID: row["run_id"], writtenAt: row["written_at"])
    }

    public func states(of dossierIDs: [String]) throws -> [String: DossierState] {
        try read("look up the state of \(dossierIDs.count) dossier ids") { db in
            var states: [String: DossierState] = [:]
            for dossierID in Set(dossierIDs) {
                if let state = try state(of: dossierID, db) { states[dossierID] = state }
            }
            return states
        }
    }

    /// The state of one id: its current decision with that version (and its body) and the
    /// version's packets, else its newest quarantine (which, when a current decision exists,
    /// is older than it). Its statements are cached: it runs for every dossier of every nightly.
    private func state(of dossierID: String, _ db: Database) throws -> DossierState? {
        guard
            let dossier = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM dossier WHERE dossier_id = ?"), arguments: [dossierID])
        else { return nil }
        let current = try db.cachedStatement(
            sql: """
                SELECT \(Self.decisionColumns), x.version AS x_version, v.filed AS v_filed, v.body AS v_body
                FROM decision x JOIN version v ON v.id = x.version JOIN dossier d ON d.id = x.dossier
                WHERE x.dossier = ? AND x.is_current = 1
                """)
        if let row = try Row.fetchOne(current, arguments: [dossier]) {
            let decision = try decisionRow(row, db)
            let packets = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT p.*, ? AS d_id, v.content_hash AS v_hash FROM packet p JOIN version v ON v.id = p.version
                        WHERE p.version = ? AND p.run_id >= ? ORDER BY p.run_id DESC, p.kind
                        """),
                arguments: [dossierID, row["x_version"], decision.runID.rawValue])
            let version = DossierVersion(
                key: decision.key, filed: (row["v_filed"] as String?).flatMap(CalendarDate.init(iso:)), body: blob(row["v_body"]))
            return DossierState(
                dossierID: dossierID, latest: .decided(decision), packets: try packets.map(Self.packetRow), version: version)
        }
        let newest = try db.cachedStatement(sql: "SELECT * FROM quarantine WHERE dossier = ? ORDER BY id DESC LIMIT 1")
        if let quarantine = try Row.fetchOne(newest, arguments: [dossier]) {
            return DossierState(dossierID: dossierID, latest: .quarantined(try Self.quarantineRow(quarantine)), packets: [])
        }
        return nil
    }

    public func dossiers(in run: RunID) throws -> [RunDossier] {
        try dossiers(in: run, after: nil, limit: Int.max)
    }

    public func quarantines(in run: RunID) throws -> [StoredQuarantine] {
        try read("list the quarantines of run \(run)") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM quarantine WHERE run_id = ? ORDER BY id", arguments: [run.rawValue])
                .map(Self.quarantineRow)
        }
    }

    public func packets(in run: RunID) throws -> [StoredPacket] {
        try read("list the packets of run \(run)") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, d.dossier_id AS d_id, v.content_hash AS v_hash FROM packet p
                    JOIN version v ON v.id = p.version JOIN dossier d ON d.id = v.dossier
                    WHERE p.run_id = ? ORDER BY d.dossier_id, v.content_hash, p.kind
                    """, arguments: [run.rawValue]
            ).map(Self.packetRow)
        }
    }

    public func history(of dossierID: String) throws -> DossierHistory {
        try read("read the history of dossier \(dossierID)") { db in
            guard let dossier = try Int64.fetchOne(db, sql: "SELECT id FROM dossier WHERE dossier_id = ?", arguments: [dossierID]) else {
                return DossierHistory(dossierID: dossierID, versions: [], decisions: [], quarantines: [])
            }
            // The bodies stay in the database: a history lists, `storedVersion` fetches.
            let versions = try Row.fetchAll(
                db, sql: "SELECT content_hash, filed, first_seen_run, last_seen_run FROM version WHERE dossier = ? ORDER BY id",
                arguments: [dossier]
            ).map { row in
                VersionHistory(
                    key: DossierKey(dossierID: dossierID, contentHash: LedgerRows.hex(row["content_hash"])),
                    filed: (row["filed"] as String?).flatMap(CalendarDate.init(iso:)),
                    firstSeenRun: RunID(rawValue: row["first_seen_run"]), lastSeenRun: RunID(rawValue: row["last_seen_run"]))
            }
            // Through the dossier's versions (the unique keys of `version` and `decision`):
            // `decision` has no index by dossier that is not partial, and `WHERE x.dossier = ?`
            // scanned every decision (a dossier page of the workbench took 2,000 page reads on
            // a 100k ledger).
            let decisions = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.decisionColumns) FROM version v JOIN decision x ON x.version = v.id JOIN dossier d ON d.id = x.dossier
                    WHERE v.dossier = ? ORDER BY x.id
                    """, arguments: [dossier]
            ).map { try decisionRow($0, db) }
            let quarantines = try Row.fetchAll(db, sql: "SELECT * FROM quarantine WHERE dossier = ? ORDER BY id", arguments: [dossier])
                .map(Self.quarantineRow)
            return DossierHistory(dossierID: dossierID, versions: versions, decisions: decisions, quarantines: quarantines)
        }
    }

    public func storedVersion(_ key: DossierKey) throws -> DossierVersion? {
        try read("read stored dossier \(key)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT v.filed, v.body FROM version v JOIN dossier d ON d.id = v.dossier
                        WHERE d.dossier_id = ? AND v.content_hash = ?
                        """, arguments: [key.dossierID, try LedgerRows.hashBytes(key.contentHash)])
            else { return nil }
            return DossierVersion(key: key, filed: (row["filed"] as String?).flatMap(CalendarDate.init(iso:)), body: blob(row["body"]))
        }
    }

    /// Forgets what the cache holds (after a failed write, whose ids were rolled back) and
    /// reads the dictionaries again.
    func resetCache() {
        let stored = (try? read("read the blob dictionaries") { db in try BlobDictionaries.stored(db) }) ?? []
        withCache { cache in
            cache = Cache()
            cache.dictionaries.add(stored)
        }
    }
}
