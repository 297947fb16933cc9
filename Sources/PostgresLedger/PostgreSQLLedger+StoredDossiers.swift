import DossierModel
import Foundation
import Ledger
import PostgresNIO

extension PostgreSQLLedger {
    public func forEachStoredDossier(
        matching filter: StoredDossierFilter, pageSize: Int, _ body: ([StoredDossier]) throws -> Void
    ) throws {
        guard pageSize > 0 else {
            throw invalid("iterate the stored dossiers", "the page size is \(pageSize); it must be at least 1")
        }
        if let outcomes = filter.outcomes, outcomes.isEmpty { return }
        var after = ""
        while true {
            let page = try storedDossiers(matching: filter, after: after, limit: pageSize)
            guard let last = page.last else { return }
            try body(page)
            if page.count < pageSize { return }
            after = last.version.key.dossierID
        }
    }

    /// One page: the current decisions of the ids after `after` (keyset paging on the partial
    /// index `decision_current`), each with the version it decided. One statement, so one
    /// snapshot; the caller's body runs after it, outside any transaction.
    func storedDossiers(matching filter: StoredDossierFilter, after: String, limit: Int) throws -> [StoredDossier] {
        // Every value is bound; an absent filter binds a value that selects everything.
        let since = filter.filedOnOrAfter?.description
        let before = filter.filedBefore?.description
        let outcomes = (filter.outcomes ?? []).map(\.rawValue).sorted()
        let anyOutcome = filter.outcomes == nil
        return try read("read a page of stored dossiers after '\(after)'") { connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.decisionColumns), v.filed, v.body, v.body_encoding
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
                    body: EncodedBlob(bytes: try cells[11].decode(Data.self), encoding: try cells[12].decode(String.self)))
                return StoredDossier(version: version, decision: decision)
            }
        }
    }
}
