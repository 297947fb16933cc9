import DossierModel
import Foundation
import GRDB

extension SQLiteLedger {
    @discardableResult
    public func record(_ results: [LedgerResult], packets: [PacketEntry], skipped: [DossierKey], in run: RunID) throws -> BatchReceipt {
        let operation = "record \(results.count) results, \(packets.count) packets and \(skipped.count) unchanged versions in run \(run)"
        for result in results { try validate(result, operation) }
        for packet in packets {
            try requireSHA256(packet.key.contentHash, of: "dossier \(packet.key.dossierID)", operation)
            try requireSHA256(packet.sha256, of: packet.path, operation)
            guard !packet.path.isEmpty else { throw invalid(operation, "the packet of \(packet.key) has an empty path") }
        }
        do {
            return try write(operation) { db in
                try requireRunning(run, db, operation: operation)
                let now = clock()
                var receipt = BatchReceipt()
                let blobs = try compressor(for: results, db)
                for result in results {
                    switch result {
                    case .decided(let version, let decision):
                        try store(version, decision, blobs: blobs, run: run, at: now, db, &receipt)
                    case .quarantined(let quarantine):
                        try store(quarantine, run: run, at: now, db, &receipt)
                    }
                }
                for packet in packets { try store(packet, run: run, at: now, db, operation: operation) }
                for key in skipped { try markSkipped(key, run: run, db, operation: operation) }
                return receipt
            }
        } catch {
            // Ids the failed transaction cached (reference sets, a dictionary) were rolled back.
            resetCache()
            throw error
        }
    }

    /// The compressor of a batch's blobs: the ledger's dictionaries, made from this batch's
    /// first blobs when the ledger has none yet (so the first batch ever recorded decides
    /// them, in input order: the same inputs always give the same bytes).
    private func compressor(for results: [LedgerResult], _ db: Database) throws -> BatchBlobs {
        func samples(_ body: (DossierVersion, DecisionEntry) -> EncodedBlob) -> [[UInt8]] {
            var out: [[UInt8]] = []
            for case .decided(let version, let decision) in results {
                let blob = body(version, decision)
                if blob.isUncompressedBinary { out.append([UInt8](blob.bytes)) }
                if out.count == 64 { break }
            }
            return out
        }
        return try withCache { cache in
            BatchBlobs(
                dossier: try cache.dictionaries.dictionary(.dossier, samples: { samples { version, _ in version.body } }, db),
                decision: try cache.dictionaries.dictionary(.decision, samples: { samples { _, decision in decision.body } }, db))
        }
    }

    /// Throws when a result carries a value the schema would refuse, naming it.
    private func validate(_ result: LedgerResult, _ operation: String) throws {
        try LedgerRows.validate(result) { invalid(operation, $0) }
    }

