import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Testing

@testable import PostgresLedger

/// Runs, input files, opening and migrating on PostgreSQL.
@Suite(.enabled(if: PostgresTestServer.isConfigured, "OUTBOUND_TEST_POSTGRES_URL is not set"))
struct PostgreSQLLedgerRunTests {
    typealias F = PGFixtures

    @Test func aRunIsBegunAndFinishedWithItsCounts() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let started = try #require(try ledger.run(run))
            #expect(started.status == .running)
            #expect(started.finishedAt == nil)
            #expect(started.startedAt == F.now)

            try ledger.finishRun(run, status: .finished, counts: ["decided": 12, "skipped": 3, "quarantined": 1])
            let finished = try #require(try ledger.run(run))
            #expect(finished.status == .finished)
            #expect(finished.finishedAt == F.now)
            #expect(finished.counts == ["decided": 12, "skipped": 3, "quarantined": 1])
            #expect(finished.pipelineID == "nightly")
            #expect(finished.outboundVersion == "0.4.0")
        }
    }

    @Test func withoutAClockRowsAreStampedByTheDatabase() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger(clock: nil)
            let before = Date()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let started = try #require(try ledger.run(run)).startedAt
            #expect(abs(started.timeIntervalSince(before)) < 60, "the database and this host agree within a minute")
        }
    }

    @Test func theLatestRunOfAPipelineIsTheNewest() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let other = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "0.4.0")
            try ledger.finishRun(first, status: .failed, counts: [:])
            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.1")
            #expect(try ledger.latestRun(pipelineID: "nightly")?.id == second)
            #expect(try ledger.latestRun(pipelineID: "reclassify")?.id == other)
            #expect(try ledger.latestRun(pipelineID: "weekly") == nil)
            #expect(first < second)
        }
    }

    @Test func anInputFileIsRegisteredOncePerRunAndEarlierReadsAreReported() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let sha = F.hash("inbox/batch-1.xml bytes")
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            #expect(try ledger.registerInputFile(first, path: "inbox/batch-1.xml", size: 2048, sha256: sha) == [])
            #expect(try ledger.registerInputFile(first, path: "inbox/batch-1.xml", size: 2048, sha256: sha) == [])
            try ledger.registerInputFile(first, path: "inbox/batch-0.xml", size: 10, sha256: F.hash("other"))
            try ledger.finishRun(first, status: .finished, counts: [:])

            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            #expect(try ledger.registerInputFile(second, path: "inbox/renamed.xml", size: 2048, sha256: sha) == [first])
            #expect(
                try ledger.inputFiles(in: first) == [
                    InputFile(path: "inbox/batch-1.xml", size: 2048, sha256: sha),
                    InputFile(path: "inbox/batch-0.xml", size: 10, sha256: F.hash("other")),
                ])
            #expect(try ledger.rowCount("input_file") == 3)
        }
    }

    @Test func aClosedOrUnknownRunRefusesWrites() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.finishRun(run, status: .finished, counts: [:])
            let error = try #require(throws: LedgerError.self) {
                try ledger.record([try F.decided(F.dossier("JS-2026-000001"))], in: run)
            }
            #expect(error.kind == .invalidInput)
            #expect(error.description.contains("run \(run) is finished"))
            #expect(error.path == ledger.path)
            #expect(error.path.contains("search_path=\(schema.name)"))
            #expect(try ledger.rowCount("dossier") == 0)

            let missing = RunID(rawValue: 42)
            #expect(throws: LedgerError.self) { try ledger.finishRun(missing, status: .finished, counts: [:]) }
            #expect(throws: LedgerError.self) { try ledger.markSkipped([], in: missing) }
            #expect(throws: LedgerError.self) { try ledger.record([], in: missing) }
            #expect(try ledger.run(missing) == nil)
            let open = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            #expect(throws: LedgerError.self) { try ledger.finishRun(open, status: .running, counts: [:]) }
            #expect(throws: LedgerError.self) { try ledger.beginRun(pipelineID: "", outboundVersion: "0.4.0") }
        }
    }

    @Test func theMigrationsAreAppliedOnceEvenWhenSeveralWorkersOpenAtOnce() throws {
        try TestSchema.with { schema in
            let opened = Locked<[String]>([])
            let failures = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    let ledger = try schema.ledger()
                    let names = try ledger.appliedMigrations()
                    opened.set(opened.get() + [names.joined(separator: ",")])
                    ledger.close()
                } catch {
                    failures.set(failures.get() + ["\(error)"])
                }
            }
            #expect(failures.get() == [])
            #expect(opened.get() == Array(repeating: PostgresMigrations.names.joined(separator: ","), count: 4))
            let ledger = try schema.ledger()
            #expect(try ledger.appliedMigrations() == PostgresMigrations.names)
            let objects = try ledger.schemaObjects()
            for table in PostgreSQLLedger.tables + ["ledger_migration", "decision_current", "work_chunk_open"] {
                #expect(objects.contains(table), "\(table)")
            }
        }
    }

    @Test func aSchemaMigratedByANewerOutboundIsRefused() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            try ledger.recordForeignMigration("v99-from-the-future")
            ledger.close()
            let error = try #require(throws: LedgerError.self) { try schema.ledger() }
            #expect(error.kind == .migrate)
            #expect(error.description.contains("newer Outbound"))
            #expect(error.description.contains("v99-from-the-future"))
        }
    }

    @Test func aWrongPasswordFailsToOpenAndTheMessageHidesThePassword() throws {
        let schema = TestSchema()
        var components = try #require(URLComponents(string: schema.url))
        components.password = "not-the-password"
        let error = try #require(throws: LedgerError.self) {
            try PostgreSQLLedger(url: components.string!, logger: PostgresTestServer.quiet)
        }
        #expect(error.kind == .open)
        #expect(error.id == "ledger.open")
        #expect(!error.description.contains("not-the-password"))
        #expect(error.path.hasPrefix("postgresql://"))
        #expect(error.description.contains("28P01") || error.description.contains("password"), "\(error)")
    }

    @Test func anUnreachableServerFailsToOpenAtOnce() throws {
        let started = Date()
        let error = try #require(throws: LedgerError.self) {
            try PostgreSQLLedger(url: "postgresql://outbound@127.0.0.1:1/outbound_test?sslmode=disable", logger: PostgresTestServer.quiet)
        }
        #expect(error.kind == .open)
        #expect(error.description.contains("cannot connect"), "\(error)")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aClosedLedgerRefusesCallsWithALedgerError() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            _ = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            ledger.close()
            ledger.close()
            let error = try #require(throws: LedgerError.self) { try ledger.latestRun(pipelineID: "nightly") }
            #expect(error.kind == .read)
        }
    }
}
