import DossierModel
import Foundation
import Ledger
import NIOCore
import PostgresNIO

/// Re-classification's lookups (`ReclassifyStore`), each one statement over bound arrays.
extension PostgreSQLLedger {
    public func currentDossiers(catalogueID: String, hittingEntries entries: Set<String>, targets: Set<DecisionHitTarget>) throws -> Set<
        String
    > {
        let entryList = entries.sorted()
        let pointTargets = targets.sorted().filter { !entries.contains($0.entryIdentity) }
        let targetEntries = pointTargets.map(\.entryIdentity)
        let targetPoints = pointTargets.map(\.controlPoint)
        guard !entryList.isEmpty || !pointTargets.isEmpty else { return [] }
        return try read("find the current decisions with hits on changed entries of \(catalogueID)") { connection in
            let rows = try await connection.query(
                """
                SELECT DISTINCT d.dossier_id FROM decision_hit h JOIN decision d ON d.id = h.decision_id
                WHERE d.is_current AND h.catalogue_id = \(catalogueID) AND (
                    h.entry_identity = ANY(\(entryList)::text[])
                    OR (h.entry_identity, h.control_point) IN (SELECT * FROM unnest(\(targetEntries)::text[], \(targetPoints)::text[]))
                )
                """, logger: self.logger
            ).collect()
            return Set(try rows.map { try $0.decode(String.self) })
        }
    }

    public func unindexedDecisions(after: String, limit: Int) throws -> [StoredDecision] {
        try read("read decisions whose hits are not indexed") { connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.decisionColumns) FROM decision d
                WHERE d.is_current AND NOT d.hits_indexed AND d.dossier_id > \(after)
                ORDER BY d.dossier_id LIMIT \(Int64(max(limit, 0)))
                """, logger: self.logger
            ).collect().map(Self.decision)
        }
    }

    public func indexHits(_ hits: [(decision: StoredDecision, hits: [DecisionHitKey])]) throws {
        guard !hits.isEmpty else { return }
        var ids: [String] = []
        var hashes: [String] = []
        var runs: [Int64] = []
        var hitIDs: [String] = []
        var catalogues: [String] = []
        var entries: [String] = []
        var points: [String] = []
        var statuses: [String] = []
        for (decision, keys) in hits {
            ids.append(decision.key.dossierID)
            hashes.append(decision.key.contentHash)
            runs.append(decision.runID.rawValue)
            for key in keys {
                hitIDs.append("\(decision.key.dossierID)\u{1}\(decision.key.contentHash)\u{1}\(decision.runID.rawValue)")
                catalogues.append(key.catalogueID)
                entries.append(key.entryIdentity)
                points.append(key.controlPoint)
                statuses.append(key.status.rawValue)
            }
        }
        try write("index the hits of \(hits.count) decisions") {
            [ids, hashes, runs, hitIDs, catalogues, entries, points, statuses] connection in
            // Only decisions not indexed yet; the hit rows find theirs by (id, hash, run).
            try await connection.query(
                """
                WITH marked AS (
                    UPDATE decision d SET hits_indexed = true
                    FROM unnest(\(ids)::text[], \(hashes)::text[], \(runs)::int8[]) AS k(dossier_id, content_hash, run_id)
                    WHERE d.dossier_id = k.dossier_id AND d.content_hash = k.content_hash AND d.run_id = k.run_id AND NOT d.hits_indexed
                    RETURNING d.id, d.dossier_id || chr(1) || d.content_hash || chr(1) || d.run_id::text AS slot
                )
                INSERT INTO decision_hit (decision_id, catalogue_id, entry_identity, control_point, status)
                SELECT marked.id, h.catalogue_id, h.entry_identity, h.control_point, h.status
                FROM unnest(\(hitIDs)::text[], \(catalogues)::text[], \(entries)::text[], \(points)::text[], \(statuses)::text[])
                    AS h(slot, catalogue_id, entry_identity, control_point, status)
                JOIN marked ON marked.slot = h.slot
                ON CONFLICT DO NOTHING
                """, logger: self.logger)
        }
    }

    public func matchTexts(of keys: [DossierKey]) throws -> [DossierKey: EncodedBlob] {
        guard !keys.isEmpty else { return [:] }
        let ids = keys.map(\.dossierID)
        let hashes = keys.map(\.contentHash)
        return try read("read the match texts of \(keys.count) versions") { connection in
            var found: [DossierKey: EncodedBlob] = [:]
            let rows = try await connection.query(
                """
                SELECT t.dossier_id, t.content_hash, t.body
                FROM dossier_text t JOIN unnest(\(ids)::text[], \(hashes)::text[]) AS k(dossier_id, content_hash)
                    ON t.dossier_id = k.dossier_id AND t.content_hash = k.content_hash
                """, logger: self.logger
            ).collect()
            for row in rows {
                let (id, hash, body) = try row.decode((String, String, Data).self)
                found[DossierKey(dossierID: id, contentHash: hash)] = EncodedBlob(bytes: body)
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
        let ids = texts.map(\.key.dossierID)
        let hashes = texts.map(\.key.contentHash)
        let bodies = texts.map { ByteBuffer(bytes: $0.body.bytes) }
        let encodings = texts.map { _ in Self.blobForm }
        try write(operation) { connection in
            try await connection.query(
                """
                INSERT INTO dossier_text (dossier_id, content_hash, body, body_encoding)
                SELECT * FROM unnest(\(ids)::text[], \(hashes)::text[], \(bodies)::bytea[], \(encodings)::text[])
                ON CONFLICT (dossier_id, content_hash) DO NOTHING
                """, logger: self.logger)
        }
    }
}
