import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Testing

@testable import PostgresLedger

/// Reviewer actions and run reports on PostgreSQL (the cases of `SQLiteLedgerReviewTests`):
/// appended in order, refused when malformed, never changed or deleted.
@Suite(.enabled(if: PostgresTestServer.isConfigured, "OUTBOUND_TEST_POSTGRES_URL is not set"))
struct PostgreSQLLedgerReviewTests {
    typealias F = PGFixtures

    static func prepare(_ ledger: PostgreSQLLedger, _ id: String) throws {
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.record([try F.decided(F.dossier(id))], in: run)
        try ledger.finishRun(run, status: .finished, counts: [:])
    }

    @Test func actionsAreAppendedInOrderAndNeverChanged() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let id = "JS-2026-000700"
            try Self.prepare(ledger, id)
            let take = try ledger.appendReviewAction(NewReviewAction(dossierID: id, kind: .take, reviewer: "wang.li", note: ""))
            let clear = try ledger.appendReviewAction(
                NewReviewAction(
                    dossierID: id, kind: .clear, reviewer: "wang.li", note: "another company",
                    clearance: .init(party: "Skyward Systems Ltd", listID: "us-csl", entryID: "h1"), decisionRun: RunID(rawValue: 1)))
            let done = try ledger.appendReviewAction(
                NewReviewAction(dossierID: id, kind: .done, reviewer: "wang.li", note: "licence procedure applies", result: .approved))
            #expect(take.id < clear.id && clear.id < done.id)
            #expect(try ledger.reviewActions(of: id) == [take, clear, done])
            #expect(try ledger.reviewActions(after: take.id, kind: .clear, limit: 10) == [clear])
            #expect(try ledger.allReviewActions(pageSize: 2) == [take, clear, done])
            #expect(throws: LedgerError.self) {
                try ledger.appendReviewAction(NewReviewAction(dossierID: "JS-2099-000001", kind: .take, reviewer: "a", note: ""))
            }
            #expect(throws: LedgerError.self) {
                try ledger.appendReviewAction(NewReviewAction(dossierID: id, kind: .done, reviewer: "a", note: "no result"))
            }
            #expect(throws: (any Error).self) { try ledger.executeRaw("UPDATE review_action SET note = 'changed'") }
            #expect(throws: (any Error).self) { try ledger.executeRaw("DELETE FROM review_action") }
            #expect(try ledger.reviewActions(of: id).map(\.note) == ["", "another company", "licence procedure applies"])
        }
    }

    @Test func aRunReportReadsBackAndRecentRunsAreNewestFirst() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            try Self.prepare(ledger, "JS-2026-000701")
            let second = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "0.4.0")
            let json = Data(#"{"schema":"outbound-reclassify/1"}"#.utf8)
            try ledger.recordRunReport(second, kind: .reclassify, json: json)
            try ledger.recordRunReport(second, kind: .reclassify, json: json)
            #expect(try ledger.runReport(second, kind: .reclassify) == json)
            #expect(try ledger.recentRuns(limit: 10).map(\.id) == [second, RunID(rawValue: second.rawValue - 1)])
        }
    }
}
