import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// Through the API a write is either stored once or refused with a clear `LedgerError`;
/// SQLite's unique constraints are never what stops it.
struct SQLiteLedgerConstraintTests {
    typealias F = LedgerFixtures

    @Test func everyRepeatedWriteIsANoOp() throws {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let dossier = F.dossier("JS-2026-000500")
        let result = try F.decided(dossier)
        let quarantine = LedgerResult.quarantined(F.quarantine("JS-2026-000501", hashSeed: "q"))
        let packet = PacketEntry(key: F.key(dossier), kind: .html, path: "packets/JS-2026-000500/packet.html", sha256: F.hash("html"))
        for _ in 0..<3 {
            try ledger.record([result, result, quarantine, quarantine], in: run)
            try ledger.recordPackets([packet, packet], in: run)
            try ledger.markSkipped([F.key(dossier), F.key(dossier)], in: run)
            try ledger.registerInputFile(run, path: "inbox/a.xml", size: 10, sha256: F.hash("a"))
        }
        // `dossier` holds each id once (the quarantined one too), `version` each content once.
        for (table, rows) in [
            ("dossier", 2), ("version", 1), ("decision", 1), ("quarantine", 1), ("packet", 1), ("run_dossier", 1), ("input_file", 1),
        ] {
            #expect(try ledger.rowCount(table) == rows, "\(table)")
        }
    }

    /// Values the schema would refuse are refused before SQL, with a message naming them.
    @Test(arguments: [
        ("an upper-case hash", DossierKey(dossierID: "JS-2026-000600", contentHash: String(repeating: "A", count: 64))),
        ("a short hash", DossierKey(dossierID: "JS-2026-000600", contentHash: "abc123")),
        ("an empty id", DossierKey(dossierID: "", contentHash: LedgerFixtures.hash("x"))),
    ])
    func aMalformedVersionIsRefusedAndNothingIsWritten(label: String, key: DossierKey) throws {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let good = try F.decided(F.dossier("JS-2026-000601"))
        let bad = LedgerResult.decided(
            DossierVersion(key: key, filed: nil, body: EncodedBlob(bytes: Data("{}".utf8))),
            DecisionEntry(
                outcome: .registration, catalogueID: nil, references: [], body: EncodedBlob(bytes: Data("{}".utf8))))
        let error = try #require(throws: LedgerError.self, "\(label)") { try ledger.record([good, bad], in: run) }
        #expect(error.kind == .invalidInput)
        #expect(try ledger.rowCount("dossier") == 0, "the whole batch is refused")
    }

    @Test func aFailedBatchRollsBackEveryRow() throws {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let stored = F.dossier("JS-2026-000700")
        try ledger.record([try F.decided(stored)], in: run)
        let missing = DossierKey(dossierID: "JS-2026-000701", contentHash: F.hash("missing"))
        #expect(throws: LedgerError.self) { try ledger.markSkipped([F.key(stored), missing], in: run) }
        #expect(try ledger.dossiers(in: run) == [RunDossier(key: F.key(stored), disposition: .decided)])
    }

    @Test func anErrorNamesThePathTheOperationAndItsId() {
        let error = LedgerError(
            kind: .write, path: "var/ledger.sqlite", operation: "record a batch of 3 results in run 7", reason: "disk I/O error")
        #expect(error.id == "ledger.write")
        #expect(error.description == "ledger var/ledger.sqlite: cannot record a batch of 3 results in run 7: disk I/O error [ledger.write]")
    }
}
