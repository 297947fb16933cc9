import Dispatch
import Foundation
import Logging
import PostgresNIO

/// A small pool of postgres-nio connections behind a synchronous face: the calling thread
/// takes a permit (at most `maximumConnections` calls at once, the others wait on their own
/// thread), then blocks on a semaphore while its query runs as a task on
/// `LedgerTaskExecutor`, on an idle connection or a new one.
///
/// Why not postgres-nio's `PostgresClient`: its pool is stopped through swift-service-lifecycle,
/// whose cancellation path starts unstructured tasks on Swift's cooperative pool; a caller
/// that blocks cooperative threads (a Swift Testing case, an async command) could then wait
/// forever for its own `close()`. Here nothing the ledger waits for needs the cooperative
/// pool, connections are made on demand (an unreachable server fails the call at once instead
/// of after the pool's minute of back-off) and `shutdown` closes every idle connection.
final class BlockingPostgresClient: Sendable {
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    private let permits: DispatchSemaphore
    private let idle = Locked<[PostgresConnection]>([])
    private let closed = Locked(false)
    private let nextID = Locked(1)

    init(url: PostgresLedgerURL, logger: Logger) throws {
        var configuration = try Self.connectionConfiguration(url)
        configuration.options.additionalStartupParameters.append(("search_path", url.schema))
        self.configuration = configuration
        self.logger = logger
        self.permits = DispatchSemaphore(value: url.maximumConnections)
    }

    deinit { shutdown(wait: false) }

    /// The settings of every connection (TLS, a 10 s connect timeout, the application name).
    static func connectionConfiguration(_ url: PostgresLedgerURL) throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: try connectionTLS(url.tls))
        configuration.options.additionalStartupParameters = [("application_name", "outbound")]
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// Runs `body` as a detached task on `LedgerTaskExecutor` and blocks the calling thread
    /// until it returns.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        precondition(!LedgerTaskExecutor.isCurrent, "a ledger call from the ledger's own executor would wait for itself")
        let box = Locked<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        LedgerTaskExecutor.detached {
            let result: Result<T, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            box.set(result)
            done.signal()
        }
        done.wait()
        guard let result = box.get() else { preconditionFailure("the task signalled without a result") }
        return try result.get()
    }

    /// Runs `body` on a connection of its own (an idle one, or a new one), blocking the
    /// calling thread. The connection goes back to the pool unless it was closed meanwhile.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        guard !closed.get() else { throw ClosedLedger() }
        permits.wait()
        defer { permits.signal() }
        let reusable = idle.withValue { connections -> PostgresConnection? in
            while let connection = connections.popLast() {
                if !connection.isClosed { return connection }
            }
            return nil
        }
        let configuration = self.configuration
        let logger = self.logger
        let id = nextID.withValue { value -> Int in
            defer { value += 1 }
            return value
        }
        let (connection, result) = try Self.blocking { () async throws -> (PostgresConnection, Result<T, any Error>) in
            let connection: PostgresConnection
            if let reusable {
                connection = reusable
            } else {
                connection = try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
            }
            do {
                return (connection, .success(try await body(connection)))
            } catch {
                return (connection, .failure(error))
            }
        }
        if connection.isClosed || closed.get() {
            Self.close(connection, wait: false)
        } else {
            idle.withValue { $0.append(connection) }
        }
        return try result.get()
    }

    /// Closes every idle connection (waiting for them when `wait`); later calls fail with
    /// `ClosedLedger`, and a connection in use is closed when its call returns.
    /// Idempotent. A deinit passes `wait: false`.
    func shutdown(wait: Bool) {
        guard closed.exchange(true) == false else { return }
        let connections = idle.exchange([])
        for connection in connections { Self.close(connection, wait: wait && !LedgerTaskExecutor.isCurrent) }
    }

    /// Closes `connection`; without waiting, the close future keeps it alive until it is closed.
    static func close(_ connection: PostgresConnection, wait: Bool) {
        if wait {
            _ = try? blocking { try await connection.close() }
        } else {
            connection.close().whenComplete { _ in _ = connection }
        }
    }

    private static func connectionTLS(_ mode: PostgresLedgerURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: unverified()))
        case .require: return .require(try NIOSSLContext(configuration: unverified()))
        case .verifyFull: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// TLS without certificate verification: what libpq's `prefer` and `require` do.
    private static func unverified() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return configuration
    }
}

/// A call on a ledger after `close()`.
struct ClosedLedger: Error, CustomStringConvertible {
    var description: String { "the ledger is closed" }
}

/// A value behind a lock, shared between a blocked thread and the task it waits for.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }

    /// Stores `newValue` and returns the value it replaced.
    func exchange(_ newValue: Value) -> Value {
        lock.withLock {
            let old = value
            value = newValue
            return old
        }
    }

    /// Runs `body` with the value, under the lock.
    func withValue<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        try lock.withLock { try body(&value) }
    }
}
