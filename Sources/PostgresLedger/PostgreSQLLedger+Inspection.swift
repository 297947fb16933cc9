import Foundation
import Ledger
import Logging
import PostgresNIO

/// Views of the database itself (row counts, the schema's objects) and the dropping of a
/// schema, for tests and diagnostics; Pipeline never needs them.
extension PostgreSQLLedger {
    /// The ledger's tables.
    static let tables = [
        "run", "input_file", "dossier", "decision", "quarantine", "packet", "run_dossier", "decision_hit", "dossier_text", "work_chunk",
        "review_action",
        "run_report",
    ]

    /// Runs one SQL statement as written, outside the API (for the tests that the
    /// append-only review actions refuse an UPDATE or DELETE).
    func executeRaw(_ sql: String) throws {
        try write("run raw SQL") { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: self.logger)
        }
    }

    /// The number of rows in one of the ledger's tables.
    func rowCount(_ table: String) throws -> Int {
        guard Self.tables.contains(table) else { throw invalid("count rows", "'\(table)' is not a ledger table") }
        return try read("count the rows of \(table)") { connection in
            Int(
                try await connection.query("SELECT count(*) FROM \(unescaped: table)", logger: self.logger).collect().first?.decode(
                    Int64.self) ?? 0)
        }
    }

    /// The tables and indexes of the ledger's schema, sorted.
    func schemaObjects() throws -> [String] {
        let schema = url.schema
        return try read("list the schema") { connection in
            try await connection.query(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = \(schema) AND c.relkind IN ('r', 'i') ORDER BY 1",
                logger: self.logger
            ).collect().map { try $0.decode(String.self) }
        }
    }

    /// Drops the schema `url` names with everything in it, on a connection of its own and
    /// without migrating first (tests give each case its own schema; a schema a newer Outbound
    /// migrated cannot be opened, but can be dropped).
    static func dropSchema(_ url: PostgresLedgerURL, logger: Logger) throws {
        let schema = url.schema
        guard schema != "public" else {
            throw LedgerError(
                kind: .invalidInput, path: url.redacted, operation: "drop the schema", reason: "the public schema is never dropped")
        }
        do {
            try BlockingPostgresClient.blocking {
                let connection = try await PostgresConnection.connect(
                    configuration: try BlockingPostgresClient.connectionConfiguration(url), id: 0, logger: logger)
                do {
                    try await connection.query("DROP SCHEMA IF EXISTS \(unescaped: schema) CASCADE", logger: logger)
                } catch {
                    try? await connection.close()
                    throw error
                }
                try await connection.close()
            }
        } catch {
            throw PostgresFailure.ledgerError(error, kind: .write, path: url.redacted, operation: "drop schema \(schema)")
        }
    }

    /// Makes the ledger look as if a newer Outbound had migrated it (for the test that such a
    /// schema is refused).
    func recordForeignMigration(_ name: String) throws {
        try write("record migration \(name)") { connection in
            try await connection.query("INSERT INTO ledger_migration (name) VALUES (\(name))", logger: self.logger)
        }
    }
}
