import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// Changed dossiers: a new version per content hash, the old decisions kept, the newest current.
struct SQLiteLedgerHistoryTests {
    typealias F = LedgerFixtures

    @Test func aChangedDossierAddsAVersionAndKeepsTheOldDecision() throws {
        let ledger = try F.ledger()
        let old = F.dossier("JS-2026-000100")
        let new = F.dossier("JS-2026-000100", revision: 2, filed: "2026-04-02")
        let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.record([try F.decided(old, outcome: .registration)], in: first)
        try ledger.finishRun(first, status: .finished, counts: [:])

        let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let before = try #require(try ledger.state(of: new.id))
        #expect(!before.isUnchanged(contentHash: new.contentHash!))
        let receipt = try ledger.record([try F.decided(new, outcome: .prohibited)], in: second)
        #expect(receipt == BatchReceipt(newVersions: 1, newDecisions: 1))

        let history = try ledger.history(of: new.id)
        #expect(history.versions.map(\.key) == [F.key(old), F.key(new)])
        #expect(history.versions.map(\.filed) == [CalendarDate(iso: "2026-03-14"), CalendarDate(iso: "2026-04-02")])
        #expect(history.decisions.map(\.outcome) == [.registration, .prohibited])
        #expect(history.decisions.map(\.runID) == [first, second])
        #expect(history.decisions.map(\.isCurrent) == [false, true])
        #expect(history.decisions(of: F.key(old)).count == 1)
        #expect(try ledger.state(of: new.id)?.contentHash == new.contentHash)
        #expect(try ledger.storedVersion(F.key(old)) != nil, "the old version's dossier stays stored")
    }

    @Test func theLatestDecisionPerIdIsTheNewestEvenWhenAnOldVersionComesBack() throws {
        let ledger = try F.ledger()
        let a = F.dossier("JS-2026-000200")
        let b = F.dossier("JS-2026-000200", revision: 2)
        var runs: [RunID] = []
        for (version, outcome) in [(a, Outcome.registration), (b, .exportLicence), (a, .ipSecurityReview)] {
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(version, outcome: outcome)], in: run)
            try ledger.finishRun(run, status: .finished, counts: [:])
            runs.append(run)
        }
        let state = try #require(try ledger.state(of: a.id))
        #expect(state.contentHash == a.contentHash)
        #expect(state.outcome == .ipSecurityReview)
        #expect(state.decision?.runID == runs[2])

        let history = try ledger.history(of: a.id)
        #expect(history.versions.count == 2)
        #expect(history.versions.first?.lastSeenRun == runs[2])
        #expect(history.decisions.map(\.runID) == runs)
        #expect(history.decisions.filter(\.isCurrent).count == 1)
    }

    @Test func theLastDecisionRecordedInOneRunWinsAndAReplayChangesNothing() throws {
        let ledger = try F.ledger()
        let a = F.dossier("JS-2026-000300")
        let b = F.dossier("JS-2026-000300", revision: 2)
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let batch = [try F.decided(a, outcome: .registration), try F.decided(b, outcome: .prohibited)]
        try ledger.record(batch, in: run)
        try ledger.record(batch, in: run)
        try ledger.record([batch[0]], in: run)
        #expect(try ledger.state(of: a.id)?.outcome == .prohibited)
        #expect(try ledger.rowCount("decision") == 2)
    }

    @Test func anUnknownIdHasAnEmptyHistoryAndNoState() throws {
        let ledger = try F.ledger()
        #expect(try ledger.history(of: "JS-2026-404404").isEmpty)
        #expect(try ledger.state(of: "JS-2026-404404") == nil)
    }
}
