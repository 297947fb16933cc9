import DossierModel
import Foundation
import Ledger
import PostgresNIO

extension PostgreSQLLedger {
    /// The columns `StoredDecision` is decoded from (table alias `d`), in `decision(_:)`'s order.
    static let decisionColumns =
        "d.dossier_id, d.content_hash, d.run_id, d.outcome, d.catalogue_id, d.versions::text, d.body, d.change, d.decided_at, d.is_current"

    /// The decision in the first ten columns of a row selected with `decisionColumns`.
    static func decision(_ row: PostgresRow) throws -> StoredDecision {
        let (id, hash, run, outcome, catalogue, versions, body, change, decidedAt, isCurrent) =
            try row.decode((String, String, Int64, String, String?, String, Data, String?, Date, Bool).self)
        return try StoredDecision(
            key: DossierKey(dossierID: id, contentHash: hash), runID: run, outcome: outcome, catalogueID: catalogue,
            references: try JSONDecoder().decode([ReferenceUse].self, from: Data(versions.utf8)), body: EncodedBlob(bytes: body),
            change: change, decidedAt: decidedAt, isCurrent: isCurrent)
    }

    /// The columns `StoredQuarantine` is decoded from (alias `q`).
    static let quarantineColumns = "q.run_id, q.detail, q.recorded_at"

    static func quarantine(_ row: PostgresRow) throws -> StoredQuarantine {
        let (run, detail, recordedAt) = try row.decode((Int64, String, Date).self)
        return try StoredQuarantine(detail: detail, runID: run, recordedAt: recordedAt)
    }

    /// The columns `StoredPacket` is decoded from (alias `p`).
    static let packetColumns = "p.dossier_id, p.content_hash, p.kind, p.path, p.sha256, p.run_id, p.written_at"

    static func packet(_ row: PostgresRow) throws -> StoredPacket {
        let (id, hash, kind, path, sha256, run, writtenAt) = try row.decode((String, String, String, String, String, Int64, Date).self)
        return try StoredPacket(dossierID: id, contentHash: hash, kind: kind, path: path, sha256: sha256, runID: run, writtenAt: writtenAt)
    }

    /// One statement (one snapshot, one round trip) for any number of ids: the current
    /// decisions with their version's packets (aggregated per decision, newest run first), and
    /// for the ids without one, their newest quarantine.
    public func states(of dossierIDs: [String]) throws -> [String: DossierState] {
        let ids = Array(Set(dossierIDs)).sorted()
        guard !ids.isEmpty else { return [:] }
        return try read("look up the state of \(ids.count) dossier ids") { connection in
            let rows = try await connection.query(
                """
                SELECT true, \(unescaped: Self.decisionColumns), NULL::text, NULL::timestamptz, NULL::bigint,
                    pk.kinds, pk.paths, pk.sums, pk.runs, pk.written
                FROM decision d
                LEFT JOIN LATERAL (
                    SELECT array_agg(p.kind ORDER BY p.run_id DESC, p.kind) AS kinds, array_agg(p.path ORDER BY p.run_id DESC, p.kind) AS paths,
                        array_agg(p.sha256 ORDER BY p.run_id DESC, p.kind) AS sums, array_agg(p.run_id ORDER BY p.run_id DESC, p.kind) AS runs,
                        array_agg(p.written_at ORDER BY p.run_id DESC, p.kind) AS written
                    FROM packet p WHERE p.dossier_id = d.dossier_id AND p.content_hash = d.content_hash AND p.run_id >= d.run_id
                ) pk ON true
                WHERE d.is_current AND d.dossier_id = ANY(\(ids)::text[])
                UNION ALL
                (SELECT DISTINCT ON (q.dossier_id) false, q.dossier_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                    q.detail, q.recorded_at, q.run_id, NULL, NULL, NULL, NULL, NULL
                FROM quarantine q
                WHERE q.dossier_id = ANY(\(ids)::text[])
                    AND NOT EXISTS (SELECT 1 FROM decision c WHERE c.dossier_id = q.dossier_id AND c.is_current)
                ORDER BY q.dossier_id, q.id DESC)
                """, logger: self.logger
            ).collect()
            var states: [String: DossierState] = [:]
            for row in rows {
                let cells = row.makeRandomAccess()
                let isDecision = try cells[0].decode(Bool.self)
                let id = try cells[1].decode(String.self)
                if isDecision {
                    let decision = try Self.stateDecision(cells)
                    states[id] = DossierState(
                        dossierID: id, latest: .decided(decision), packets: try Self.statePackets(cells, decision.key))
                } else {
                    let stored = try StoredQuarantine(
                        detail: try cells[11].decode(String.self), runID: try cells[13].decode(Int64.self),
                        recordedAt: try cells[12].decode(Date.self))
                    states[id] = DossierState(dossierID: id, latest: .quarantined(stored), packets: [])
                }
            }
            return states
        }
    }

