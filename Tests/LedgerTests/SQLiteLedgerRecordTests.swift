import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// Recording batches: read back, idempotent, quarantines, packets and skips.
struct SQLiteLedgerRecordTests {
    typealias F = LedgerFixtures

    @Test func aRecordedBatchIsReadBack() throws {
        let ledger = try F.ledger()
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
        let decoded = try decision.decoded()
        #expect(decoded == F.decision(for: first, outcome: .ipSecurityReview))

        let stored = try #require(try ledger.storedVersion(F.key(second)))
        #expect(stored.filed == CalendarDate(iso: "2025-12-30"))
        #expect(try LedgerBlobCodec.decode(Dossier.self, stored.body) == second)

        #expect(states[broken.dossierId!]?.outcome == .quarantined)
        #expect(
            try ledger.dossiers(in: run) == [
                RunDossier(key: F.key(first), disposition: .decided), RunDossier(key: F.key(second), disposition: .decided),
            ])
        #expect(try ledger.quarantines(in: run).map(\.quarantine) == [broken])
    }

    @Test func recordingTheSameBatchTwiceLeavesOneRowEach() throws {
        let ledger = try F.ledger()
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

    @Test func aQuarantineIsRecordedWithItsReasonAndPosition() throws {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let inFile = F.quarantine(nil, file: "inbox/bundle.zip", line: 40)
        let sameFileElsewhere = F.quarantine(nil, file: "inbox/bundle.zip", line: 90)
        let receipt = try ledger.record([.quarantined(inFile), .quarantined(sameFileElsewhere), .quarantined(inFile)], in: run)
        #expect(receipt == BatchReceipt(newQuarantines: 2, alreadyRecorded: 1))
        let stored = try ledger.quarantines(in: run)
        #expect(stored.map(\.quarantine) == [inFile, sameFileElsewhere])
        #expect(stored.first?.quarantine.reason == "the dossier is not well-formed XML: expected '>'")
        #expect(stored.first?.quarantine.diagnosticId == "xml.malformed")
        #expect(stored.allSatisfy { $0.runID == run && $0.recordedAt == F.now })
    }

    @Test func aLaterQuarantineSupersedesTheCurrentDecisionButKeepsItInHistory() throws {
        let ledger = try F.ledger()
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

    @Test func aVersionsDecisionIsStoredOnceAcrossRuns() throws {
        let ledger = try F.ledger()
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

    @Test func packetsAreRecordedOncePerKindAndBelongToTheCurrentDecision() throws {
        let ledger = try F.ledger()
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
        #expect(try ledger.state(of: old.id)?.hasPackets([.json, .html]) == true)

        let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.record([try F.decided(new)], in: second)
        let state = try #require(try ledger.state(of: new.id))
        #expect(state.packets.isEmpty, "the old version's packets are not the new decision's")
        #expect(!state.hasPackets([.json]))
    }

    @Test func aPacketForAVersionNotStoredIsRefused() throws {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let key = F.key(F.dossier("JS-2026-000011"))
        let error = try #require(throws: LedgerError.self) {
            try ledger.recordPackets([PacketEntry(key: key, kind: .json, path: "p.json", sha256: F.hash("p"))], in: run)
        }
        #expect(error.kind == .invalidInput)
        #expect(error.description.contains("not stored"))
    }

    @Test func skippedVersionsAreListedForTheRunAndMoveTheirLastSeenRun() throws {
        let ledger = try F.ledger()
        let unchanged = F.dossier("JS-2026-000020")
        let first = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.record([try F.decided(unchanged)], in: first)
        try ledger.finishRun(first, status: .finished, counts: ["decided": 1])

        let second = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let state = try #require(try ledger.state(of: unchanged.id))
        #expect(state.isUnchanged(contentHash: unchanged.contentHash!))
        try ledger.markSkipped([F.key(unchanged)], in: second)
        try ledger.markSkipped([F.key(unchanged)], in: second)
        #expect(try ledger.dossiers(in: second) == [RunDossier(key: F.key(unchanged), disposition: .skipped)])
        let version = try #require(try ledger.history(of: unchanged.id).versions.first)
        #expect(version.firstSeenRun == first)
        #expect(version.lastSeenRun == second)
        #expect(try ledger.rowCount("decision") == 1)

        let unknown = DossierKey(dossierID: "JS-2026-000021", contentHash: F.hash("never stored"))
        let error = try #require(throws: LedgerError.self) { try ledger.markSkipped([unknown], in: second) }
        #expect(error.kind == .invalidInput)
    }

    @Test func aVersionBothSkippedAndDecidedInOneRunCountsAsDecided() throws {
        let ledger = try F.ledger()
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
