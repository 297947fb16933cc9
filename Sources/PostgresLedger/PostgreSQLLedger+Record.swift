import DossierModel
import Foundation
import Ledger
import NIOCore
import PostgresNIO

extension PostgreSQLLedger {
    /// The results, the pages written for them and the unchanged versions, in one
    /// transaction: a worker killed in between leaves none of them, never a decision
    /// without its page (which the next attempt would decide again).
    @discardableResult
    public func record(_ results: [LedgerResult], packets: [PacketEntry], skipped: [DossierKey], in run: RunID) throws -> BatchReceipt {
        let operation = "record a batch of \(results.count) results, \(packets.count) packets and \(skipped.count) skips in run \(run)"
        for result in results { try validate(result, operation) }
        let segments = results.isEmpty ? [] : try RecordSegment.split(results, at: stamp)
        let pages = try PacketRows(packets, ledger: self, operation)
        let skips = SkipRows(skipped)
        return try transaction(operation) { connection in
            try await self.requireRunning(run, connection, operation: operation)
            var receipt = BatchReceipt()
            for segment in segments {
                try await self.store(segment, run: run, connection, &receipt)
            }
            try await self.store(pages, run: run, connection, operation)
            try await self.store(skips, run: run, connection, operation)
            return receipt
        }
    }

    @discardableResult
    public func record(_ results: [LedgerResult], in run: RunID) throws -> BatchReceipt {
        try record(results, packets: [], skipped: [], in: run)
    }

    public func recordPackets(_ packets: [PacketEntry], in run: RunID) throws {
        try record([], packets: packets, skipped: [], in: run)
    }

    public func markSkipped(_ keys: [DossierKey], in run: RunID) throws {
        try record([], packets: [], skipped: keys, in: run)
    }

    /// The packet rows of a batch, checked: the last entry of a version and kind wins, as
    /// when they are written one by one.
    struct PacketRows {
        var ids: [String] = []
        var hashes: [String] = []
        var kinds: [String] = []
        var paths: [String] = []
        var sums: [String] = []
        var entries: [PacketEntry] = []

        init(_ packets: [PacketEntry], ledger: PostgreSQLLedger, _ operation: String) throws {
            for packet in packets {
                try ledger.requireSHA256(packet.key.contentHash, of: "dossier \(packet.key.dossierID)", operation)
                try ledger.requireSHA256(packet.sha256, of: packet.path, operation)
                guard !packet.path.isEmpty else { throw ledger.invalid(operation, "the packet of \(packet.key) has an empty path") }
            }
            var latest: [String: PacketEntry] = [:]
            var order: [String] = []
            for packet in packets {
                let slot = "\(packet.key.dossierID)\u{1}\(packet.key.contentHash)\u{1}\(packet.kind.rawValue)"
                if latest.updateValue(packet, forKey: slot) == nil { order.append(slot) }
            }
            entries = order.compactMap { latest[$0] }
            ids = entries.map(\.key.dossierID)
            hashes = entries.map(\.key.contentHash)
            kinds = entries.map(\.kind.rawValue)
            paths = entries.map(\.path)
            sums = entries.map(\.sha256)
        }
    }

    /// The versions a batch saw unchanged, each once.
    struct SkipRows {
        var ids: [String]
        var hashes: [String]

        init(_ keys: [DossierKey]) {
            let unique = Set(keys).sorted()
            ids = unique.map(\.dossierID)
            hashes = unique.map(\.contentHash)
        }
    }

    private func store(_ pages: PacketRows, run: RunID, _ connection: PostgresConnection, _ operation: String) async throws {
        guard !pages.entries.isEmpty else { return }
        let (ids, hashes, kinds, paths, sums) = (pages.ids, pages.hashes, pages.kinds, pages.paths, pages.sums)
        let missing = try await connection.query(
            """
            SELECT p.dossier_id, p.path FROM unnest(\(ids)::text[], \(hashes)::text[], \(paths)::text[]) AS p(dossier_id, content_hash, path)
            WHERE NOT EXISTS (SELECT 1 FROM dossier d WHERE d.dossier_id = p.dossier_id AND d.content_hash = p.content_hash)
            LIMIT 1
            """, logger: self.logger
        ).collect()
        if let row = missing.first {
            let (id, path) = try row.decode((String, String).self)
            let key = pages.entries.first { $0.key.dossierID == id && $0.path == path }?.key.description ?? id
            throw self.invalid(operation, "the packet \(path) is for \(key), which is not stored")
        }
        try await connection.query(
            """
            INSERT INTO packet (dossier_id, content_hash, run_id, kind, path, sha256, written_at)
            SELECT p.dossier_id, p.content_hash, \(run.rawValue), p.kind, p.path, p.sha256, COALESCE(\(stamp)::timestamptz, now())
            FROM unnest(\(ids)::text[], \(hashes)::text[], \(kinds)::text[], \(paths)::text[], \(sums)::text[])
                WITH ORDINALITY AS p(dossier_id, content_hash, kind, path, sha256, n)
            ORDER BY p.n
            ON CONFLICT (dossier_id, content_hash, run_id, kind)
            DO UPDATE SET path = excluded.path, sha256 = excluded.sha256, written_at = excluded.written_at
            """, logger: self.logger)
    }

