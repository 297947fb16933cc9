import DossierModel
import Foundation
import GRDB

extension SQLiteLedger {
    public func storedDossiers(matching filter: StoredDossierFilter, after: String, limit: Int) throws -> [StoredDossier] {
        try read("read a page of stored dossiers after '\(after)'") { db in
            let (sql, arguments) = Self.storedDossierQuery(matching: filter, after: after, limit: limit)
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let decision = try decisionRow(row, db)
                let version = DossierVersion(
                    key: decision.key, filed: (row["v_filed"] as String?).flatMap(CalendarDate.init(iso:)), body: blob(row["v_body"]))
                return StoredDossier(version: version, decision: decision)
            }
        }
    }

    /// The SQL and bound arguments of one page: the current decisions of the ids after
    /// `after`, in the order of the ids (keyset paging on `dossier`'s unique index, each
    /// decision found through the partial index `decision_current`), each with the version it
    /// decided. Every value bound, never spliced in.
    static func storedDossierQuery(matching filter: StoredDossierFilter, after: String, limit: Int) -> (String, StatementArguments) {
        var conditions = ["d.dossier_id > ?"]
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
            conditions.append("x.outcome IN (\(Array(repeating: "?", count: sorted.count).joined(separator: ", ")))")
            arguments += StatementArguments(sorted)
        }
        arguments += [limit]
        let sql = """
            SELECT \(decisionColumns), v.filed AS v_filed, v.body AS v_body
            FROM dossier d
            JOIN decision x ON x.dossier = d.id AND x.is_current = 1
            JOIN version v ON v.id = x.version
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY d.dossier_id
            LIMIT ?
            """
        return (sql, arguments)
    }
}
