import DossierModel
import Foundation
import GRDB

extension SQLiteLedger {
    @discardableResult
    public func record(_ results: [LedgerResult], in run: RunID) throws -> BatchReceipt {
        let operation = "record a batch of \(results.count) results in run \(run)"
        for result in results { try validate(result, operation) }
        return try write(operation) { db in
            try requireRunning(run, db, operation: operation)
            let now = clock()
            var receipt = BatchReceipt()
            for result in results {
                switch result {
                case .decided(let version, let decision):
                    try store(version, decision, run: run, at: now, db, &receipt)
                case .quarantined(let quarantine):
                    try store(quarantine, run: run, at: now, db, &receipt)
                }
            }
            return receipt
        }
    }

    public func recordPackets(_ packets: [PacketEntry], in run: RunID) throws {
        let operation = "record \(packets.count) packets in run \(run)"
        for packet in packets {
            try requireSHA256(packet.key.contentHash, of: "dossier \(packet.key.dossierID)", operation)
            try requireSHA256(packet.sha256, of: packet.path, operation)
            guard !packet.path.isEmpty else { throw invalid(operation, "the packet of \(packet.key) has an empty path") }
        }
        try write(operation) { db in
            try requireRunning(run, db, operation: operation)
            let now = clock()
            for packet in packets {
                guard try versionExists(packet.key, db) else {
                    throw invalid(operation, "the packet \(packet.path) is for \(packet.key), which is not stored")
                }
                try db.cachedStatement(
                    sql: """
                        INSERT INTO packet (dossier_id, content_hash, run_id, kind, path, sha256, written_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (dossier_id, content_hash, run_id, kind)
                        DO UPDATE SET path = excluded.path, sha256 = excluded.sha256, written_at = excluded.written_at
                        """
                ).execute(arguments: [
                    packet.key.dossierID, packet.key.contentHash, run.rawValue, packet.kind.rawValue, packet.path,
                    packet.sha256, now,
                ])
            }
        }
    }

    public func markSkipped(_ keys: [DossierKey], in run: RunID) throws {
        let operation = "mark \(keys.count) dossiers skipped in run \(run)"
        try write(operation) { db in
            try requireRunning(run, db, operation: operation)
            for key in keys {
                try db.cachedStatement(
                    sql: "UPDATE dossier SET last_seen_run = max(last_seen_run, ?) WHERE dossier_id = ? AND content_hash = ?"
                )
                .execute(arguments: [run.rawValue, key.dossierID, key.contentHash])
                guard db.changesCount == 1 else { throw invalid(operation, "\(key) is not stored, so it cannot be skipped") }
                // A version the run also decided stays `decided`.
                try db.cachedStatement(
                    sql: """
                        INSERT INTO run_dossier (run_id, dossier_id, content_hash, disposition) VALUES (?, ?, ?, 'skipped')
                        ON CONFLICT (run_id, dossier_id, content_hash) DO NOTHING
                        """
                ).execute(arguments: [run.rawValue, key.dossierID, key.contentHash])
            }
        }
    }

    // MARK: Steps of a batch

    /// Throws when a result carries a value the schema would refuse, naming it.
    private func validate(_ result: LedgerResult, _ operation: String) throws {
        try LedgerRows.validate(result) { invalid(operation, $0) }
    }

    /// Stores the version (or moves its last-seen run), notes that the run decided it, and
    /// stores the decision as the id's current one unless the run already decided this version.
    private func store(
        _ version: DossierVersion, _ decision: DecisionEntry, run: RunID, at now: Date, _ db: Database, _ receipt: inout BatchReceipt
    ) throws {
        let key = version.key
        let lastSeen = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT last_seen_run FROM dossier WHERE dossier_id = ? AND content_hash = ?"),
            arguments: [key.dossierID, key.contentHash])
        if let lastSeen {
            if lastSeen < run.rawValue {
                try db.cachedStatement(sql: "UPDATE dossier SET last_seen_run = ? WHERE dossier_id = ? AND content_hash = ?")
                    .execute(arguments: [run.rawValue, key.dossierID, key.contentHash])
            }
        } else {
            try DossierRecord(
                id: nil, dossierID: key.dossierID, contentHash: key.contentHash, filed: version.filed?.description,
                firstSeenRun: run.rawValue, lastSeenRun: run.rawValue, body: version.body.bytes, bodyEncoding: version.body.encoding
            ).insert(db)
            receipt.newVersions += 1
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO run_dossier (run_id, dossier_id, content_hash, disposition) VALUES (?, ?, ?, 'decided')
                ON CONFLICT (run_id, dossier_id, content_hash) DO UPDATE SET disposition = 'decided'
                """
        ).execute(arguments: [run.rawValue, key.dossierID, key.contentHash])

        let decided =
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM decision WHERE dossier_id = ? AND content_hash = ? AND run_id = ?"),
                arguments: [key.dossierID, key.contentHash, run.rawValue]) ?? false
        if decided {
            receipt.alreadyRecorded += 1
            return
        }
        try clearCurrentDecision(of: key.dossierID, db)
        try DecisionRecord(
            id: nil, dossierID: key.dossierID, contentHash: key.contentHash, runID: run.rawValue, outcome: decision.outcome.rawValue,
            catalogueID: decision.catalogueID, versions: try LedgerRows.json(decision.references), body: decision.body.bytes,
            bodyEncoding: decision.body.encoding, decidedAt: decision.decidedAt ?? now, isCurrent: true
        ).insert(db)
        if let hits = decision.hits { try Self.storeHits(hits, decisionRow: db.lastInsertedRowID, db) }
        receipt.newDecisions += 1
    }

    /// Stores a quarantine once per run, file, position and diagnostic id; a new one with a
    /// dossier id supersedes that id's current decision.
    private func store(_ quarantine: Quarantine, run: RunID, at now: Date, _ db: Database, _ receipt: inout BatchReceipt) throws {
        let row = try QuarantineRecord(quarantine, run: run, at: now)
        try db.cachedStatement(
            sql: """
                INSERT INTO quarantine
                    (run_id, dossier_id, content_hash, file, position, reason, diagnostic_id, detail, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, file, position, diagnostic_id) DO NOTHING
                """
        ).execute(arguments: [
            row.runID, row.dossierID, row.contentHash, row.file, row.position, row.reason, row.diagnosticID, row.detail,
            row.recordedAt,
        ])
        guard db.changesCount == 1 else {
            receipt.alreadyRecorded += 1
            return
        }
        receipt.newQuarantines += 1
        if let dossierID = quarantine.dossierId { try clearCurrentDecision(of: dossierID, db) }
    }

    /// Leaves the dossier id without a current decision (before a newer record takes its place).
    private func clearCurrentDecision(of dossierID: String, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE decision SET is_current = 0 WHERE dossier_id = ? AND is_current = 1")
            .execute(arguments: [dossierID])
    }

    /// True when the version is stored.
    func versionExists(_ key: DossierKey, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM dossier WHERE dossier_id = ? AND content_hash = ?"),
            arguments: [key.dossierID, key.contentHash]
        ) ?? false
    }
}
