import Foundation
import GRDB

extension SQLiteLedger {
    public func recentRuns(limit: Int) throws -> [LedgerRun] {
        try read("list the recent runs") { db in
            try RunRecord.order(RunRecord.Columns.id.desc).limit(max(0, limit)).fetchAll(db).map { try $0.value() }
        }
    }

    public func recordRunReport(_ run: RunID, kind: RunReportKind, json: Data) throws {
        try write("store the \(kind.rawValue) report of run \(run)") { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO run_report (run_id, kind, body) VALUES (?, ?, ?)",
                arguments: [run.rawValue, kind.rawValue, String(decoding: json, as: UTF8.self)])
        }
    }

    public func runReport(_ run: RunID, kind: RunReportKind) throws -> Data? {
        try read("read the \(kind.rawValue) report of run \(run)") { db in
            try String.fetchOne(
                db, sql: "SELECT body FROM run_report WHERE run_id = ? AND kind = ?", arguments: [run.rawValue, kind.rawValue]
            ).map { Data($0.utf8) }
        }
    }

    public func appendReviewAction(_ action: NewReviewAction) throws -> ReviewAction {
        let operation = "record a \(action.kind.rawValue) action on dossier \(action.dossierID)"
        if let problem = action.problem { throw invalid(operation, problem) }
        let now = clock()
        return try write(operation) { db in
            guard
                let dossier = try Int64.fetchOne(db, sql: "SELECT id FROM dossier WHERE dossier_id = ?", arguments: [action.dossierID])
            else { throw invalid(operation, "the ledger holds no dossier \(action.dossierID)") }
            try db.execute(
                sql: """
                    INSERT INTO review_action (dossier, kind, reviewer, recorded_at, note, result, party, list_id, entry_id, decision_run)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    dossier, action.kind.rawValue, action.reviewer, now, action.note, action.result?.rawValue,
                    action.clearance?.party, action.clearance?.listID, action.clearance?.entryID, action.decisionRun?.rawValue,
                ])
            return ReviewAction(
                id: db.lastInsertedRowID, dossierID: action.dossierID, kind: action.kind, reviewer: action.reviewer,
                recordedAt: now, note: action.note, result: action.result, clearance: action.clearance, decisionRun: action.decisionRun)
        }
    }

    public func reviewActions(of dossierID: String) throws -> [ReviewAction] {
        try read("read the review actions of dossier \(dossierID)") { db in
            try Row.fetchAll(
                db, sql: "\(Self.actionSelect) WHERE d.dossier_id = ? ORDER BY a.id", arguments: [dossierID]
            ).map(Self.action)
        }
    }

    public func reviewActions(after: Int64, kind: ReviewAction.Kind?, limit: Int) throws -> [ReviewAction] {
        try read("read the review actions") { db in
            if let kind {
                return try Row.fetchAll(
                    db, sql: "\(Self.actionSelect) WHERE a.kind = ? AND a.id > ? ORDER BY a.id LIMIT ?",
                    arguments: [kind.rawValue, after, max(0, limit)]
                ).map(Self.action)
            }
            return try Row.fetchAll(
                db, sql: "\(Self.actionSelect) WHERE a.id > ? ORDER BY a.id LIMIT ?", arguments: [after, max(0, limit)]
            ).map(Self.action)
        }
    }

    private static let actionSelect = """
        SELECT a.id, d.dossier_id, a.kind, a.reviewer, a.recorded_at, a.note, a.result, a.party, a.list_id, a.entry_id,
            a.decision_run
        FROM review_action a JOIN dossier d ON d.id = a.dossier
        """

    private static func action(_ row: Row) throws -> ReviewAction {
        let kindName: String = row["kind"]
        guard let kind = ReviewAction.Kind(rawValue: kindName) else { throw LedgerRowProblem("review action has kind '\(kindName)'") }
        let resultName: String? = row["result"]
        let result = try resultName.map { name in
            guard let result = ReviewAction.Result(rawValue: name) else { throw LedgerRowProblem("review action has result '\(name)'") }
            return result
        }
        var clearance: ReviewAction.Clearance?
        if let party: String = row["party"], let list: String = row["list_id"], let entry: String = row["entry_id"] {
            clearance = ReviewAction.Clearance(party: party, listID: list, entryID: entry)
        }
        let run: Int64? = row["decision_run"]
        return ReviewAction(
            id: row["id"], dossierID: row["dossier_id"], kind: kind, reviewer: row["reviewer"], recordedAt: row["recorded_at"],
            note: row["note"], result: result, clearance: clearance, decisionRun: run.map(RunID.init(rawValue:)))
    }
}
