import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Testing

@testable import Pipeline

/// The page walk of re-classification, which reads the next page on its own thread while
/// the current one is worked and recorded.
struct StoredDossierPagesTests {
    typealias F = LedgerFixtures

    /// A SQLite ledger of `count` dossiers (`PG-0000`...) decided in one run.
    static func ledger(_ count: Int) throws -> (SQLiteLedger, RunID) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ledger = try SQLiteLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "test")
        try ledger.record((0..<count).map { try F.decided(F.dossier(String(format: "PG-%04d", $0))) }, in: run)
        try ledger.finishRun(run, status: .finished, counts: [:])
        return (ledger, run)
    }

    @Test func everyDossierIsSeenOnceInOrderWhileEachPageIsRecorded() throws {
        let (ledger, _) = try Self.ledger(500)
        let run = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "test")
        var ids: [String] = []
        var pages = 0
        try StoredDossierPages.forEach(
            ledger, matching: .all, pageSize: 64,
            prepare: { page in page.map(\.version.key.dossierID) }
        ) { page, prepared in
            pages += 1
            #expect(prepared == page.map(\.version.key.dossierID))
            ids += prepared
            // A new decision for every dossier of the page, written while the next page is read.
            let results = try page.map { stored in
                try F.decided(LedgerBlobCodec.decode(Dossier.self, stored.version.body), outcome: .prohibited, catalogue: "CN-2025")
            }
            try ledger.record(results, in: run)
        }
        try ledger.finishRun(run, status: .finished, counts: [:])
        #expect(pages == 8)  // 7 of 64 and one of 52
        #expect(ids == (0..<500).map { String(format: "PG-%04d", $0) })
        var current: [Outcome] = []
        try ledger.forEachStoredDossier(matching: .all, pageSize: 100) { page in current += page.map(\.decision.outcome) }
        #expect(current == Array(repeating: .prohibited, count: 500))
    }

    struct Stop: Error, Equatable {}

    @Test func aFailureInTheWorkOrInTheReadingEndsTheWalkWithIt() throws {
        let (ledger, _) = try Self.ledger(100)
        var worked = 0
        #expect(throws: Stop.self) {
            try StoredDossierPages.forEach(ledger, matching: .all, pageSize: 10, prepare: { _ in 0 }) { _, _ in
                worked += 1
                if worked == 3 { throw Stop() }
            }
        }
        #expect(worked == 3)

        let prepared = SerialNumbers()
        worked = 0
        #expect(throws: Stop.self) {
            try StoredDossierPages.forEach(
                ledger, matching: .all, pageSize: 10,
                prepare: { _ in
                    if prepared.next() == 4 { throw Stop() }
                    return 0
                }
            ) { _, _ in worked += 1 }
        }
        #expect(worked == 3)  // the fourth page's reading failed
    }

    @Test func aPageSizeBelowOneIsRefused() throws {
        let (ledger, _) = try Self.ledger(1)
        #expect(throws: LedgerError.self) {
            try StoredDossierPages.forEach(ledger, matching: .all, pageSize: 0, prepare: { _ in 0 }) { _, _ in }
        }
    }
}
