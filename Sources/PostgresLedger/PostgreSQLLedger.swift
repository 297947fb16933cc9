import Foundation
import Ledger
import Logging
import PostgresNIO

/// The ledger in PostgreSQL (postgres-nio), shared by any number of worker processes on any
/// number of hosts: the same `LedgerStore` contract as `SQLiteLedger`, plus the runs joined by
/// key and the chunk leases of `SharedLedger`, plus `ReclassifyStore`.
///
/// The API is synchronous, as Pipeline's Dispatch threads want it: each call runs as a task on
/// postgres-nio's connection pool and blocks the calling thread until it returns (never call
/// it from a Swift concurrency task). Opening connects once outside the pool and applies the
/// migrations (an unreachable server or a refused login fails at once with `ledger.open`);
/// `close()` (or deinit) shuts the pool down. Every failure is a `LedgerError` whose `path` is
/// the URL without its password. Writes that race with another worker's (two versions of one
/// dossier decided at once) are retried on serialization failure, deadlock or a clash on the
/// current-decision index, up to `PostgreSQLLedger.attempts` times.
public final class PostgreSQLLedger: SharedLedger, ReclassifyStore {
    /// The connection URL as parsed (with its credentials).
    public let url: PostgresLedgerURL
    /// The URL without the password: the `path` of every `LedgerError`.
    public var path: String { url.redacted }
    let client: BlockingPostgresClient
    /// The clock rows are stamped with; nil stamps with the database's `now()` (leases always
    /// use the database's clock).
    let clock: (@Sendable () -> Date)?
    let logger: Logger

    /// How many times a transaction is tried when it races with another worker's.
    public static let attempts = 6

    /// Parses `url` (credentials from `environment`, see `PostgresLedgerURL`), connects and
    /// migrates. A password written in the URL is accepted with a warning on `logger`.
    public convenience init(
        url: String, logger: Logger = Logger(label: "outbound.ledger"),
        environment: [String: String] = ProcessInfo.processInfo.environment, clock: (@Sendable () -> Date)? = nil
    ) throws {
        let parsed: PostgresLedgerURL
        do {
            parsed = try PostgresLedgerURL(url, environment: environment)
        } catch {
            throw LedgerError(kind: .open, path: PostgresLedgerURL.stripPassword(url), operation: "read the ledger URL", reason: "\(error)")
        }
        try self.init(url: parsed, logger: logger, clock: clock)
    }

    /// Connects to the server `url` names and applies the migrations its schema lacks
    /// (creating the schema when missing).
    public init(url: PostgresLedgerURL, logger: Logger = Logger(label: "outbound.ledger"), clock: (@Sendable () -> Date)? = nil) throws {
        self.url = url
        self.logger = logger
        self.clock = clock
        if url.passwordInURL {
            logger.warning(
                "the ledger URL carries a password; prefer \(PostgresLedgerURL.Environment.password), PGPASSWORD or \(PostgresLedgerURL.Environment.passwordFile)",
                metadata: ["ledger": "\(url.redacted)"])
        }
        do {
            self.client = try BlockingPostgresClient(url: url, logger: logger)
        } catch {
            throw PostgresFailure.ledgerError(error, kind: .open, path: url.redacted, operation: "set up TLS for the ledger")
        }
        try PostgresMigrator(url: url, logger: logger).migrate()
    }

    /// Closes the idle connections without waiting (the last reference may be released on
    /// the ledger's executor).
    deinit { client.shutdown(wait: false) }

    /// Closes every connection and waits until they are closed; the ledger cannot be used
    /// afterwards. Idempotent.
    public func close() { client.shutdown(wait: true) }

    /// The names of the migrations applied to this ledger's schema, in the order applied.
    public func appliedMigrations() throws -> [String] {
        try read("list the applied migrations") { connection in
            try await connection.query("SELECT name FROM ledger_migration ORDER BY applied_at, name", logger: self.logger)
                .collect().map { try $0.decode(String.self) }
        }
    }

    // MARK: Access

    /// The stamp for rows written now: the injected clock's, or nil for the database's `now()`
    /// (the SQL writes `COALESCE($n::timestamptz, now())`).
    var stamp: Date? { clock?() }

