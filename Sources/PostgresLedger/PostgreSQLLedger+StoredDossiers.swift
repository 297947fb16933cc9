import DossierModel
import Foundation
import Ledger
import PostgresNIO

extension PostgreSQLLedger {
    /// One page: the current decisions of the ids after `after` (keyset paging on the partial
    /// index `decision_current`), each with the version it decided. One statement, so one
    /// snapshot; the caller's body runs after it, outside any transaction.
    public func storedDossiers(matching filter: StoredDossierFilter, after: String, limit: Int) throws -> [StoredDossier] {
        // Every value is bound; an absent filter binds a value that selects everything.
        let since = filter.filedOnOrAfter?.description
        let before = filter.filedBefore?.description
        let outcomes = (filter.outcomes ?? []).map(\.rawValue).sorted()
        let anyOutcome = filter.outcomes == nil
        return try read("read a page of stored dossiers after '\(after)'") { connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.decisionColumns), v.filed, v.body
                FROM decision d
                JOIN dossier v ON v.dossier_id = d.dossier_id AND v.content_hash = d.content_hash
                WHERE d.is_current AND d.dossier_id > \(after)
                    AND (\(since)::text IS NULL OR v.filed >= \(since)::text)
                    AND (\(before)::text IS NULL OR v.filed < \(before)::text)
                    AND (\(anyOutcome)::bool OR d.outcome = ANY(\(outcomes)::text[]))
                ORDER BY d.dossier_id
                LIMIT \(Int64(limit))
                """, logger: self.logger
            ).collect().map { row in
                let decision = try Self.decision(row)
                let cells = row.makeRandomAccess()
                let filed = try cells[10].decode(String?.self)
                let version = DossierVersion(
                    key: decision.key, filed: filed.flatMap(CalendarDate.init(iso:)),
                    body: EncodedBlob(bytes: try cells[11].decode(Data.self)))
                return StoredDossier(version: version, decision: decision)
            }
        }
    }
}
