import Foundation
import Ledger
import Logging
import PostgresNIO

/// Applies `PostgresMigrations` to the schema a ledger URL names, on a connection of its own
/// (outside the pool, so an unreachable server or a refused login fails at once).
///
/// Everything happens in one transaction that first takes a transaction-level advisory lock
/// for the schema: workers that start together wait for the first, then find every migration
/// applied. The schema is created when missing. A schema that lists a migration this version
/// does not know was migrated by a newer Outbound and is refused.
struct PostgresMigrator {
    var url: PostgresLedgerURL
    var logger: Logger

    func migrate() throws {
        let url = self.url
        let logger = self.logger
        let connection: PostgresConnection
        do {
            connection = try BlockingPostgresClient.blocking {
                try await PostgresConnection.connect(
                    configuration: try BlockingPostgresClient.connectionConfiguration(url), id: 0, logger: logger)
            }
        } catch {
            throw PostgresFailure.ledgerError(error, kind: .open, path: url.redacted, operation: "connect to the ledger")
        }
        defer { _ = try? BlockingPostgresClient.blocking { try await connection.close() } }
        do {
            try BlockingPostgresClient.blocking { try await Self.apply(url: url, connection, logger: logger) }
        } catch {
            throw PostgresFailure.ledgerError(error, kind: .migrate, path: url.redacted, operation: "apply the ledger migrations")
        }
    }

    private static func apply(url: PostgresLedgerURL, _ connection: PostgresConnection, logger: Logger) async throws {
        let schema = url.schema  // a plain identifier (PostgresLedgerURL checks it): safe to write into SQL
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query(
                "SELECT pg_advisory_xact_lock(hashtextextended(\(PostgresMigrations.lockKey(schema: schema)), 0))", logger: logger)
            let exists = try await connection.query("SELECT 1 FROM pg_namespace WHERE nspname = \(schema)", logger: logger).collect()
            if exists.isEmpty {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
            }
            try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \(schema)"), logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: PostgresMigrations.bookkeeping), logger: logger)
            let applied = Set(
                try await connection.query("SELECT name FROM ledger_migration", logger: logger).collect().map { try $0.decode(String.self) }
            )
            let unknown = applied.subtracting(PostgresMigrations.names)
            guard unknown.isEmpty else {
                throw LedgerError(
                    kind: .migrate, path: url.redacted, operation: "open the ledger",
                    reason:
                        "it was written by a newer Outbound (its schema has migrations this version does not know: \(unknown.sorted().joined(separator: ", ")))"
                )
            }
            for migration in PostgresMigrations.all where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO ledger_migration (name, applied_at) VALUES (\(migration.name), clock_timestamp())", logger: logger)
                logger.info("applied ledger migration", metadata: ["migration": "\(migration.name)", "schema": "\(schema)"])
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
