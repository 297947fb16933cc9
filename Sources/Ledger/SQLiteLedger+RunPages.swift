import DossierModel
import Foundation
import GRDB

/// The dossiers of one run read a page at a time, so that rebuilding a run's summary from
/// the ledger (the finishing worker of a shared run) holds one page, not the whole run.
extension SQLiteLedger {
    public func dossiers(in run: RunID, after: DossierKey?, limit: Int) throws -> [RunDossier] {
        try read("list the dossiers of run \(run)") { db in
            var sql = """
                SELECT d.dossier_id AS d_id, v.content_hash AS v_hash, r.disposition FROM run_dossier r
                JOIN version v ON v.id = r.version JOIN dossier d ON d.id = v.dossier
                WHERE r.run_id = ?
                """
            var arguments: StatementArguments = [run.rawValue]
            if let after {
                sql += " AND (d.dossier_id, v.content_hash) > (?, ?)"
                arguments += [after.dossierID, try LedgerRows.hashBytes(after.contentHash)]
            }
            sql += " ORDER BY d.dossier_id, v.content_hash LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                guard let disposition = RunDossier.Disposition(rawValue: row["disposition"]) else {
                    throw LedgerRowProblem("run \(run) saw \(row["d_id"] as String) with disposition '\(row["disposition"] as String)'")
                }
                return RunDossier(
                    key: DossierKey(dossierID: row["d_id"], contentHash: LedgerRows.hex(row["v_hash"])), disposition: disposition)
            }
        }
    }

    public func repeatedDossierIDs(in run: RunID) throws -> [String] {
        try read("list the repeated dossiers of run \(run)") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT d.dossier_id FROM (
                        SELECT v.dossier FROM run_dossier r JOIN version v ON v.id = r.version WHERE r.run_id = ?
                        UNION ALL SELECT dossier FROM quarantine WHERE run_id = ? AND dossier IS NOT NULL
                    ) s JOIN dossier d ON d.id = s.dossier GROUP BY s.dossier HAVING count(*) > 1
                    """, arguments: [run.rawValue, run.rawValue]
            ).sorted()
        }
    }
}