    /// The decision in columns 1...10 of a `states` row.
    private static func stateDecision(_ cells: PostgresRandomAccessRow) throws -> StoredDecision {
        try StoredDecision(
            key: DossierKey(dossierID: try cells[1].decode(String.self), contentHash: try cells[2].decode(String.self)),
            runID: try cells[3].decode(Int64.self), outcome: try cells[4].decode(String.self),
            catalogueID: try cells[5].decode(String?.self),
            references: try JSONDecoder().decode([ReferenceUse].self, from: Data(try cells[6].decode(String.self).utf8)),
            body: EncodedBlob(bytes: try cells[7].decode(Data.self)), change: try cells[8].decode(String?.self),
            decidedAt: try cells[9].decode(Date.self), isCurrent: try cells[10].decode(Bool.self))
    }

    /// The packets aggregated in columns 14...18 of a `states` row.
    private static func statePackets(_ cells: PostgresRandomAccessRow, _ key: DossierKey) throws -> [StoredPacket] {
        guard let kinds = try cells[14].decode([String]?.self) else { return [] }
        let paths = try cells[15].decode([String].self)
        let sums = try cells[16].decode([String].self)
        let runs = try cells[17].decode([Int64].self)
        let written = try cells[18].decode([Date].self)
        return try kinds.indices.map { index in
            try StoredPacket(
                dossierID: key.dossierID, contentHash: key.contentHash, kind: kinds[index], path: paths[index], sha256: sums[index],
                runID: runs[index], writtenAt: written[index])
        }
    }

    public func dossiers(in run: RunID) throws -> [RunDossier] {
        try read("list the dossiers of run \(run)") { connection in
            try await connection.query(
                "SELECT dossier_id, content_hash, disposition FROM run_dossier WHERE run_id = \(run.rawValue) ORDER BY dossier_id, content_hash",
                logger: self.logger
            ).collect().map { try Self.runDossier($0, run: run) }
        }
    }

    public func quarantines(in run: RunID) throws -> [StoredQuarantine] {
        try read("list the quarantines of run \(run)") { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.quarantineColumns) FROM quarantine q WHERE q.run_id = \(run.rawValue) ORDER BY q.id",
                logger: self.logger
            ).collect().map(Self.quarantine)
        }
    }

    public func packets(in run: RunID) throws -> [StoredPacket] {
        try read("list the packets of run \(run)") { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.packetColumns) FROM packet p WHERE p.run_id = \(run.rawValue) ORDER BY p.dossier_id, p.content_hash, p.kind",
                logger: self.logger
            ).collect().map(Self.packet)
        }
    }

    public func history(of dossierID: String) throws -> DossierHistory {
        try transaction("read the history of dossier \(dossierID)", kind: .read, snapshot: true) { connection in
            // The bodies stay in the database: a history lists, `storedVersion` fetches.
            let versions = try await connection.query(
                "SELECT dossier_id, content_hash, filed, first_seen_run, last_seen_run FROM dossier WHERE dossier_id = \(dossierID) ORDER BY id",
                logger: self.logger
            ).collect().map { row in
                let (id, hash, filed, first, last) = try row.decode((String, String, String?, Int64, Int64).self)
                return VersionHistory(
                    key: DossierKey(dossierID: id, contentHash: hash), filed: filed.flatMap(CalendarDate.init(iso:)),
                    firstSeenRun: RunID(rawValue: first), lastSeenRun: RunID(rawValue: last))
            }
            let decisions = try await connection.query(
                "SELECT \(unescaped: Self.decisionColumns) FROM decision d WHERE d.dossier_id = \(dossierID) ORDER BY d.id",
                logger: self.logger
            ).collect().map(Self.decision)
            let quarantines = try await connection.query(
                "SELECT \(unescaped: Self.quarantineColumns) FROM quarantine q WHERE q.dossier_id = \(dossierID) ORDER BY q.id",
                logger: self.logger
            ).collect().map(Self.quarantine)
            return DossierHistory(dossierID: dossierID, versions: versions, decisions: decisions, quarantines: quarantines)
        }
    }

    public func storedVersion(_ key: DossierKey) throws -> DossierVersion? {
        try read("read stored dossier \(key)") { connection in
            try await connection.query(
                """
                SELECT filed, body FROM dossier WHERE dossier_id = \(key.dossierID) AND content_hash = \(key.contentHash)
                """, logger: self.logger
            ).collect().first.map { row in
                let (filed, body) = try row.decode((String?, Data).self)
                return DossierVersion(key: key, filed: filed.flatMap(CalendarDate.init(iso:)), body: EncodedBlob(bytes: body))
            }
        }
    }
}
