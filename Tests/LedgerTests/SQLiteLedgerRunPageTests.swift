import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// A run's dossiers read in pages are the whole list, whatever the page size, and the ids
/// the run recorded twice are listed.
struct SQLiteLedgerRunPageTests {
    typealias F = LedgerFixtures

    @Test func pagesOfARunAreTheWholeRunAndRepeatedIdsAreListed() throws {
        let ledger = try F.ledger()
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let dossiers = (1...7).map { F.dossier("JS-2026-00000\($0)") }
        try ledger.record(try dossiers.map { try F.decided($0) }, in: run)
        try ledger.record(
            [
                try F.decided(F.dossier("JS-2026-000003", revision: 2)),
                .quarantined(F.quarantine("JS-2026-000005", hashSeed: "broken five")),
                .quarantined(F.quarantine("JS-2026-000009", hashSeed: "broken nine")),
            ], in: run)
        let whole = try ledger.dossiers(in: run)
        #expect(whole.count == 8)
        for size in [1, 2, 3, 8, 50] {
            var pages: [RunDossier] = []
            var after: DossierKey?
            while true {
                let page = try ledger.dossiers(in: run, after: after, limit: size)
                pages += page
                guard page.count == size, let last = page.last else { break }
                after = last.key
            }
            #expect(pages == whole, "pages of \(size)")
        }
        #expect(try ledger.repeatedDossierIDs(in: run) == ["JS-2026-000003", "JS-2026-000005"])
    }
}
