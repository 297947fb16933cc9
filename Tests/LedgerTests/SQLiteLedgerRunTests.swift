import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// Runs and input files: begin, register, finish, and closed runs refusing writes.
struct SQLiteLedgerRunTests {
    @Test func aRunIsBegunAndFinishedWithItsCounts() throws {
        let ledger = try LedgerFixtures.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let started = try #require(try ledger.run(run))
        #expect(started.status == .running)
        #expect(started.finishedAt == nil)
        #expect(started.startedAt == LedgerFixtures.now)

        try ledger.finishRun(run, status: .finished, counts: ["decided": 12, "skipped": 3, "quarantined": 1])
        let finished = try #require(try ledger.run(run))
        #expect(finished.status == .finished)
        #expect(finished.finishedAt == LedgerFixtures.now)
        #expect(finished.counts == ["decided": 12, "skipped": 3, "quarantined": 1])
        #expect(finished.pipelineID == "nightly")
        #expect(finished.outboundVersion == "0.4.0")
    }

    @Test func theLatestRunOfAPipelineIsTheNewest() throws {
        let ledger = try LedgerFixtures.ledger()
        let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let other = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "0.4.0")
        try ledger.finishRun(first, status: .failed, counts: [:])
        let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.1")
        #expect(try ledger.latestRun(pipelineID: "nightly")?.id == second)
        #expect(try ledger.latestRun(pipelineID: "reclassify")?.id == other)
        #expect(try ledger.latestRun(pipelineID: "weekly") == nil)
        #expect(first < second)
    }

    @Test func anInputFileIsRegisteredOncePerRunAndEarlierReadsAreReported() throws {
        let ledger = try LedgerFixtures.ledger()
        let sha = LedgerFixtures.hash("inbox/batch-1.xml bytes")
        let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        #expect(try ledger.registerInputFile(first, path: "inbox/batch-1.xml", size: 2048, sha256: sha) == [])
        #expect(try ledger.registerInputFile(first, path: "inbox/batch-1.xml", size: 2048, sha256: sha) == [])
        try ledger.finishRun(first, status: .finished, counts: [:])

        let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        #expect(try ledger.registerInputFile(second, path: "inbox/renamed.xml", size: 2048, sha256: sha) == [first])
        #expect(try ledger.inputFiles(in: first) == [InputFile(path: "inbox/batch-1.xml", size: 2048, sha256: sha)])
        #expect(try ledger.rowCount("input_file") == 2)
    }

    @Test func aClosedRunRefusesWrites() throws {
        let ledger = try LedgerFixtures.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.finishRun(run, status: .finished, counts: [:])
        let error = try #require(throws: LedgerError.self) {
            try ledger.record([try LedgerFixtures.decided(LedgerFixtures.dossier("JS-2026-000001"))], in: run)
        }
        #expect(error.kind == .invalidInput)
        #expect(error.description.contains("run \(run) is finished"))
        #expect(try ledger.rowCount("dossier") == 0)
    }

    @Test func unknownRunsAndAStillRunningFinishAreRefused() throws {
        let ledger = try LedgerFixtures.ledger()
        let missing = RunID(rawValue: 42)
        #expect(throws: LedgerError.self) { try ledger.finishRun(missing, status: .finished, counts: [:]) }
        #expect(throws: LedgerError.self) { try ledger.markSkipped([], in: missing) }
        #expect(try ledger.run(missing) == nil)
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        #expect(throws: LedgerError.self) { try ledger.finishRun(run, status: .running, counts: [:]) }
        #expect(throws: LedgerError.self) { try ledger.beginRun(pipelineID: "", outboundVersion: "0.4.0") }
    }
}
