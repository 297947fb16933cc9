import DossierModel
import Foundation
import GRDB

extension SQLiteLedger {
    public func states(of dossierIDs: [String]) throws -> [String: DossierState] {
        try read("look up the state of \(dossierIDs.count) dossier ids") { db in
            var states: [String: DossierState] = [:]
            for dossierID in Set(dossierIDs) {
                if let state = try state(of: dossierID, db) { states[dossierID] = state }
            }
            return states
        }
    }

    /// The state of one id: its current decision with that version's packets, else its
    /// newest quarantine (which, when a current decision exists, is older than it).
    /// Its statements are cached: it runs for every dossier of every nightly.
    private func state(of dossierID: String, _ db: Database) throws -> DossierState? {
        let currentDecision = try db.cachedStatement(sql: "SELECT * FROM decision WHERE dossier_id = ? AND is_current = 1")
        if let current = try DecisionRecord.fetchOne(currentDecision, arguments: [dossierID]) {
            let packetsOfVersion = try db.cachedStatement(
                sql: """
                    SELECT * FROM packet WHERE dossier_id = ? AND content_hash = ? AND run_id >= ?
                    ORDER BY run_id DESC, kind
                    """)
            let packets = try PacketRecord.fetchAll(packetsOfVersion, arguments: [dossierID, current.contentHash, current.runID])
            return DossierState(dossierID: dossierID, latest: .decided(try current.stored()), packets: try packets.map { try $0.stored() })
        }
        let newestQuarantine = try db.cachedStatement(sql: "SELECT * FROM quarantine WHERE dossier_id = ? ORDER BY id DESC LIMIT 1")
        if let quarantine = try QuarantineRecord.fetchOne(newestQuarantine, arguments: [dossierID]) {
            return DossierState(dossierID: dossierID, latest: .quarantined(try quarantine.stored()), packets: [])
        }
        return nil
    }

    public func dossiers(in run: RunID) throws -> [RunDossier] {
        try read("list the dossiers of run \(run)") { db in
            try RunDossierRecord.fetchAll(
                db, sql: "SELECT * FROM run_dossier WHERE run_id = ? ORDER BY dossier_id, content_hash", arguments: [run.rawValue]
            ).map { try $0.value() }
        }
    }

    public func quarantines(in run: RunID) throws -> [StoredQuarantine] {
        try read("list the quarantines of run \(run)") { db in
            try QuarantineRecord.fetchAll(db, sql: "SELECT * FROM quarantine WHERE run_id = ? ORDER BY id", arguments: [run.rawValue])
                .map { try $0.stored() }
        }
    }

    public func packets(in run: RunID) throws -> [StoredPacket] {
        try read("list the packets of run \(run)") { db in
            try PacketRecord.fetchAll(
                db, sql: "SELECT * FROM packet WHERE run_id = ? ORDER BY dossier_id, content_hash, kind", arguments: [run.rawValue]
            ).map { try $0.stored() }
        }
    }

    public func history(of dossierID: String) throws -> DossierHistory {
        try read("read the history of dossier \(dossierID)") { db in
            // The bodies stay in the database: a history lists, `storedVersion` fetches.
            let versions = try Row.fetchAll(
                db,
                sql: """
                    SELECT dossier_id, content_hash, filed, first_seen_run, last_seen_run FROM dossier
                    WHERE dossier_id = ? ORDER BY id
                    """,
                arguments: [dossierID]
            ).map { row in
                VersionHistory(
                    key: DossierKey(dossierID: row["dossier_id"], contentHash: row["content_hash"]),
                    filed: (row["filed"] as String?).flatMap(CalendarDate.init(iso:)),
                    firstSeenRun: RunID(rawValue: row["first_seen_run"]), lastSeenRun: RunID(rawValue: row["last_seen_run"]))
            }
            let decisions = try DecisionRecord.fetchAll(
                db, sql: "SELECT * FROM decision WHERE dossier_id = ? ORDER BY id", arguments: [dossierID]
            ).map { try $0.stored() }
            let quarantines = try QuarantineRecord.fetchAll(
                db, sql: "SELECT * FROM quarantine WHERE dossier_id = ? ORDER BY id", arguments: [dossierID]
            ).map { try $0.stored() }
            return DossierHistory(dossierID: dossierID, versions: versions, decisions: decisions, quarantines: quarantines)
        }
    }

    public func storedVersion(_ key: DossierKey) throws -> DossierVersion? {
        try read("read stored dossier \(key)") { db in
            try DossierRecord.fetchOne(
                db, sql: "SELECT * FROM dossier WHERE dossier_id = ? AND content_hash = ?", arguments: [key.dossierID, key.contentHash]
            )?.version()
        }
    }
}
