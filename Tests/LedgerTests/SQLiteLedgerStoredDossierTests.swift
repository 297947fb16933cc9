import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// The stored-dossier iteration re-classification reads instead of the XML.
struct SQLiteLedgerStoredDossierTests {
    typealias F = LedgerFixtures

    /// A ledger holding `count` dossiers (ids `BK-000000`...), filed across 2024-2026, every
    /// seventh one `prohibited`, recorded in batches of 1,000 in one run.
    static func backlog(_ count: Int) throws -> (SQLiteLedger, RunID) {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        var batch: [LedgerResult] = []
        for index in 0..<count {
            let filed = "\(2024 + index % 3)-0\(1 + index % 9)-1\(index % 10)"
            let dossier = F.dossier(String(format: "BK-%06d", index), filed: filed)
            batch.append(try F.decided(dossier, outcome: index % 7 == 0 ? .prohibited : .registration))
            if batch.count == 1_000 {
                try ledger.record(batch, in: run)
                batch.removeAll()
            }
        }
        try ledger.record(batch, in: run)
        try ledger.finishRun(run, status: .finished, counts: ["decided": count])
        return (ledger, run)
    }

    @Test func tenThousandDossiersArePagedThroughWithoutLoadingAll() throws {
        let (ledger, _) = try Self.backlog(10_000)
        var pages = 0
        var ids: [String] = []
        var largestPage = 0
        try ledger.forEachStoredDossier(matching: .all, pageSize: 256) { page in
            pages += 1
            largestPage = max(largestPage, page.count)
            ids.append(contentsOf: page.map(\.version.key.dossierID))
        }
        #expect(pages == 40)  // 39 full pages of 256 and one of 16
        #expect(largestPage == 256)
        #expect(ids.count == 10_000)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == 10_000)
    }

    @Test func eachStoredDossierDecodesToTheDossierThatWasRecorded() throws {
        let (ledger, run) = try Self.backlog(30)
        var seen = 0
        try ledger.forEachStoredDossier(matching: .all, pageSize: 7) { page in
            for stored in page {
                let dossier = try LedgerBlobCodec.decode(Dossier.self, stored.version.body)
                #expect(dossier.id == stored.version.key.dossierID)
                #expect(dossier.contentHash == stored.version.key.contentHash)
                #expect(dossier.filed == stored.version.filed)
                #expect(stored.decision.runID == run)
                #expect(stored.decision.isCurrent)
                seen += 1
            }
        }
        #expect(seen == 30)
    }

    /// Re-classification records new decisions while it iterates: each page's transaction is
    /// closed before the body runs, and paging by id is not disturbed by the new rows.
    @Test func theBodyMayRecordNewDecisionsWhileIterating() throws {
        let (ledger, _) = try Self.backlog(2_000)
        let reclassify = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "0.5.0")
        var visited = 0
        try ledger.forEachStoredDossier(matching: .all, pageSize: 300) { page in
            visited += page.count
            let results = page.map { stored in
                LedgerResult.decided(
                    stored.version,
                    DecisionEntry(
                        outcome: .exportLicence, catalogueID: "CN-2025", references: F.references("CN-2025"), body: stored.decision.body))
            }
            try ledger.record(results, in: reclassify)
        }
        #expect(visited == 2_000)
        #expect(try ledger.rowCount("decision") == 4_000)
        var current = 0
        try ledger.forEachStoredDossier(matching: StoredDossierFilter(outcomes: [.exportLicence]), pageSize: 500) { page in
            current += page.count
            #expect(page.allSatisfy { $0.decision.runID == reclassify && $0.decision.catalogueID == "CN-2025" })
        }
        #expect(current == 2_000)
    }

    @Test func theFilterSelectsByFilingDateAndOutcome() throws {
        let (ledger, _) = try Self.backlog(700)
        func ids(_ filter: StoredDossierFilter) throws -> [Int] {
            var found: [Int] = []
            try ledger.forEachStoredDossier(matching: filter, pageSize: 64) { page in
                found += page.map { Int($0.version.key.dossierID.dropFirst(3))! }
            }
            return found
        }
        let year2025 = StoredDossierFilter(filedOnOrAfter: CalendarDate(iso: "2025-01-01"), filedBefore: CalendarDate(iso: "2026-01-01"))
        #expect(try ids(year2025) == (0..<700).filter { $0 % 3 == 1 })
        #expect(try ids(StoredDossierFilter(outcomes: [.prohibited])) == (0..<700).filter { $0 % 7 == 0 })
        let both = StoredDossierFilter(filedOnOrAfter: CalendarDate(iso: "2026-01-01"), outcomes: [.prohibited])
        #expect(try ids(both) == (0..<700).filter { $0 % 7 == 0 && $0 % 3 == 2 })
        #expect(try ids(StoredDossierFilter(outcomes: [])) == [])
    }

    @Test func aDossierWhoseLatestRecordIsAQuarantineIsLeftOut() throws {
        let (ledger, _) = try Self.backlog(5)
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        try ledger.record([.quarantined(F.quarantine("BK-000002", hashSeed: "BK-000002 broken"))], in: run)
        var ids: [String] = []
        try ledger.forEachStoredDossier(matching: .all, pageSize: 2) { ids += $0.map(\.version.key.dossierID) }
        #expect(ids == ["BK-000000", "BK-000001", "BK-000003", "BK-000004"])
    }

    @Test func aPageSizeBelowOneIsRefused() throws {
        let ledger = try F.ledger()
        #expect(throws: LedgerError.self) { try ledger.forEachStoredDossier(matching: .all, pageSize: 0) { _ in } }
    }
}
