import Foundation
import Ledger
import PostgresNIO

extension PostgreSQLLedger {
    /// The columns `LedgerRun` is decoded from, in `runValue`'s order.
    static let runColumns = "id, pipeline_id, outbound_version, started_at, finished_at, status, counts::text, generated_at"

    /// The run in a row selected with `runColumns`.
    static func runValue(_ row: PostgresRow) throws -> LedgerRun {
        let (id, pipelineID, version, startedAt, finishedAt, status, counts, generatedAt) =
            try row.decode((Int64, String, String, Date, Date?, String, String, String?).self)
        guard let decoded = RunStatus(rawValue: status) else { throw LedgerRowProblem("run \(id) has status '\(status)'") }
        return LedgerRun(
            id: RunID(rawValue: id), pipelineID: pipelineID, outboundVersion: version, startedAt: startedAt, finishedAt: finishedAt,
            status: decoded, counts: try JSONDecoder().decode([String: Int].self, from: Data(counts.utf8)), generatedAt: generatedAt)
    }

    public func beginRun(pipelineID: String, outboundVersion: String, generatedAt: String?) throws -> RunID {
        let operation = "begin a run of pipeline '\(pipelineID)'"
        guard !pipelineID.isEmpty else { throw invalid(operation, "the pipeline id is empty") }
        let stamp = self.stamp
        return try write(operation) { connection in
            let rows = try await connection.query(
                """
                INSERT INTO run (pipeline_id, outbound_version, started_at, generated_at)
                VALUES (\(pipelineID), \(outboundVersion), COALESCE(\(stamp)::timestamptz, now()), \(generatedAt)) RETURNING id
                """, logger: self.logger
            ).collect()
            guard let id = try rows.first?.decode(Int64.self) else { throw LedgerRowProblem("the new run has no id") }
            return RunID(rawValue: id)
        }
    }

    public func finishRun(_ run: RunID, status: RunStatus, counts: [String: Int]) throws {
        let operation = "finish run \(run) as \(status.rawValue)"
        guard status != .running else { throw invalid(operation, "a run is finished as 'finished' or 'failed'") }
        let counts = try LedgerRows.json(counts)
        let stamp = self.stamp
        try write(operation) { connection in
            let rows = try await connection.query(
                """
                UPDATE run SET status = \(status.rawValue), finished_at = COALESCE(\(stamp)::timestamptz, now()),
                    counts = \(counts)::jsonb, finisher = NULL, finish_lease_until = NULL
                WHERE id = \(run.rawValue) RETURNING id
                """, logger: self.logger
            ).collect()
            guard !rows.isEmpty else { throw self.invalid(operation, "there is no run \(run)") }
        }
    }

    public func run(_ run: RunID) throws -> LedgerRun? {
        try read("read run \(run)") { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.runColumns) FROM run WHERE id = \(run.rawValue)", logger: self.logger
            ).collect().first.map(Self.runValue)
        }
    }

    public func latestRun(pipelineID: String) throws -> LedgerRun? {
        try read("read the latest run of pipeline '\(pipelineID)'") { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.runColumns) FROM run WHERE pipeline_id = \(pipelineID) ORDER BY id DESC LIMIT 1",
                logger: self.logger
            ).collect().first.map(Self.runValue)
        }
    }

    @discardableResult
    public func registerInputFile(_ run: RunID, path filePath: String, size: Int64, sha256: String) throws -> [RunID] {
        let operation = "register input file \(filePath) in run \(run)"
        try requireSHA256(sha256, of: filePath, operation)
        guard !filePath.isEmpty, size >= 0 else { throw invalid(operation, "the path is empty or the size negative") }
        let stamp = self.stamp
        return try transaction(operation) { connection in
            try await self.requireRunning(run, connection, operation: operation)
            try await connection.query(
                """
                INSERT INTO input_file (run_id, path, size, sha256, registered_at)
                VALUES (\(run.rawValue), \(filePath), \(size), \(sha256), COALESCE(\(stamp)::timestamptz, now()))
                ON CONFLICT (run_id, path) DO NOTHING
                """, logger: self.logger)
            return try await connection.query(
                "SELECT DISTINCT run_id FROM input_file WHERE sha256 = \(sha256) AND run_id < \(run.rawValue) ORDER BY run_id",
                logger: self.logger
            ).collect().map { RunID(rawValue: try $0.decode(Int64.self)) }
        }
    }

    public func inputFiles(in run: RunID) throws -> [InputFile] {
        try read("read the input files of run \(run)") { connection in
            try await connection.query(
                "SELECT path, size, sha256 FROM input_file WHERE run_id = \(run.rawValue) ORDER BY id", logger: self.logger
            ).collect().map { row in
                let (path, size, sha256) = try row.decode((String, Int64, String).self)
                return InputFile(path: path, size: size, sha256: sha256)
            }
        }
    }
}
