import Foundation
import Ledger
import PostgresNIO

/// Runs joined by key, chunk leases and the finishing election (`SharedLedger`). Every lease
/// is compared with and extended from the database's `now()`, never a worker's clock.
extension PostgreSQLLedger {
    public func joinRun(
        pipelineID: String, runKey: String, outboundVersion: String, chunkSize: Int, generatedAt: String?
    ) throws -> (run: LedgerRun, chunkSize: Int, started: Bool) {
        let operation = "join run '\(runKey)' of pipeline '\(pipelineID)'"
        guard !pipelineID.isEmpty, !runKey.isEmpty else { throw invalid(operation, "the pipeline id or the run key is empty") }
        guard chunkSize > 0, chunkSize <= Int(Int32.max) else { throw invalid(operation, "the chunk size \(chunkSize) is not positive") }
        let stamp = self.stamp
        return try transaction(operation) { connection in
            // A concurrent insert of the same key makes this one wait, then do nothing.
            let inserted = try await connection.query(
                """
                INSERT INTO run (pipeline_id, run_key, outbound_version, started_at, chunk_size, generated_at)
                VALUES (\(pipelineID), \(runKey), \(outboundVersion), COALESCE(\(stamp)::timestamptz, now()), \(Int32(chunkSize)), \(generatedAt))
                ON CONFLICT (pipeline_id, run_key) DO NOTHING RETURNING id
                """, logger: self.logger
            ).collect()
            let rows = try await connection.query(
                "SELECT \(unescaped: Self.runColumns), chunk_size FROM run WHERE pipeline_id = \(pipelineID) AND run_key = \(runKey)",
                logger: self.logger
            ).collect()
            guard let row = rows.first else { throw LedgerRowProblem("run '\(runKey)' is neither inserted nor found") }
            let run = try Self.runValue(row)
            let size = try row.makeRandomAccess()["chunk_size"].decode(Int32.self)
            return (run, Int(size), !inserted.isEmpty)
        }
    }

    public func claim(_ chunks: [WorkChunk], in run: RunID, worker: String, leaseSeconds: Int) throws -> [WorkChunk] {
        let operation = "claim \(chunks.count) chunks of run \(run) for worker \(worker)"
        try validateClaim(worker: worker, leaseSeconds: leaseSeconds, operation)
        guard !chunks.isEmpty else { return [] }
        // Sorted and unique, so two workers claiming overlapping sets lock rows in one order.
        let sorted = Set(chunks).sorted()
        guard sorted.allSatisfy({ !$0.file.isEmpty && $0.index >= 0 && $0.index <= Int(Int32.max) }) else {
            throw invalid(operation, "a chunk has an empty file or a negative index")
        }
        let files = sorted.map(\.file)
        let indexes = sorted.map { Int32($0.index) }
        let seconds = Double(leaseSeconds)
        return try write(operation) { connection in
            // Atomic: a new chunk is inserted; a known one changes hands only when it is not done
            // and its lease has expired (or this worker holds it already: the lease is extended).
            try await connection.query(
                """
                INSERT INTO work_chunk (run_id, file, chunk_index, worker, lease_until)
                SELECT \(run.rawValue), c.file, c.chunk_index, \(worker), now() + make_interval(secs => \(seconds))
                FROM unnest(\(files)::text[], \(indexes)::int4[]) WITH ORDINALITY AS c(file, chunk_index, n)
                ORDER BY c.n
                ON CONFLICT (run_id, file, chunk_index) DO UPDATE
                    SET worker = excluded.worker, lease_until = excluded.lease_until, claimed_at = now(),
                        claims = work_chunk.claims + CASE WHEN work_chunk.worker = excluded.worker AND work_chunk.lease_until >= now() THEN 0 ELSE 1 END
                    WHERE NOT work_chunk.done AND (work_chunk.lease_until < now() OR work_chunk.worker = excluded.worker)
                RETURNING file, chunk_index
                """, logger: self.logger
            ).collect().map(Self.chunk).sorted()
        }
    }

    public func claimExpired(in run: RunID, worker: String, leaseSeconds: Int, limit: Int) throws -> [WorkChunk] {
        let operation = "claim expired chunks of run \(run) for worker \(worker)"
        try validateClaim(worker: worker, leaseSeconds: leaseSeconds, operation)
        guard limit > 0 else { return [] }
        let seconds = Double(leaseSeconds)
        return try write(operation) { connection in
            try await connection.query(
                """
                WITH expired AS (
                    SELECT file, chunk_index FROM work_chunk
                    WHERE run_id = \(run.rawValue) AND NOT done AND lease_until < now()
                    ORDER BY file, chunk_index
                    LIMIT \(Int64(limit))
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE work_chunk w
                SET worker = \(worker), lease_until = now() + make_interval(secs => \(seconds)), claimed_at = now(), claims = w.claims + 1
                FROM expired e
                WHERE w.run_id = \(run.rawValue) AND w.file = e.file AND w.chunk_index = e.chunk_index
                RETURNING w.file, w.chunk_index
                """, logger: self.logger
            ).collect().map(Self.chunk).sorted()
        }
    }

