import Foundation
import GRDB

extension SQLiteLedger {
    public func beginRun(pipelineID: String, outboundVersion: String, generatedAt: String?) throws -> RunID {
        let operation = "begin a run of pipeline '\(pipelineID)'"
        guard !pipelineID.isEmpty else { throw invalid(operation, "the pipeline id is empty") }
        return try write(operation) { db in
            var record = RunRecord(
                id: nil, pipelineID: pipelineID, outboundVersion: outboundVersion, startedAt: clock(), finishedAt: nil,
                status: RunStatus.running.rawValue, counts: "{}", generatedAt: generatedAt)
            try record.insert(db)
            guard let id = record.id else { throw LedgerRowProblem("the new run has no id") }
            return RunID(rawValue: id)
        }
    }

    public func finishRun(_ run: RunID, status: RunStatus, counts: [String: Int]) throws {
        let operation = "finish run \(run) as \(status.rawValue)"
        guard status != .running else { throw invalid(operation, "a run is finished as 'finished' or 'failed'") }
        try write(operation) { db in
            try db.execute(
                sql: "UPDATE run SET status = ?, finished_at = ?, counts = ? WHERE id = ?",
                arguments: [status.rawValue, clock(), try LedgerRows.json(counts), run.rawValue])
            guard db.changesCount == 1 else { throw invalid(operation, "there is no run \(run)") }
        }
    }

    public func run(_ run: RunID) throws -> LedgerRun? {
        try read("read run \(run)") { db in try RunRecord.fetchOne(db, key: run.rawValue)?.value() }
    }

    public func latestRun(pipelineID: String) throws -> LedgerRun? {
        try read("read the latest run of pipeline '\(pipelineID)'") { db in
            try RunRecord.filter(RunRecord.Columns.pipelineID == pipelineID)
                .order(RunRecord.Columns.id.desc)
                .fetchOne(db)?.value()
        }
    }

    @discardableResult
    public func registerInputFile(_ run: RunID, path filePath: String, size: Int64, sha256: String) throws -> [RunID] {
        let operation = "register input file \(filePath) in run \(run)"
        try requireSHA256(sha256, of: filePath, operation)
        guard !filePath.isEmpty, size >= 0 else { throw invalid(operation, "the path is empty or the size negative") }
        return try write(operation) { db in
            try requireRunning(run, db, operation: operation)
            try db.execute(
                sql: """
                    INSERT INTO input_file (run_id, path, size, sha256, registered_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (run_id, path) DO NOTHING
                    """,
                arguments: [run.rawValue, filePath, size, sha256, clock()])
            let earlier = try Int64.fetchAll(
                db, sql: "SELECT DISTINCT run_id FROM input_file WHERE sha256 = ? AND run_id < ? ORDER BY run_id",
                arguments: [sha256, run.rawValue])
            return earlier.map(RunID.init(rawValue:))
        }
    }

    public func inputFiles(in run: RunID) throws -> [InputFile] {
        try read("read the input files of run \(run)") { db in
            try InputFileRecord.filter(InputFileRecord.Columns.runID == run.rawValue)
                .order(InputFileRecord.Columns.id)
                .fetchAll(db)
                .map { InputFile(path: $0.path, size: $0.size, sha256: $0.sha256) }
        }
    }
}
