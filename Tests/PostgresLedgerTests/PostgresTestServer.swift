import Foundation
import LedgerTestSupport
import Logging
import Testing

@testable import PostgresLedger

/// The PostgreSQL server the tests use: `OUTBOUND_TEST_POSTGRES_URL` (password in PGPASSWORD;
/// `scripts/postgres-server.sh start` starts one and `env` prints both). Without it the suites
/// that need a server are skipped, unless `OUTBOUND_REQUIRE_POSTGRES=1` (CI), when
/// `PostgresServerRequirementTests` fails.
enum PostgresTestServer {
    static var url: String? {
        guard let value = ProcessInfo.processInfo.environment["OUTBOUND_TEST_POSTGRES_URL"], !value.isEmpty else { return nil }
        return value
    }

    static var isConfigured: Bool { url != nil }

    static var isRequired: Bool { ProcessInfo.processInfo.environment["OUTBOUND_REQUIRE_POSTGRES"] == "1" }

    /// The test URL with `search_path` set to `schema` (any search_path it had replaced).
    static func url(schema: String) -> String {
        guard let url, var components = URLComponents(string: url) else { return "postgresql://missing/none" }
        var items = (components.queryItems ?? []).filter { $0.name != "search_path" }
        items.append(URLQueryItem(name: "search_path", value: schema))
        components.queryItems = items
        return components.string ?? url
    }

    /// A fresh schema name: `t_` and 16 random hex digits.
    static func freshSchema() -> String {
        "t_" + String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
    }

    static let quiet = Logger(label: "outbound.ledger.test", factory: { _ in SwiftLogNoOpLogHandler() })
}

/// One test case's own schema: ledgers opened on it share it; `drop()` removes it.
final class TestSchema: Sendable {
    let name = PostgresTestServer.freshSchema()
    var url: String { PostgresTestServer.url(schema: name) }

    /// A ledger on this schema with the fixtures' fixed clock (nil: the database's clock).
    func ledger(clock: (@Sendable () -> Date)? = { PGFixtures.now }) throws -> PostgreSQLLedger {
        try PostgreSQLLedger(url: url, logger: PostgresTestServer.quiet, clock: clock)
    }

    /// Runs `body` with a fresh schema, dropped afterwards whatever happens.
    static func with(_ body: (TestSchema) throws -> Void) throws {
        let schema = TestSchema()
        defer { schema.drop() }
        try body(schema)
    }

    func drop() {
        do {
            try PostgreSQLLedger.dropSchema(try PostgresLedgerURL(url), logger: PostgresTestServer.quiet)
        } catch {
            Issue.record("cannot drop test schema \(name): \(error)")
        }
    }
}

/// Fails when CI requires a server and none is configured (the suites would silently skip).
struct PostgresServerRequirementTests {
    @Test(.enabled(if: PostgresTestServer.isRequired, "OUTBOUND_REQUIRE_POSTGRES=1"))
    func aServerIsConfiguredWhenOneIsRequired() {
        #expect(
            PostgresTestServer.isConfigured,
            "OUTBOUND_REQUIRE_POSTGRES=1 but OUTBOUND_TEST_POSTGRES_URL is not set: the PostgreSQL server is missing (scripts/postgres-server.sh start; eval \"$(scripts/postgres-server.sh env)\")"
        )
    }
}