    /// Stores the version (or moves its last-seen run), notes that the run decided it, and
    /// stores the decision as the id's current one, unless this run already decided this
    /// version or the current decision is this version's with the same body and references.
    private func store(
        _ version: DossierVersion, _ decision: DecisionEntry, blobs: BatchBlobs, run: RunID, at now: Date, _ db: Database,
        _ receipt: inout BatchReceipt
    ) throws {
        let key = version.key
        let dossier = try dossierRow(key.dossierID, db)
        let hash = try LedgerRows.hashBytes(key.contentHash)
        let versionRow: Int64
        if let stored = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, last_seen_run FROM version WHERE dossier = ? AND content_hash = ?"),
            arguments: [dossier, hash])
        {
            versionRow = stored["id"]
            if (stored["last_seen_run"] as Int64) < run.rawValue {
                try db.cachedStatement(sql: "UPDATE version SET last_seen_run = ? WHERE id = ?").execute(arguments: [
                    run.rawValue, versionRow,
                ])
            }
        } else {
            let body = try blobs.dossier.map { try $0.compress(version.body) } ?? version.body
            try db.cachedStatement(
                sql: "INSERT INTO version (dossier, content_hash, filed, first_seen_run, last_seen_run, body) VALUES (?, ?, ?, ?, ?, ?)"
            ).execute(arguments: [dossier, hash, version.filed?.description, run.rawValue, run.rawValue, body.bytes])
            versionRow = db.lastInsertedRowID
            receipt.newVersions += 1
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO run_dossier (run_id, version, disposition) VALUES (?, ?, 'decided')
                ON CONFLICT (run_id, version) DO UPDATE SET disposition = 'decided'
                """
        ).execute(arguments: [run.rawValue, versionRow])

        if try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM decision WHERE version = ? AND run_id = ?"), arguments: [versionRow, run.rawValue])
            ?? false
        {
            receipt.alreadyRecorded += 1
            return
        }
        let referenceSet = try withCache { try $0.references.id(of: decision.references, db) }
        let body = try blobs.decision.map { try $0.compress(decision.body) } ?? decision.body
        if let current = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT version, reference_set, body, change FROM decision WHERE dossier = ? AND is_current = 1"),
            arguments: [dossier]),
            current["version"] == versionRow, current["reference_set"] == referenceSet, (current["body"] as Data) == body.bytes,
            (current["change"] as String?) == (try decision.change.map(LedgerRows.json))
        {
            // The same decision on the same version (a run resumed after a crash decides
            // again what the run before it recorded): stored once.
            receipt.alreadyRecorded += 1
            return
        }
        try db.cachedStatement(sql: "UPDATE decision SET is_current = 0 WHERE dossier = ? AND is_current = 1").execute(arguments: [dossier])
        try db.cachedStatement(
            sql: """
                INSERT INTO decision (version, dossier, run_id, outcome, catalogue_id, reference_set, body, change, decided_at, is_current)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                """
        ).execute(arguments: [
            versionRow, dossier, run.rawValue, decision.outcome.rawValue, decision.catalogueID, referenceSet, body.bytes,
            try decision.change.map(LedgerRows.json), decision.decidedAt ?? now,
        ])
        if let hits = decision.hits { try Self.storeHits(hits, decisionRow: db.lastInsertedRowID, db) }
        receipt.newDecisions += 1
    }

    /// Stores a quarantine once per run, file, position and diagnostic id; a new one with a
    /// dossier id supersedes that id's current decision.
    private func store(_ quarantine: Quarantine, run: RunID, at now: Date, _ db: Database, _ receipt: inout BatchReceipt) throws {
        let dossier = try quarantine.dossierId.map { try dossierRow($0, db) }
        try db.cachedStatement(
            sql: """
                INSERT INTO quarantine (run_id, dossier, content_hash, file, position, reason, diagnostic_id, detail, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, file, position, diagnostic_id) DO NOTHING
                """
        ).execute(arguments: [
            run.rawValue, dossier, try quarantine.contentHash.map(LedgerRows.hashBytes), quarantine.location.file,
            LedgerRows.position(of: quarantine.location), quarantine.reason, quarantine.diagnosticId, try LedgerRows.json(quarantine), now,
        ])
        guard db.changesCount == 1 else {
            receipt.alreadyRecorded += 1
            return
        }
        receipt.newQuarantines += 1
        if let dossier {
            try db.cachedStatement(sql: "UPDATE decision SET is_current = 0 WHERE dossier = ? AND is_current = 1").execute(arguments: [
                dossier
            ])
        }
    }

    /// Stores a packet the run wrote for a stored version.
    private func store(_ packet: PacketEntry, run: RunID, at now: Date, _ db: Database, operation: String) throws {
        guard let version = try versionRow(packet.key, db) else {
            throw invalid(operation, "the packet \(packet.path) is for \(packet.key), which is not stored")
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO packet (version, run_id, kind, path, sha256, written_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (version, run_id, kind) DO UPDATE SET path = excluded.path, sha256 = excluded.sha256, written_at = excluded.written_at
                """
        ).execute(arguments: [version, run.rawValue, packet.kind.rawValue, packet.path, try LedgerRows.hashBytes(packet.sha256), now])
    }

    /// Moves the last-seen run of a version the run saw unchanged, and notes it (a version the
    /// run also decided stays `decided`).
    private func markSkipped(_ key: DossierKey, run: RunID, _ db: Database, operation: String) throws {
        guard let version = try versionRow(key, db) else { throw invalid(operation, "\(key) is not stored, so it cannot be skipped") }
        try db.cachedStatement(sql: "UPDATE version SET last_seen_run = max(last_seen_run, ?) WHERE id = ?")
            .execute(arguments: [run.rawValue, version])
        try db.cachedStatement(
            sql: "INSERT INTO run_dossier (run_id, version, disposition) VALUES (?, ?, 'skipped') ON CONFLICT (run_id, version) DO NOTHING"
        ).execute(arguments: [run.rawValue, version])
    }

    /// The row of a dossier id, made when new.
    func dossierRow(_ dossierID: String, _ db: Database) throws -> Int64 {
        if let row = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM dossier WHERE dossier_id = ?"), arguments: [dossierID]) {
            return row
        }
        try db.cachedStatement(sql: "INSERT INTO dossier (dossier_id) VALUES (?)").execute(arguments: [dossierID])
        return db.lastInsertedRowID
    }

    /// The row of a stored version, if it is stored.
    func versionRow(_ key: DossierKey, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: "SELECT v.id FROM version v JOIN dossier d ON d.id = v.dossier WHERE d.dossier_id = ? AND v.content_hash = ?"),
            arguments: [key.dossierID, try LedgerRows.hashBytes(key.contentHash)])
    }
}

/// The dictionaries a batch's blobs are compressed with (nil: stored uncompressed, for a
/// ledger that has none yet and a batch without blobs to make one from).
struct BatchBlobs {
    var dossier: BlobDictionary?
    var decision: BlobDictionary?
}
