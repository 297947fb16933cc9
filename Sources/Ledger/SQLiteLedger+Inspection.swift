import Foundation
import GRDB

/// Read-only views of the database itself (schema, journal mode, row counts, query plans),
/// for tests and diagnostics; Pipeline never needs them.
extension SQLiteLedger {
    /// The tables of the ledger's schema.
    static let tables = [
        "run", "input_file", "dossier", "version", "decision", "quarantine", "packet", "run_dossier", "reference_file", "reference_set",
        "blob_dictionary", "decision_hit", "dossier_text", "review_action", "run_report",
    ]

    /// The names of the tables and indexes in the database, sorted.
    func schemaObjects() throws -> [String] {
        try read("list the schema") { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
    }

    /// SQLite's journal mode (`wal` for a file ledger, `memory` in memory).
    func journalMode() throws -> String {
        try read("read the journal mode") { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Runs one SQL statement as written, outside the API (for the tests that the
    /// append-only review actions refuse an UPDATE or DELETE).
    func executeRaw(_ sql: String) throws {
        try write("run raw SQL") { db in try db.execute(sql: sql) }
    }

    /// The number of rows in one of the ledger's tables.
    func rowCount(_ table: String) throws -> Int {
        guard Self.tables.contains(table) else { throw invalid("count rows", "'\(table)' is not a ledger table") }
        return try read("count the rows of \(table)") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    /// SQLite's plan for one page of `forEachStoredDossier`, one line per step.
    func storedDossierQueryPlan(matching filter: StoredDossierFilter) throws -> [String] {
        let (sql, arguments) = Self.storedDossierQuery(matching: filter, after: "", limit: 100)
        return try read("explain the stored-dossier query") { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    /// Makes the ledger look as if a newer Outbound had migrated it (for the test that a
    /// superseded schema is refused).
    func recordForeignMigration(_ identifier: String) throws {
        try write("record migration \(identifier)") { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }
}
