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
                SELECT d.dossier_id FROM decision_hit h JOIN decision d ON d.id = h.decision_id
                WHERE d.is_current = 1 AND h.catalogue_id = ? AND h.entry_identity = ?
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
            try DecisionRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM decision WHERE is_current = 1 AND hits_indexed = 0 AND dossier_id > ?
                    ORDER BY dossier_id LIMIT ?
                    """, arguments: [after, limit]
            ).map { try $0.stored() }
        }
    }

    public func indexHits(_ hits: [(decision: StoredDecision, hits: [DecisionHitKey])]) throws {
        try write("index the hits of \(hits.count) decisions") { db in
            for (decision, keys) in hits {
                let row = try Int64.fetchOne(
                    db, sql: "SELECT id FROM decision WHERE dossier_id = ? AND content_hash = ? AND run_id = ? AND hits_indexed = 0",
                    arguments: [decision.key.dossierID, decision.key.contentHash, decision.runID.rawValue])
                guard let row else { continue }
                try Self.storeHits(keys, decisionRow: row, db)
            }
        }
    }

    public func matchTexts(of keys: [DossierKey]) throws -> [DossierKey: EncodedBlob] {
        guard !keys.isEmpty else { return [:] }
        return try read("read the match texts of \(keys.count) versions") { db in
            var found: [DossierKey: EncodedBlob] = [:]
            for chunk in stride(from: 0, to: keys.count, by: 400).map({ Array(keys[$0..<min($0 + 400, keys.count)]) }) {
                let placeholders = Array(repeating: "(?, ?)", count: chunk.count).joined(separator: ", ")
                var arguments = StatementArguments()
                for key in chunk { arguments += [key.dossierID, key.contentHash] }
                let rows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT dossier_id, content_hash, body, body_encoding FROM dossier_text WHERE (dossier_id, content_hash) IN (VALUES \(placeholders))",
                    arguments: arguments)
                for row in rows {
                    found[DossierKey(dossierID: row["dossier_id"], contentHash: row["content_hash"])] =
                        EncodedBlob(bytes: row["body"], encoding: row["body_encoding"])
                }
            }
            return found
        }
    }

    public func recordMatchTexts(_ texts: [(key: DossierKey, body: EncodedBlob)]) throws {
        guard !texts.isEmpty else { return }
        let operation = "record the match texts of \(texts.count) versions"
        for text in texts where text.body.encoding.isEmpty {
            throw invalid(operation, "the match text of \(text.key) has no encoding name")
        }
        try write(operation) { db in
            for (key, body) in texts {
                try db.execute(
                    sql: """
                        INSERT INTO dossier_text (dossier_id, content_hash, body, body_encoding) VALUES (?, ?, ?, ?)
                        ON CONFLICT (dossier_id, content_hash) DO NOTHING
                        """,
                    arguments: [key.dossierID, key.contentHash, body.bytes, body.encoding])
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
