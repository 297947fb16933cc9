import Foundation
import Ledger
import PostgresNIO

extension PostgreSQLLedger {
    public func recentRuns(limit: Int) throws -> [LedgerRun] {
        let limit = max(0, limit)
        return try read("list the recent runs") { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.runColumns) FROM run ORDER BY id DESC LIMIT \(limit)", logger: self.logger
            ).collect().map(Self.runValue)
        }
    }

    public func recordRunReport(_ run: RunID, kind: RunReportKind, json: Data) throws {
        let body = String(decoding: json, as: UTF8.self)
        try write("store the \(kind.rawValue) report of run \(run)") { connection in
            try await connection.query(
                """
                INSERT INTO run_report (run_id, kind, body) VALUES (\(run.rawValue), \(kind.rawValue), \(body))
                ON CONFLICT (run_id, kind) DO UPDATE SET body = EXCLUDED.body
                """, logger: self.logger)
        }
    }

    public func runReport(_ run: RunID, kind: RunReportKind) throws -> Data? {
        try read("read the \(kind.rawValue) report of run \(run)") { connection in
            try await connection.query(
                "SELECT body FROM run_report WHERE run_id = \(run.rawValue) AND kind = \(kind.rawValue)", logger: self.logger
            ).collect().first.map { Data(try $0.decode(String.self).utf8) }
        }
    }

    public func appendReviewAction(_ action: NewReviewAction) throws -> ReviewAction {
        let operation = "record a \(action.kind.rawValue) action on dossier \(action.dossierID)"
        if let problem = action.problem { throw invalid(operation, problem) }
        let stamp = self.stamp
        return try transaction(operation) { connection in
            let known = try await connection.query(
                """
                SELECT 1 FROM dossier WHERE dossier_id = \(action.dossierID)
                UNION ALL SELECT 1 FROM quarantine WHERE dossier_id = \(action.dossierID) LIMIT 1
                """, logger: self.logger
            ).collect()
            guard !known.isEmpty else { throw self.invalid(operation, "the ledger holds no dossier \(action.dossierID)") }
            let rows = try await connection.query(
                """
                INSERT INTO review_action (dossier_id, kind, reviewer, recorded_at, note, result, party, list_id, entry_id, decision_run)
                VALUES (\(action.dossierID), \(action.kind.rawValue), \(action.reviewer), COALESCE(\(stamp)::timestamptz, now()),
                    \(action.note), \(action.result?.rawValue), \(action.clearance?.party), \(action.clearance?.listID),
                    \(action.clearance?.entryID), \(action.decisionRun?.rawValue))
                RETURNING \(unescaped: Self.actionColumns)
                """, logger: self.logger
            ).collect()
            guard let row = rows.first else { throw LedgerRowProblem("the new review action has no row") }
            return try Self.action(row)
        }
    }

    public func reviewActions(of dossierID: String) throws -> [ReviewAction] {
        try read("read the review actions of dossier \(dossierID)") { connection in
            try await connection.query(
                "SELECT \(unescaped: Self.actionColumns) FROM review_action WHERE dossier_id = \(dossierID) ORDER BY id",
                logger: self.logger
            ).collect().map(Self.action)
        }
    }

    public func reviewActions(after: Int64, kind: ReviewAction.Kind?, limit: Int) throws -> [ReviewAction] {
        let limit = max(0, limit)
        let kind = kind?.rawValue
        return try read("read the review actions") { connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.actionColumns) FROM review_action
                WHERE id > \(after) AND (\(kind)::text IS NULL OR kind = \(kind)) ORDER BY id LIMIT \(limit)
                """, logger: self.logger
            ).collect().map(Self.action)
        }
    }

    private static let actionColumns =
        "id, dossier_id, kind, reviewer, recorded_at, note, result, party, list_id, entry_id, decision_run"

    private static func action(_ row: PostgresRow) throws -> ReviewAction {
        let (id, dossierID, kindName, reviewer, recordedAt, note, resultName, party, list, entry, run) =
            try row.decode((Int64, String, String, String, Date, String, String?, String?, String?, String?, Int64?).self)
        guard let kind = ReviewAction.Kind(rawValue: kindName) else { throw LedgerRowProblem("review action has kind '\(kindName)'") }
        let result = try resultName.map { name in
            guard let result = ReviewAction.Result(rawValue: name) else { throw LedgerRowProblem("review action has result '\(name)'") }
            return result
        }
        var clearance: ReviewAction.Clearance?
        if let party, let list, let entry { clearance = ReviewAction.Clearance(party: party, listID: list, entryID: entry) }
        return ReviewAction(
            id: id, dossierID: dossierID, kind: kind, reviewer: reviewer, recordedAt: recordedAt, note: note, result: result,
            clearance: clearance, decisionRun: run.map(RunID.init(rawValue:)))
    }
}
