import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// A ledger on disk: WAL, reopened and read back, and the failures that are fatal to a run.
struct SQLiteLedgerFileTests {
    typealias F = LedgerFixtures

    /// A fresh temporary folder, removed by `body`'s caller when the test ends.
    static func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func aFileLedgerUsesWALAndCanBeReopenedAndRead() throws {
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("ledger.sqlite").path
            let dossier = F.dossier("JS-2026-000900")
            let run: RunID
            do {
                let ledger = try SQLiteLedger(path: path, clock: { F.now })
                #expect(try ledger.journalMode() == "wal")
                run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
                try ledger.record([try F.decided(dossier, outcome: .acquisitionReview), .quarantined(F.quarantine(nil))], in: run)
                try ledger.finishRun(run, status: .finished, counts: ["decided": 1, "quarantined": 1])
            }
            #expect(FileManager.default.fileExists(atPath: path))

            let reopened = try SQLiteLedger(path: path)
            #expect(try reopened.appliedMigrations() == LedgerMigrations.names)
            #expect(try reopened.run(run)?.counts == ["decided": 1, "quarantined": 1])
            #expect(try reopened.state(of: dossier.id)?.outcome == .acquisitionReview)
            let stored = try #require(try reopened.storedVersion(F.key(dossier)))
            #expect(try LedgerBlobCodec.decode(Dossier.self, stored.body) == dossier)
            #expect(try reopened.quarantines(in: run).count == 1)
        }
    }

    @Test func twoConnectionsToOneFileSeeEachOthersWrites() throws {
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("shared.sqlite").path
            let writer = try SQLiteLedger(path: path)
            let reader = try SQLiteLedger(path: path)
            let run = try writer.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try writer.record([try F.decided(F.dossier("JS-2026-000901"))], in: run)
            #expect(try reader.state(of: "JS-2026-000901") != nil)
        }
    }

    @Test func aPathThatCannotBeOpenedIsALedgerOpenError() throws {
        let path = "/nonexistent-\(UUID().uuidString)/ledger.sqlite"
        let error = try #require(throws: LedgerError.self) { try SQLiteLedger(path: path) }
        #expect(error.kind == .open)
        #expect(error.description.contains(path))
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("notes.sqlite").path
            let text = String(repeating: "<dossier id=\"JS-2026-1\"/>\n", count: 200)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: LedgerError.self) { try SQLiteLedger(path: path) }
            #expect([.open, .migrate].contains(error.kind))
            #expect(error.description.contains(path))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "the file is left as it was")
        }
    }

    @Test func aLedgerFromANewerOutboundIsRefused() throws {
        try Self.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("newer.sqlite").path
            try SQLiteLedger(path: path).recordForeignMigration("v9-from-the-future")
            let error = try #require(throws: LedgerError.self) { try SQLiteLedger(path: path) }
            #expect(error.kind == .migrate)
            #expect(error.description.contains("newer Outbound"))
        }
    }
}
