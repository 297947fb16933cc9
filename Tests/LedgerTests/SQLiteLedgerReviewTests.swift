import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// Reviewer actions are appended, never changed or deleted (the database refuses it too),
/// and a run's stored report reads back as written.
struct SQLiteLedgerReviewTests {
    typealias F = LedgerFixtures

    static func ledgerWithDossier(_ id: String = "JS-2026-000700") throws -> SQLiteLedger {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.record([try F.decided(F.dossier(id))], in: run)
        try ledger.finishRun(run, status: .finished, counts: [:])
        return ledger
    }

    @Test func actionsAreAppendedInOrderWithTheirFields() throws {
        let ledger = try Self.ledgerWithDossier()
        let id = "JS-2026-000700"
        let take = try ledger.appendReviewAction(NewReviewAction(dossierID: id, kind: .take, reviewer: "wang.li", note: ""))
        let clear = try ledger.appendReviewAction(
            NewReviewAction(
                dossierID: id, kind: .clear, reviewer: "wang.li", note: "another company, other address",
                clearance: .init(party: "Skyward Systems Ltd", listID: "us-csl", entryID: "h1"), decisionRun: RunID(rawValue: 1)))
        let done = try ledger.appendReviewAction(
            NewReviewAction(dossierID: id, kind: .done, reviewer: "wang.li", note: "licence procedure applies", result: .referred))
        #expect([take.id, clear.id, done.id] == [1, 2, 3])
        #expect(take.recordedAt == F.now)
        let read = try ledger.reviewActions(of: id)
        #expect(read == [take, clear, done])
        #expect(read[1].clearance == .init(party: "Skyward Systems Ltd", listID: "us-csl", entryID: "h1"))
        #expect(read[1].decisionRun == RunID(rawValue: 1))
        #expect(read[2].result == .referred)
        #expect(try ledger.reviewActions(after: 1, kind: .clear, limit: 10) == [clear])
        #expect(try ledger.reviewActions(after: 0, kind: nil, limit: 2) == [take, clear])
        #expect(try ledger.allReviewActions(pageSize: 1) == [take, clear, done])
    }

    @Test func malformedActionsAndUnknownDossiersAreRefused() throws {
        let ledger = try Self.ledgerWithDossier()
        let refused = [
            NewReviewAction(dossierID: "JS-2026-000700", kind: .note, reviewer: "wang.li", note: "  "),
            NewReviewAction(dossierID: "JS-2026-000700", kind: .done, reviewer: "wang.li", note: "why"),
            NewReviewAction(dossierID: "JS-2026-000700", kind: .take, reviewer: " ", note: ""),
            NewReviewAction(
                dossierID: "JS-2026-000700", kind: .clear, reviewer: "a", note: "why",
                clearance: .init(party: "", listID: "l", entryID: "e")),
            NewReviewAction(dossierID: "JS-2099-000001", kind: .take, reviewer: "wang.li", note: ""),
        ]
        for action in refused {
            #expect(throws: LedgerError.self) { try ledger.appendReviewAction(action) }
        }
        #expect(try ledger.rowCount("review_action") == 0)
    }

    @Test func theDatabaseRefusesToChangeOrDeleteAnAction() throws {
        let ledger = try Self.ledgerWithDossier()
        _ = try ledger.appendReviewAction(NewReviewAction(dossierID: "JS-2026-000700", kind: .note, reviewer: "wang.li", note: "first"))
        #expect(throws: (any Error).self) { try ledger.executeRaw("UPDATE review_action SET note = 'changed'") }
        #expect(throws: (any Error).self) { try ledger.executeRaw("DELETE FROM review_action") }
        #expect(try ledger.reviewActions(of: "JS-2026-000700").map(\.note) == ["first"])
    }

    @Test func aRunReportReadsBackAndRecentRunsAreNewestFirst() throws {
        let ledger = try Self.ledgerWithDossier()
        let second = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "0.4.0")
        let json = Data(#"{"schema":"outbound-reclassify/1"}"#.utf8)
        try ledger.recordRunReport(second, kind: .reclassify, json: json)
        #expect(try ledger.runReport(second, kind: .reclassify) == json)
        #expect(try ledger.runReport(RunID(rawValue: 1), kind: .reclassify) == nil)
        #expect(try ledger.recentRuns(limit: 10).map(\.id.rawValue) == [2, 1])
        #expect(try ledger.recentRuns(limit: 1).map(\.id.rawValue) == [2])
    }
}
