import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// The schema: the named migrations apply and create every table and index the lookups use.
struct LedgerMigrationsTests {
    @Test func migrationsApplyInOrder() throws {
        let ledger = try LedgerFixtures.ledger()
        #expect(try ledger.appliedMigrations() == LedgerMigrations.names)
        #expect(LedgerMigrations.names.first == "v1-initial")
    }

    @Test func everyTableAndIndexExists() throws {
        let objects = Set(try LedgerFixtures.ledger().schemaObjects())
        for table in SQLiteLedger.tables { #expect(objects.contains(table), "table \(table)") }
        for index in [
            "decision_current", "decision_by_run", "quarantine_by_dossier", "input_file_by_sha256", "packet_by_run", "run_by_pipeline",
        ] {
            #expect(objects.contains(index), "index \(index)")
        }
    }

    @Test(arguments: SQLiteLedger.tables)
    func aFreshLedgerIsEmpty(table: String) throws {
        #expect(try LedgerFixtures.ledger().rowCount(table) == 0)
    }

    /// Paging the stored dossiers walks the partial index of current decisions, not the table.
    @Test(arguments: [
        StoredDossierFilter.all,
        StoredDossierFilter(filedOnOrAfter: CalendarDate(iso: "2025-01-01"), outcomes: [.registration, .prohibited]),
    ])
    func storedDossierPagesUseTheCurrentDecisionIndex(filter: StoredDossierFilter) throws {
        let plan = try LedgerFixtures.ledger().storedDossierQueryPlan(matching: filter)
        #expect(plan.contains { $0.contains("decision_current") }, "plan: \(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "the page should not be sorted separately: \(plan)")
    }
}