    private func store(_ skips: SkipRows, run: RunID, _ connection: PostgresConnection, _ operation: String) async throws {
        guard !skips.ids.isEmpty else { return }
        let (ids, hashes) = (skips.ids, skips.hashes)
        let missing = try await connection.query(
            """
            SELECT k.dossier_id, k.content_hash FROM unnest(\(ids)::text[], \(hashes)::text[]) AS k(dossier_id, content_hash)
            WHERE NOT EXISTS (SELECT 1 FROM dossier d WHERE d.dossier_id = k.dossier_id AND d.content_hash = k.content_hash)
            LIMIT 1
            """, logger: self.logger
        ).collect()
        if let row = missing.first {
            let (id, hash) = try row.decode((String, String).self)
            throw self.invalid(operation, "\(DossierKey(dossierID: id, contentHash: hash)) is not stored, so it cannot be skipped")
        }
        // A version the run also decided stays `decided`.
        try await connection.query(
            """
            WITH k AS (SELECT * FROM unnest(\(ids)::text[], \(hashes)::text[]) AS k(dossier_id, content_hash)),
            moved AS (
                UPDATE dossier d SET last_seen_run = \(run.rawValue) FROM k
                WHERE d.dossier_id = k.dossier_id AND d.content_hash = k.content_hash AND d.last_seen_run < \(run.rawValue)
            )
            INSERT INTO run_dossier (run_id, dossier_id, content_hash, disposition)
            SELECT \(run.rawValue), k.dossier_id, k.content_hash, 'skipped' FROM k
            ON CONFLICT (run_id, dossier_id, content_hash) DO NOTHING
            """, logger: self.logger)
    }

    // MARK: Steps of a batch

    /// Throws when a result carries a value the schema would refuse, naming it.
    private func validate(_ result: LedgerResult, _ operation: String) throws {
        try LedgerRows.validate(result) { invalid(operation, $0) }
    }

