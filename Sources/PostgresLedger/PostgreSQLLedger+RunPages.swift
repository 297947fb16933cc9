import DossierModel
import Foundation
import Ledger
import PostgresNIO

/// The dossiers of one run read a page at a time, so that the finishing worker rebuilds a
/// run's summary holding one page, not the whole run.
extension PostgreSQLLedger {
    public func dossiers(in run: RunID, after: DossierKey?, limit: Int) throws -> [RunDossier] {
        try read("list the dossiers of run \(run)") { connection in
            let rows: PostgresRowSequence
            if let after {
                rows = try await connection.query(
                    """
                    SELECT dossier_id, content_hash, disposition FROM run_dossier
                    WHERE run_id = \(run.rawValue) AND (dossier_id, content_hash) > (\(after.dossierID), \(after.contentHash))
                    ORDER BY dossier_id, content_hash LIMIT \(limit)
                    """, logger: self.logger)
            } else {
                rows = try await connection.query(
                    "SELECT dossier_id, content_hash, disposition FROM run_dossier WHERE run_id = \(run.rawValue) ORDER BY dossier_id, content_hash LIMIT \(limit)",
                    logger: self.logger)
            }
            return try await rows.collect().map { try Self.runDossier($0, run: run) }
        }
    }

    /// A `run_dossier` row selected as `dossier_id, content_hash, disposition`.
    static func runDossier(_ row: PostgresRow, run: RunID) throws -> RunDossier {
        let (id, hash, disposition) = try row.decode((String, String, String).self)
        guard let decoded = RunDossier.Disposition(rawValue: disposition) else {
            throw LedgerRowProblem("run \(run) saw \(id) with disposition '\(disposition)'")
        }
        return RunDossier(key: DossierKey(dossierID: id, contentHash: hash), disposition: decoded)
    }

    public func repeatedDossierIDs(in run: RunID) throws -> [String] {
        try read("list the repeated dossiers of run \(run)") { connection in
            try await connection.query(
                """
                SELECT dossier_id FROM (
                    SELECT dossier_id FROM run_dossier WHERE run_id = \(run.rawValue)
                    UNION ALL SELECT dossier_id FROM quarantine WHERE run_id = \(run.rawValue) AND dossier_id IS NOT NULL
                ) AS seen GROUP BY dossier_id HAVING count(*) > 1
                """, logger: self.logger
            ).collect().map { try $0.decode(String.self) }.sorted()
        }
    }
}
