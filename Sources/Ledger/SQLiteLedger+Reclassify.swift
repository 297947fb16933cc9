import DossierModel
import Foundation
import GRDB

extension SQLiteLedger: ReclassifyStore {
    public func currentDossiers(catalogueID: String, hittingEntries entries: Set<String>, targets: Set<DecisionHitTarget>) throws -> Set<
        String
    > {
        try read("find the current decisions with hits on changed entries of \(catalogueID)") { db in
            var ids: Set<String> = []
            let base = """
                SELECT d.dossier_id FROM decision_hit h JOIN decision x ON x.id = h.decision_id JOIN dossier d ON d.id = x.dossier
                WHERE x.is_current = 1 AND h.catalogue_id = ? AND h.entry_identity = ?
                """
            for entry in entries.sorted() {
                ids.formUnion(try String.fetchAll(db, sql: base, arguments: [catalogueID, entry]))
            }
            for target in targets.sorted() where !entries.contains(target.entryIdentity) {
                ids.formUnion(
                    try String.fetchAll(
                        db, sql: base + " AND h.control_point = ?", arguments: [catalogueID, target.entryIdentity, target.controlPoint]))
            }
            return ids
        }
    }

    public func unindexedDecisions(after: String, limit: Int) throws -> [StoredDecision] {
        try read("read decisions whose hits are not indexed") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.decisionColumns) FROM dossier d
                    JOIN decision x ON x.dossier = d.id AND x.is_current = 1 AND x.hits_indexed = 0
                    JOIN version v ON v.id = x.version
                    WHERE d.dossier_id > ? ORDER BY d.dossier_id LIMIT ?
                    """, arguments: [after, limit]
            ).map { try decisionRow($0, db) }
        }
    }

    public func indexHits(_ hits: [(decision: StoredDecision, hits: [DecisionHitKey])]) throws {
        try write("index the hits of \(hits.count) decisions") { db in
            for (decision, keys) in hits {
                guard let version = try versionRow(decision.key, db),
                    let row = try Int64.fetchOne(
                        db, sql: "SELECT id FROM decision WHERE version = ? AND run_id = ? AND hits_indexed = 0",
                        arguments: [version, decision.runID.rawValue])
                else { continue }
                try Self.storeHits(keys, decisionRow: row, db)
            }
        }
    }

    public func matchTexts(of keys: [DossierKey]) throws -> [DossierKey: EncodedBlob] {
        guard !keys.isEmpty else { return [:] }
        return try read("read the match texts of \(keys.count) versions") { db in
            var found: [DossierKey: EncodedBlob] = [:]
            let statement = try db.cachedStatement(
                sql: """
                    SELECT t.body FROM dossier_text t JOIN version v ON v.id = t.version JOIN dossier d ON d.id = v.dossier
                    WHERE d.dossier_id = ? AND v.content_hash = ?
                    """)
            for key in keys {
                if let body = try Data.fetchOne(statement, arguments: [key.dossierID, try LedgerRows.hashBytes(key.contentHash)]) {
                    found[key] = blob(body)
                }
            }
            return found
        }
    }

    public func recordMatchTexts(_ texts: [(key: DossierKey, body: EncodedBlob)]) throws {
        guard !texts.isEmpty else { return }
        let operation = "record the match texts of \(texts.count) versions"
        for text in texts where text.body.bytes.isEmpty {
            throw invalid(operation, "the match text of \(text.key) is empty")
        }
        try write(operation) { db in
            for (key, body) in texts {
                guard let version = try versionRow(key, db) else { continue }
                try db.cachedStatement(sql: "INSERT INTO dossier_text (version, body) VALUES (?, ?) ON CONFLICT (version) DO NOTHING")
                    .execute(arguments: [version, body.bytes])
            }
        }
    }

    /// Inserts the hit rows of the decision at `decisionRow` and marks it indexed.
    /// Its statements are cached: it runs for every decision of every nightly.
    static func storeHits(_ hits: [DecisionHitKey], decisionRow: Int64, _ db: Database) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO decision_hit (decision_id, catalogue_id, entry_identity, control_point, status)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
        for hit in hits {
            try insert.execute(arguments: [decisionRow, hit.catalogueID, hit.entryIdentity, hit.controlPoint, hit.status.rawValue])
        }
        try db.cachedStatement(sql: "UPDATE decision SET hits_indexed = 1 WHERE id = ?").execute(arguments: [decisionRow])
    }
}