    /// Runs `body` in one transaction (READ COMMITTED, or a read-only snapshot when
    /// `snapshot`), committed when it returns and rolled back when it throws; a race with
    /// another worker's transaction is retried.
    @discardableResult
    func transaction<T: Sendable>(
        _ operation: String, kind: LedgerError.Kind = .write, snapshot: Bool = false,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) throws -> T {
        let begin: PostgresQuery = snapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY" : "BEGIN"
        let logger = self.logger
        do {
            return try client.withConnection { connection in
                var attempt = 1
                while true {
                    try await connection.query(begin, logger: logger)
                    do {
                        let value = try await body(connection)
                        try await connection.query("COMMIT", logger: logger)
                        return value
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        guard attempt < Self.attempts, Self.isRace(error) else { throw error }
                        logger.debug("ledger transaction raced with another worker; retrying", metadata: ["attempt": "\(attempt)"])
                        try await Task.sleep(nanoseconds: UInt64.random(in: 1...8) * UInt64(attempt) * 2_000_000)
                        attempt += 1
                    }
                }
            }
        } catch {
            throw wrap(error, kind: kind, operation: operation)
        }
    }

    /// Runs `body` on a connection without a transaction: for one statement (which PostgreSQL
    /// runs as its own transaction) or reads that need no single snapshot.
    func read<T: Sendable>(
        _ operation: String, kind: LedgerError.Kind = .read, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) throws -> T {
        do {
            return try client.withConnection(body)
        } catch {
            throw wrap(error, kind: kind, operation: operation)
        }
    }

    /// One statement that writes (its own transaction), retried like `transaction` on a race.
    @discardableResult
    func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        let logger = self.logger
        do {
            return try client.withConnection { connection in
                var attempt = 1
                while true {
                    do {
                        return try await body(connection)
                    } catch {
                        guard attempt < Self.attempts, Self.isRace(error) else { throw error }
                        logger.debug("ledger statement raced with another worker; retrying", metadata: ["attempt": "\(attempt)"])
                        try await Task.sleep(nanoseconds: UInt64.random(in: 1...8) * UInt64(attempt) * 2_000_000)
                        attempt += 1
                    }
                }
            }
        } catch {
            throw wrap(error, kind: .write, operation: operation)
        }
    }

    /// True for the failures a retry resolves: serialization failure, deadlock, and a clash
    /// on the current-decision index (two workers made a decision current for one id at once).
    static func isRace(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let info = error.serverInfo, let state = info[.sqlState] else { return false }
        switch state {
        case "40001", "40P01": return true
        case "23505": return info[.constraintName] == "decision_current"
        default: return false
        }
    }

    /// A `LedgerError` for any failure while doing `operation`.
    func wrap(_ error: any Error, kind: LedgerError.Kind, operation: String) -> LedgerError {
        PostgresFailure.ledgerError(error, kind: kind, path: path, operation: operation)
    }

    /// What the `body_encoding` columns say of the blobs this version writes (the form is in
    /// the blob's first byte, `EncodedBlob`).
    static let blobForm = "ledger-blob"

    /// A `LedgerError` for a value the ledger refuses.
    func invalid(_ operation: String, _ reason: String) -> LedgerError {
        LedgerError(kind: .invalidInput, path: path, operation: operation, reason: reason)
    }

    /// Throws unless `hash` is a lowercase hex SHA-256 (the schema checks it too; this gives
    /// the clearer message).
    func requireSHA256(_ hash: String, of what: String, _ operation: String) throws {
        try LedgerRows.requireSHA256(hash, of: what) { invalid(operation, $0) }
    }

    /// Throws (inside a transaction) unless `run` exists and is `running`.
    func requireRunning(_ run: RunID, _ connection: PostgresConnection, operation: String) async throws {
        let rows = try await connection.query("SELECT status FROM run WHERE id = \(run.rawValue)", logger: logger).collect()
        guard let status = try rows.first?.decode(String.self) else { throw invalid(operation, "there is no run \(run)") }
        guard status == RunStatus.running.rawValue else { throw invalid(operation, "run \(run) is \(status), not running") }
    }
}