    @discardableResult
    public func renewLeases(in run: RunID, worker: String, leaseSeconds: Int) throws -> Int {
        let operation = "renew the leases of worker \(worker) in run \(run)"
        try validateClaim(worker: worker, leaseSeconds: leaseSeconds, operation)
        let seconds = Double(leaseSeconds)
        return try write(operation) { connection in
            try await connection.query(
                """
                UPDATE work_chunk SET lease_until = now() + make_interval(secs => \(seconds))
                WHERE run_id = \(run.rawValue) AND worker = \(worker) AND NOT done
                RETURNING chunk_index
                """, logger: self.logger
            ).collect().count
        }
    }

    @discardableResult
    public func complete(_ chunks: [WorkChunk], in run: RunID, worker: String) throws -> [WorkChunk] {
        let operation = "complete \(chunks.count) chunks of run \(run) for worker \(worker)"
        guard !worker.isEmpty else { throw invalid(operation, "the worker id is empty") }
        guard !chunks.isEmpty else { return [] }
        let sorted = Set(chunks).sorted()
        let files = sorted.map(\.file)
        let indexes = sorted.map { Int32(clamping: $0.index) }
        return try write(operation) { connection in
            // Done once: completing a chunk again (a retried call) returns it without a change.
            try await connection.query(
                """
                UPDATE work_chunk w SET done = true, done_at = COALESCE(w.done_at, now())
                FROM unnest(\(files)::text[], \(indexes)::int4[]) AS c(file, chunk_index)
                WHERE w.run_id = \(run.rawValue) AND w.file = c.file AND w.chunk_index = c.chunk_index AND w.worker = \(worker)
                RETURNING w.file, w.chunk_index
                """, logger: self.logger
            ).collect().map(Self.chunk).sorted()
        }
    }

    public func chunkProgress(in run: RunID) throws -> ChunkProgress {
        try read("read the chunk progress of run \(run)") { connection in
            let rows = try await connection.query(
                """
                SELECT count(*), count(*) FILTER (WHERE done),
                    count(*) FILTER (WHERE NOT done AND lease_until >= now()), count(*) FILTER (WHERE NOT done AND lease_until < now())
                FROM work_chunk WHERE run_id = \(run.rawValue)
                """, logger: self.logger
            ).collect()
            guard let row = rows.first else { return ChunkProgress(known: 0, done: 0, leased: 0, expired: 0) }
            let (known, done, leased, expired) = try row.decode((Int64, Int64, Int64, Int64).self)
            return ChunkProgress(known: Int(known), done: Int(done), leased: Int(leased), expired: Int(expired))
        }
    }

    public func claimFinish(in run: RunID, worker: String, leaseSeconds: Int) throws -> Bool {
        let operation = "claim the finishing of run \(run) for worker \(worker)"
        try validateClaim(worker: worker, leaseSeconds: leaseSeconds, operation)
        let seconds = Double(leaseSeconds)
        return try write(operation) { connection in
            // The run row is the lock: a second caller waits for the first, then sees its lease.
            try await !connection.query(
                """
                UPDATE run SET finisher = \(worker), finish_lease_until = now() + make_interval(secs => \(seconds))
                WHERE id = \(run.rawValue) AND status = 'running'
                    AND (finisher IS NULL OR finish_lease_until < now() OR finisher = \(worker))
                    AND NOT EXISTS (SELECT 1 FROM work_chunk WHERE run_id = \(run.rawValue) AND NOT done)
                RETURNING id
                """, logger: self.logger
            ).collect().isEmpty
        }
    }

    private func validateClaim(worker: String, leaseSeconds: Int, _ operation: String) throws {
        guard !worker.isEmpty else { throw invalid(operation, "the worker id is empty") }
        guard leaseSeconds > 0 else { throw invalid(operation, "the lease of \(leaseSeconds) s is not positive") }
    }

    /// The chunk in a `file, chunk_index` row.
    static func chunk(_ row: PostgresRow) throws -> WorkChunk {
        let (file, index) = try row.decode((String, Int32).self)
        return WorkChunk(file: file, index: Int(index))
    }
}