    /// Stores one segment (no dossier id twice) in a few statements: the versions with the
    /// run's `run_dossier` rows, then the decisions the run has not made yet (the old current
    /// decisions cleared first), then the quarantines.
    private func store(_ segment: RecordSegment, run: RunID, _ connection: PostgresConnection, _ receipt: inout BatchReceipt) async throws {
        let decided = segment.decided
        if !decided.ids.isEmpty {
            let rows = try await connection.query(
                """
                WITH input AS (
                    SELECT * FROM unnest(\(decided.ids)::text[], \(decided.hashes)::text[], \(decided.filed)::text[],
                        \(decided.bodies)::bytea[], \(decided.bodyEncodings)::text[], \(decided.decisionBodies)::bytea[],
                        \(decided.references)::text[], \(decided.changes)::text[])
                        WITH ORDINALITY AS t(dossier_id, content_hash, filed, body, body_encoding, decision_body, versions, change, n)
                ),
                stored AS (
                    INSERT INTO dossier (dossier_id, content_hash, filed, first_seen_run, last_seen_run, body, body_encoding)
                    SELECT dossier_id, content_hash, NULLIF(filed, ''), \(run.rawValue), \(run.rawValue), body, body_encoding
                    FROM input ORDER BY n
                    ON CONFLICT (dossier_id, content_hash) DO UPDATE SET last_seen_run = excluded.last_seen_run
                        WHERE dossier.last_seen_run < excluded.last_seen_run
                    RETURNING (xmax = 0) AS inserted
                ),
                seen AS (
                    INSERT INTO run_dossier (run_id, dossier_id, content_hash, disposition)
                    SELECT \(run.rawValue), dossier_id, content_hash, 'decided' FROM input ORDER BY n
                    ON CONFLICT (run_id, dossier_id, content_hash) DO UPDATE SET disposition = 'decided'
                        WHERE run_dossier.disposition <> 'decided'
                )
                SELECT (SELECT count(*) FROM stored WHERE inserted),
                    ARRAY(SELECT d.dossier_id FROM decision d JOIN input i ON d.dossier_id = i.dossier_id AND d.content_hash = i.content_hash
                          WHERE d.run_id = \(run.rawValue)),
                    ARRAY(SELECT d.dossier_id FROM decision d JOIN input i ON d.dossier_id = i.dossier_id AND d.content_hash = i.content_hash
                          WHERE d.is_current AND d.run_id <> \(run.rawValue) AND d.body = i.decision_body
                              AND d.versions = i.versions::jsonb AND coalesce(d.change, '') = i.change)
                """, logger: logger
            ).collect()
            guard let row = rows.first else { throw LedgerRowProblem("storing versions returned no row") }
            let (inserted, decidedAlready, decidedBefore) = try row.decode((Int64, [String], [String]).self)
            receipt.newVersions += Int(inserted)
            receipt.alreadyRecorded += decidedAlready.count + decidedBefore.count

            // A decision equal to the current decision of the same version (same body,
            // reference files and change), as a run resumed after a crash makes again, is
            // not stored twice: the version's decision is recorded once, and `run_dossier`
            // says that this run decided it.
            let fresh = decided.excluding(Set(decidedAlready).union(decidedBefore))
            if !fresh.ids.isEmpty {
                try await connection.query(
                    "UPDATE decision SET is_current = false WHERE is_current AND dossier_id = ANY(\(fresh.ids.sorted())::text[])",
                    logger: logger)
                try await insertDecisions(fresh, run: run, connection)
                receipt.newDecisions += fresh.ids.count
            }
        }
        let quarantined = segment.quarantined
        if !quarantined.files.isEmpty {
            let rows = try await connection.query(
                """
                WITH made AS (
                    INSERT INTO quarantine (run_id, dossier_id, content_hash, file, position, reason, diagnostic_id, detail, recorded_at)
                    SELECT \(run.rawValue), NULLIF(q.dossier_id, ''), NULLIF(q.content_hash, ''), q.file, q.position, q.reason,
                        q.diagnostic_id, q.detail, COALESCE(\(segment.stamp)::timestamptz, now())
                    FROM unnest(\(quarantined.ids)::text[], \(quarantined.hashes)::text[], \(quarantined.files)::text[],
                        \(quarantined.positions)::text[], \(quarantined.reasons)::text[], \(quarantined.diagnosticIDs)::text[],
                        \(quarantined.details)::text[])
                        WITH ORDINALITY AS q(dossier_id, content_hash, file, position, reason, diagnostic_id, detail, n)
                    ORDER BY q.n
                    ON CONFLICT (run_id, file, position, diagnostic_id) DO NOTHING
                    RETURNING dossier_id
                ),
                superseded AS (
                    UPDATE decision SET is_current = false
                    WHERE is_current AND dossier_id IN (SELECT dossier_id FROM made WHERE dossier_id IS NOT NULL)
                )
                SELECT count(*) FROM made
                """, logger: logger
            ).collect()
            let made = Int(try rows.first?.decode(Int64.self) ?? 0)
            receipt.newQuarantines += made
            receipt.alreadyRecorded += quarantined.files.count - made
        }
    }

    /// Inserts decisions as current, with their hits (`decision_hit`) when given.
    private func insertDecisions(_ fresh: RecordSegment.Decided, run: RunID, _ connection: PostgresConnection) async throws {
        try await connection.query(
            """
            WITH made AS (
                INSERT INTO decision (dossier_id, content_hash, run_id, outcome, catalogue_id, versions, body, body_encoding,
                    change, decided_at, is_current, hits_indexed)
                SELECT d.dossier_id, d.content_hash, \(run.rawValue), d.outcome, CASE WHEN d.has_catalogue THEN d.catalogue_id END,
                    d.versions::jsonb, d.body, d.body_encoding, NULLIF(d.change, ''),
                    CASE WHEN d.has_decided_at THEN d.decided_at ELSE now() END, true, d.indexed
                FROM unnest(\(fresh.ids)::text[], \(fresh.hashes)::text[], \(fresh.outcomes)::text[], \(fresh.hasCatalogue)::bool[],
                    \(fresh.catalogueIDs)::text[], \(fresh.references)::text[], \(fresh.decisionBodies)::bytea[],
                    \(fresh.decisionEncodings)::text[], \(fresh.changes)::text[], \(fresh.hasDecidedAt)::bool[],
                    \(fresh.decidedAt)::timestamptz[], \(fresh.indexed)::bool[])
                    WITH ORDINALITY AS d(dossier_id, content_hash, outcome, has_catalogue, catalogue_id, versions, body, body_encoding,
                        change, has_decided_at, decided_at, indexed, n)
                ORDER BY d.n
                RETURNING id, dossier_id
            )
            INSERT INTO decision_hit (decision_id, catalogue_id, entry_identity, control_point, status)
            SELECT made.id, h.catalogue_id, h.entry_identity, h.control_point, h.status
            FROM unnest(\(fresh.hits.ids)::text[], \(fresh.hits.catalogueIDs)::text[], \(fresh.hits.entries)::text[],
                \(fresh.hits.controlPoints)::text[], \(fresh.hits.statuses)::text[])
                AS h(dossier_id, catalogue_id, entry_identity, control_point, status)
            JOIN made ON made.dossier_id = h.dossier_id
            ON CONFLICT DO NOTHING
            """, logger: logger)
    }
}
