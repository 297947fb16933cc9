import Foundation
import Testing

@testable import PostgresLedger

/// The connection URL and where the credentials come from (no server needed).
struct PostgresLedgerURLTests {
    @Test func aFullURLIsParsed() throws {
        let url = try PostgresLedgerURL(
            "postgresql://svc@db.internal:6543/outbound?search_path=nightly_js&sslmode=disable", environment: [:])
        #expect(url.host == "db.internal")
        #expect(url.port == 6543)
        #expect(url.user == "svc")
        #expect(url.password == nil)
        #expect(url.database == "outbound")
        #expect(url.schema == "nightly_js")
        #expect(url.tls == .disable)
        #expect(!url.passwordInURL)
        #expect(url.redacted == "postgresql://svc@db.internal:6543/outbound?search_path=nightly_js&sslmode=disable")
    }

    @Test func defaultsComeFromTheEnvironmentThenTheLibpqConventions() throws {
        let bare = try PostgresLedgerURL("postgres://db/outbound", environment: [:])
        #expect(bare.user == "outbound")
        #expect(bare.port == 5432)
        #expect(bare.schema == "public")
        #expect(bare.tls == .prefer)
        #expect(bare.maximumConnections == 8)
        let fromEnvironment = try PostgresLedgerURL("postgres://db/outbound", environment: ["PGUSER": "batch"])
        #expect(fromEnvironment.user == "batch")
    }

    @Test(arguments: [
        (["OUTBOUND_LEDGER_PASSWORD": "first", "PGPASSWORD": "second", "OUTBOUND_LEDGER_PASSWORD_FILE": "/secret"], "first"),
        (["PGPASSWORD": "second", "OUTBOUND_LEDGER_PASSWORD_FILE": "/secret"], "second"),
        (["OUTBOUND_LEDGER_PASSWORD_FILE": "/secret"], "from-file"),
        (["OUTBOUND_LEDGER_PASSWORD": "", "PGPASSWORD": "second"], "second"),
    ])
    func thePasswordIsLookedUpInOrder(environment: [String: String], expected: String) throws {
        let url = try PostgresLedgerURL("postgresql://outbound@db/outbound", environment: environment) { path in
            #expect(path == "/secret")
            return "from-file\nsecond line is ignored\n"
        }
        #expect(url.password == expected)
        #expect(!url.passwordInURL)
        #expect(!url.redacted.contains(expected))
    }

    @Test func aPasswordInTheURLIsAcceptedButFlaggedAndNeverPrinted() throws {
        let url = try PostgresLedgerURL("postgresql://svc:s3cr%40t@db:5432/outbound", environment: ["PGPASSWORD": "other"])
        #expect(url.password == "s3cr@t")
        #expect(url.passwordInURL)
        #expect(!url.redacted.contains("s3cr"))
        #expect(!url.description.contains("s3cr"))
    }

    @Test func aPasswordFileIsReadFromDiskAndItsFirstLineUsed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pg-password-\(UUID().uuidString)")
        try "  mounted-secret  \n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let url = try PostgresLedgerURL("postgresql://db/outbound", environment: ["OUTBOUND_LEDGER_PASSWORD_FILE": file.path])
        #expect(url.password == "mounted-secret")

        let missing = ["OUTBOUND_LEDGER_PASSWORD_FILE": file.path + ".missing"]
        let error = try #require(throws: PostgresLedgerURL.Problem.self) {
            try PostgresLedgerURL("postgresql://db/outbound", environment: missing)
        }
        #expect(error.description.contains("cannot read the password file"))
    }

    @Test(arguments: [
        ("sqlite:out/ledger.sqlite", "is not a postgresql://"),
        ("postgresql:///outbound", "no host"),
        ("postgresql://db", "no database"),
        ("postgresql://db/outbound?search_path=Nightly", "not a plain schema name"),
        ("postgresql://db/outbound?search_path=a;drop", "not a plain schema name"),
        ("postgresql://db/outbound?search_path=1st", "not a plain schema name"),
        ("postgresql://db/outbound?sslmode=sometimes", "sslmode"),
        ("postgresql://db/outbound?pool_max=0", "pool_max"),
        ("postgresql://db/outbound?colour=blue", "unknown option 'colour'"),
    ])
    func malformedURLsAreRefusedWithTheReason(url: String, reason: String) throws {
        let error = try #require(throws: PostgresLedgerURL.Problem.self) { try PostgresLedgerURL(url, environment: [:]) }
        #expect(error.description.contains(reason), "\(error)")
    }

    @Test func aURLThatDoesNotParseIsQuotedWithoutItsPassword() {
        #expect(PostgresLedgerURL.stripPassword("postgresql://svc:hunter2@db/x y") == "postgresql://svc:***@db/x y")
        #expect(PostgresLedgerURL.stripPassword("postgresql://svc@db/x") == "postgresql://svc@db/x")
        #expect(PostgresLedgerURL.isPostgreSQL("PostgreSQL://db/x"))
        #expect(!PostgresLedgerURL.isPostgreSQL("out/ledger.sqlite"))
    }

    @Test func sslModesMapToTLS() throws {
        let modes = try ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].map {
            try PostgresLedgerURL("postgresql://db/outbound?sslmode=\($0)", environment: [:]).tls
        }
        #expect(modes == [.disable, .disable, .prefer, .require, .verifyFull, .verifyFull])
    }
}
