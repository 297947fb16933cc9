import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Testing

@testable import PostgresLedger

/// Recording batches on PostgreSQL: read back, idempotent, quarantines, packets and skips (the
/// cases of `SQLiteLedgerRecordTests`, on a fresh schema each).
@Suite(.enabled(if: PostgresTestServer.isConfigured, "OUTBOUND_TEST_POSTGRES_URL is not set"))
struct PostgreSQLLedgerRecordTests {
    typealias F = PGFixtures

    @Test func aRecordedBatchIsReadBack() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let first = F.dossier("JS-2026-000001")
            let second = F.dossier("JS-2026-000002", filed: "2025-12-30")
            let broken = F.quarantine("JS-2026-000003", hashSeed: "broken bytes")
            let receipt = try ledger.record(
                [try F.decided(first, outcome: .ipSecurityReview), try F.decided(second), .quarantined(broken)], in: run)
            #expect(receipt == BatchReceipt(newVersions: 2, newDecisions: 2, newQuarantines: 1, alreadyRecorded: 0))

            let states = try ledger.states(of: [first.id, second.id, broken.dossierId!, "JS-2026-999999"])
            #expect(states.count == 3)
            let state = try #require(states[first.id])
            #expect(state.contentHash == first.contentHash)
            #expect(state.outcome == .ipSecurityReview)
            #expect(state.packets.isEmpty)
            let decision = try #require(state.decision)
            #expect(decision.runID == run)
            #expect(decision.catalogueID == "CN-2023")
            #expect(decision.references == F.references("CN-2023"))
            #expect(decision.decidedAt == F.now)
            #expect(decision.isCurrent)
            #expect(
                try decision.decoded() == F.decision(for: first, outcome: .ipSecurityReview))

            let stored = try #require(try ledger.storedVersion(F.key(second)))
            #expect(stored.filed == CalendarDate(iso: "2025-12-30"))
            #expect(try LedgerBlobCodec.decode(Dossier.self, stored.body) == second)

            let quarantined = try #require(states[broken.dossierId!])
            #expect(quarantined.outcome == .quarantined)
            #expect(quarantined.contentHash == F.hash("broken bytes"))
            #expect(
                try ledger.dossiers(in: run) == [
                    RunDossier(key: F.key(first), disposition: .decided), RunDossier(key: F.key(second), disposition: .decided),
                ])
            #expect(try ledger.quarantines(in: run).map(\.quarantine) == [broken])
        }
    }

    @Test func recordingTheSameBatchTwiceLeavesOneRowEach() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let batch = [
                try F.decided(F.dossier("JS-2026-000001")), try F.decided(F.dossier("JS-2026-000002")),
                .quarantined(F.quarantine(nil, file: "inbox/truncated.xml.gz", line: 1)),
            ]
            try ledger.record(batch, in: run)
            let again = try ledger.record(batch, in: run)
            #expect(again == BatchReceipt(alreadyRecorded: 3))
            for (table, rows) in [("dossier", 2), ("decision", 2), ("quarantine", 1), ("run_dossier", 2)] {
                #expect(try ledger.rowCount(table) == rows, "\(table)")
            }
        }
    }

    @Test func aQuarantineIsRecordedWithItsReasonAndPosition() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let inFile = F.quarantine(nil, file: "inbox/bundle.zip", line: 40)
            let sameFileElsewhere = F.quarantine(nil, file: "inbox/bundle.zip", line: 90)
            let receipt = try ledger.record([.quarantined(inFile), .quarantined(sameFileElsewhere), .quarantined(inFile)], in: run)
            #expect(receipt == BatchReceipt(newQuarantines: 2, alreadyRecorded: 1))
            let stored = try ledger.quarantines(in: run)
            #expect(stored.map(\.quarantine) == [inFile, sameFileElsewhere])
            #expect(stored.first?.quarantine.reason == "the dossier is not well-formed XML: expected '>'")
            #expect(stored.allSatisfy { $0.runID == run && $0.recordedAt == F.now })
        }
    }

    @Test func aLaterQuarantineSupersedesTheCurrentDecisionButKeepsItInHistory() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let dossier = F.dossier("JS-2026-000007")
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(dossier)], in: first)
            try ledger.finishRun(first, status: .finished, counts: [:])
            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([.quarantined(F.quarantine(dossier.id, hashSeed: "JS-2026-000007 r2"))], in: second)

            let state = try #require(try ledger.state(of: dossier.id))
            #expect(state.outcome == .quarantined)
            #expect(state.contentHash == F.hash("JS-2026-000007 r2"))
            #expect(state.decision == nil)
            let history = try ledger.history(of: dossier.id)
            #expect(history.decisions.count == 1)
            #expect(history.decisions.first?.isCurrent == false)
            #expect(history.quarantines.map(\.runID) == [second])
        }
    }

    @Test func aDecisionAndAQuarantineOfOneIdInOneBatchApplyInOrder() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let a = F.dossier("JS-2026-000008")
            let b = F.dossier("JS-2026-000009")
            try ledger.record(
                [try F.decided(a), .quarantined(F.quarantine(a.id, line: 3)), .quarantined(F.quarantine(b.id, line: 4)), try F.decided(b)],
                in: run)
            let states = try ledger.states(of: [a.id, b.id])
            #expect(states[a.id]?.outcome == .quarantined)
            #expect(states[b.id]?.outcome == .registration)
            #expect(try ledger.history(of: a.id).decisions.map(\.isCurrent) == [false])
        }
    }

    @Test func packetsAreRecordedOncePerKindAndBelongToTheCurrentDecision() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let old = F.dossier("JS-2026-000010")
            let new = F.dossier("JS-2026-000010", revision: 2)
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(old)], in: first)
            let packets = PacketKind.allCases.map {
                PacketEntry(key: F.key(old), kind: $0, path: "packets/JS-2026-000010/packet.\($0.rawValue)", sha256: F.hash("packet \($0)"))
            }
            try ledger.recordPackets(packets, in: first)
            try ledger.recordPackets(packets, in: first)
            #expect(try ledger.rowCount("packet") == 2)
            #expect(try ledger.packets(in: first).map(\.entry) == packets.sorted { $0.kind.rawValue < $1.kind.rawValue })
            let state = try #require(try ledger.state(of: old.id))
            #expect(state.hasPackets([.json, .html]))
            #expect(state.packets.allSatisfy { $0.runID == first && $0.writtenAt == F.now })

            // Re-written in the same run: the path and hash are replaced, not duplicated.
            let moved = PacketEntry(key: F.key(old), kind: .json, path: "packets/moved.json", sha256: F.hash("moved"))
            try ledger.recordPackets([moved], in: first)
            #expect(try ledger.packets(in: first).map(\.entry).last == moved, "sorted by kind: html, json")
            #expect(try ledger.rowCount("packet") == 2)

            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(new)], in: second)
            let newState = try #require(try ledger.state(of: new.id))
            #expect(newState.packets.isEmpty, "the old version's packets are not the new decision's")
        }
    }

    @Test func aPacketForAVersionNotStoredIsRefused() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let key = F.key(F.dossier("JS-2026-000011"))
            let error = try #require(throws: LedgerError.self) {
                try ledger.recordPackets([PacketEntry(key: key, kind: .json, path: "p.json", sha256: F.hash("p"))], in: run)
            }
            #expect(error.kind == .invalidInput)
            #expect(error.description.contains("not stored"))
        }
    }

    @Test func aBatchIsOneTransactionResultsPagesAndSkipsTogether() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let stored = F.dossier("JS-2026-000021")
            let fresh = F.dossier("JS-2026-000022")
            try ledger.record([try F.decided(stored)], in: run)
            // A page for a version that is stored nowhere fails the batch: the result in it
            // and the skip are not written either.
            let orphan = PacketEntry(key: F.key(F.dossier("JS-2026-000023")), kind: .html, path: "packets/x.html", sha256: F.hash("x"))
            #expect(throws: LedgerError.self) {
                try ledger.record([try F.decided(fresh)], packets: [orphan], skipped: [F.key(stored)], in: run)
            }
            #expect(try ledger.state(of: fresh.id) == nil)
            #expect(try ledger.dossiers(in: run).map(\.key) == [F.key(stored)])
            // The same batch with its own page goes in whole.
            let page = PacketEntry(key: F.key(fresh), kind: .html, path: "packets/JS-2026-000022.html", sha256: F.hash("page"))
            try ledger.record([try F.decided(fresh)], packets: [page], skipped: [F.key(stored)], in: run)
            #expect(try ledger.state(of: fresh.id)?.packets.map(\.entry) == [page])
            #expect(try ledger.dossiers(in: run).count == 2)
        }
    }

    @Test func aVersionsDecisionIsStoredOnceAcrossRuns() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let dossier = F.dossier("JS-2026-000031")
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(dossier)], in: first)
            try ledger.finishRun(first, status: .failed, counts: [:])
            // A run resumed after a crash decides the same version again, the same way: stored once.
            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let receipt = try ledger.record([try F.decided(dossier)], in: second)
            #expect(receipt.newDecisions == 0 && receipt.alreadyRecorded == 1)
            #expect(try ledger.history(of: dossier.id).decisions.map(\.runID) == [first])
            #expect(try ledger.dossiers(in: second).map(\.disposition) == [.decided])
            #expect(try ledger.state(of: dossier.id)?.decision?.runID == first)
            // A different decision on the same version (another outcome) is stored and becomes current.
            let third = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(dossier, outcome: .ipSecurityReview)], in: third)
            #expect(try ledger.history(of: dossier.id).decisions.map(\.runID) == [first, third])
            #expect(try ledger.state(of: dossier.id)?.outcome == .ipSecurityReview)
        }
    }

    @Test func skippedVersionsAreListedForTheRunAndMoveTheirLastSeenRun() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let unchanged = F.dossier("JS-2026-000020")
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(unchanged)], in: first)
            try ledger.finishRun(first, status: .finished, counts: ["decided": 1])

            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            #expect(try ledger.state(of: unchanged.id)?.isUnchanged(contentHash: unchanged.contentHash!) == true)
            try ledger.markSkipped([F.key(unchanged)], in: second)
            try ledger.markSkipped([F.key(unchanged), F.key(unchanged)], in: second)
            #expect(try ledger.dossiers(in: second) == [RunDossier(key: F.key(unchanged), disposition: .skipped)])
            let version = try #require(try ledger.history(of: unchanged.id).versions.first)
            #expect(version.firstSeenRun == first)
            #expect(version.lastSeenRun == second)
            #expect(try ledger.rowCount("decision") == 1)

            let unknown = DossierKey(dossierID: "JS-2026-000021", contentHash: F.hash("never stored"))
            let error = try #require(throws: LedgerError.self) { try ledger.markSkipped([F.key(unchanged), unknown], in: second) }
            #expect(error.kind == .invalidInput)
            #expect(error.description.contains("JS-2026-000021"))
        }
    }

    @Test func aVersionBothSkippedAndDecidedInOneRunCountsAsDecided() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let dossier = F.dossier("JS-2026-000030")
            let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([try F.decided(dossier)], in: first)
            let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.markSkipped([F.key(dossier)], in: second)
            try ledger.record([try F.decided(dossier, outcome: .exportLicence, catalogue: "CN-2025")], in: second)
            try ledger.markSkipped([F.key(dossier)], in: second)
            #expect(try ledger.dossiers(in: second) == [RunDossier(key: F.key(dossier), disposition: .decided)])
            #expect(try ledger.state(of: dossier.id)?.outcome == .exportLicence)
        }
    }

    @Test func anInvalidHashIsRefusedAndNothingOfTheBatchIsWritten() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let good = try F.decided(F.dossier("JS-2026-000040"))
            var bad = F.dossier("JS-2026-000041")
            bad.contentHash = "ABC"
            let error = try #require(throws: LedgerError.self) { try ledger.record([good, try F.decided(bad)], in: run) }
            #expect(error.kind == .invalidInput)
            #expect(error.id == "ledger.invalid-input")
            #expect(error.description.contains("64 lowercase hex digits"))
            #expect(try ledger.rowCount("dossier") == 0)
            #expect(throws: LedgerError.self) { try ledger.registerInputFile(run, path: "inbox/a.xml", size: 1, sha256: "0") }
        }
    }
}
