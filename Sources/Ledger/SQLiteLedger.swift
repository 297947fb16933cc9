import Foundation
import GRDB

/// The ledger in SQLite through GRDB: a `DatabasePool` in WAL mode on a file (readers never
/// wait for the writer), or a `DatabaseQueue` in memory for tests.
///
/// Opening applies the named migrations; a file written by a newer Outbound, a path that
/// cannot be opened or a file that is not a SQLite database throws `LedgerError` (exit 74).
/// All SQL uses bound parameters.
public final class SQLiteLedger: LedgerStore, @unchecked Sendable {
    /// The database path, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter
    /// The clock rows are stamped with (injected so tests are deterministic).
    let clock: @Sendable () -> Date
    /// What the ledger keeps in memory of its own rows: the reference files and sets, the
    /// blob dictionaries. Behind `cacheLock`: the ledger is used from several threads.
    private var cache = Cache()
    private let cacheLock = NSLock()

    struct Cache {
        var references = ReferenceSets()
        var dictionaries = BlobDictionaries()
    }

    /// Runs `body` on the cache, under its lock.
    func withCache<T>(_ body: (inout Cache) throws -> T) rethrows -> T {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return try body(&cache)
    }

    /// Opens (creating if needed) the ledger file at `path` in WAL mode and migrates it.
    public convenience init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw LedgerError.wrapping(error, kind: .open, path: path, operation: "open the ledger")
        }
        try self.init(path: path, writer: pool, clock: clock)
    }

    /// A fresh ledger in memory, migrated: for tests and dry runs.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws -> SQLiteLedger {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw LedgerError.wrapping(error, kind: .open, path: ":memory:", operation: "open an in-memory ledger")
        }
        return try SQLiteLedger(path: ":memory:", writer: queue, clock: clock)
    }

    private init(path: String, writer: any DatabaseWriter, clock: @escaping @Sendable () -> Date) throws {
        self.path = path
        self.writer = writer
        self.clock = clock
        try migrate()
    }

    /// Foreign keys on (GRDB's default, stated here because the schema relies on it), a
    /// busy timeout so a second process waits for the writer instead of failing at once, and
    /// 16 KiB pages for a new file (rows of a few kilobytes fill them; a file made before
    /// keeps its pages).
    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "Outbound ledger"
        configuration.prepareDatabase { db in
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0 {
                try db.execute(sql: "PRAGMA page_size = 16384")
            }
        }
        return configuration
    }

    /// Applies the migrations the file lacks; refuses a file migrated by a newer Outbound.
    private func migrate() throws {
        let migrator = LedgerMigrations.migrator
        do {
            let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded {
                throw LedgerError(
                    kind: .migrate, path: path, operation: "open the ledger",
                    reason: "it was written by a newer Outbound (its schema has migrations this version does not know)")
            }
            try migrator.migrate(writer)
        } catch {
            throw LedgerError.wrapping(error, kind: .migrate, path: path, operation: "apply the ledger migrations")
        }
        let stored = try read("read the blob dictionaries") { db in try BlobDictionaries.stored(db) }
        withCache { $0.dictionaries.add(stored) }
    }

    /// The names of the migrations applied to this ledger, in order.
    public func appliedMigrations() throws -> [String] {
        try read("list the applied migrations") { db in try LedgerMigrations.migrator.appliedMigrations(db) }
    }

    // MARK: Access

    /// Runs `body` in a read transaction, wrapping any failure in a `LedgerError`.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw LedgerError.wrapping(error, kind: .read, path: path, operation: operation)
        }
    }

    /// Runs `body` in a write transaction (rolled back when it throws), wrapping any
    /// failure in a `LedgerError`.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch {
            throw LedgerError.wrapping(error, kind: .write, path: path, operation: operation)
        }
    }

    /// Throws unless `run` exists and is still `running`: a finished or failed run is closed.
    func requireRunning(_ run: RunID, _ db: Database, operation: String) throws {
        let status = try String.fetchOne(db, sql: "SELECT status FROM run WHERE id = ?", arguments: [run.rawValue])
        guard let status else { throw invalid(operation, "there is no run \(run)") }
        guard status == RunStatus.running.rawValue else { throw invalid(operation, "run \(run) is \(status), not running") }
    }

    /// A `LedgerError` for a value the ledger refuses.
    func invalid(_ operation: String, _ reason: String) -> LedgerError {
        LedgerError(kind: .invalidInput, path: path, operation: operation, reason: reason)
    }

    /// Throws unless `hash` is a lowercase hex SHA-256 (the schema checks it too; this gives
    /// the clearer message).
    func requireSHA256(_ hash: String, of what: String, _ operation: String) throws {
        try LedgerRows.requireSHA256(hash, of: what) { invalid(operation, $0) }
    }
}
