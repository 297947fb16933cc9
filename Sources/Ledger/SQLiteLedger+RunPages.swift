import DossierModel
import Foundation
import GRDB

/// The dossiers of one run read a page at a time, so that rebuilding a run's summary from
/// the ledger (the finishing worker of a shared run) holds one page, not the whole run.
extension SQLiteLedger {
    public func dossiers(in run: RunID, after: DossierKey?, limit: Int) throws -> [RunDossier] {
        try read("list the dossiers of run \(run)") { db in
            if let after {
                return try RunDossierRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM run_dossier WHERE run_id = ? AND (dossier_id, content_hash) > (?, ?)
                        ORDER BY dossier_id, content_hash LIMIT ?
                        """,
                    arguments: [run.rawValue, after.dossierID, after.contentHash, limit]
                ).map { try $0.value() }
            }
            return try RunDossierRecord.fetchAll(
                db, sql: "SELECT * FROM run_dossier WHERE run_id = ? ORDER BY dossier_id, content_hash LIMIT ?",
                arguments: [run.rawValue, limit]
            ).map { try $0.value() }
        }
    }

    public func repeatedDossierIDs(in run: RunID) throws -> [String] {
        try read("list the repeated dossiers of run \(run)") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT dossier_id FROM (
                        SELECT dossier_id FROM run_dossier WHERE run_id = ?
                        UNION ALL SELECT dossier_id FROM quarantine WHERE run_id = ? AND dossier_id IS NOT NULL
                    ) GROUP BY dossier_id HAVING count(*) > 1
                    """, arguments: [run.rawValue, run.rawValue]
            ).sorted()
        }
    }
}
