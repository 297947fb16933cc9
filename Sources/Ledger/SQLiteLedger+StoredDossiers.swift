import DossierModel
import Foundation
import GRDB

extension SQLiteLedger {
    public func storedDossiers(matching filter: StoredDossierFilter, after: String, limit: Int) throws -> [StoredDossier] {
        try read("read a page of stored dossiers after '\(after)'") { db in
            try storedDossiers(matching: filter, after: after, limit: limit, db)
        }
    }

    /// One page: the current decisions of the ids after `after` (keyset paging on the
    /// partial index `decision_current`), each with the version it decided.
    func storedDossiers(matching filter: StoredDossierFilter, after: String, limit: Int, _ db: Database) throws -> [StoredDossier] {
        let (sql, arguments) = Self.storedDossierQuery(matching: filter, after: after, limit: limit)
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let decision = try DecisionRecord(row: row).stored()
            let filed: String? = row["v_filed"]
            let version = DossierVersion(
                key: decision.key, filed: filed.flatMap(CalendarDate.init(iso:)),
                body: EncodedBlob(bytes: row["v_body"], encoding: row["v_body_encoding"]))
            return StoredDossier(version: version, decision: decision)
        }
    }

    /// The SQL and bound arguments of one page (every value bound, never spliced in).
    static func storedDossierQuery(matching filter: StoredDossierFilter, after: String, limit: Int) -> (String, StatementArguments) {
        var conditions = ["d.is_current = 1", "d.dossier_id > ?"]
        var arguments: StatementArguments = [after]
        if let since = filter.filedOnOrAfter {
            conditions.append("v.filed >= ?")
            arguments += [since.description]
        }
        if let before = filter.filedBefore {
            conditions.append("v.filed < ?")
            arguments += [before.description]
        }
        if let outcomes = filter.outcomes {
            let sorted = outcomes.map(\.rawValue).sorted()
            conditions.append("d.outcome IN (\(Array(repeating: "?", count: sorted.count).joined(separator: ", ")))")
            arguments += StatementArguments(sorted)
        }
        arguments += [limit]
        let sql = """
            SELECT d.*, v.filed AS v_filed, v.body AS v_body, v.body_encoding AS v_body_encoding
            FROM decision d
            JOIN dossier v ON v.dossier_id = d.dossier_id AND v.content_hash = d.content_hash
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY d.dossier_id
            LIMIT ?
            """
        return (sql, arguments)
    }
}
