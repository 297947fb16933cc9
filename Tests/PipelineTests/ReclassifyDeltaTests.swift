import Catalogue
import DossierModel
import Foundation
import Logging
import Packets
import Testing

@testable import Pipeline

/// Delta mode re-evaluates only the dossiers a catalogue change can affect, and ends with
/// exactly the decisions full mode ends with.
@Suite(.serialized) struct ReclassifyDeltaTests {
    static let today = CalendarDate(iso: "2026-11-21")!
    static let logger = Logger(label: "reclassify-test") { _ in SwiftLogNoOpLogHandler() }

    func reclassify(_ definition: String, catalogue: String, full: Bool) throws -> ReclassifyReport {
        let request = ReclassifyRequest(
            definitionPath: definition, catalogue: catalogue, status: .all, full: full, today: Self.today,
            generatedAt: "2026-11-21T00:00:00Z")
        return try ReclassifyRun.run(request, logger: Self.logger).report
    }

    /// 10,000 generated dossiers decided in the 2020 era, then re-classified as the 2023
    /// version, the 2025 adjustment and an amended 2025 transcription come out: after each
    /// step the full and the delta ledger hold the same current decision for every dossier.
    @Test func deltaAndFullAgreeOnTenThousandDossiers() throws {
        let backlog = try ReclassifyBacklog()
        defer { backlog.remove() }
        let era2020 = try backlog.folder("c2020", files: ["2008.yml", "2020.yml"])
        let era2023 = try backlog.folder("c2023", files: ["2008.yml", "2020.yml", "2023.yml"])
        let era2025 = try backlog.folder("c2025", files: ["2008.yml", "2020.yml", "2023.yml", "2025.yml"])
        let amended = try backlog.amended(
            "2025.yml", as: "2025-amended.yml",
            [
                (
                    "en: [lithium iron phosphate, LiFePO4, LFP, LixFeyMzPO4]",
                    "en: [lithium iron phosphate, LiFePO4, LFP, LixFeyMzPO4, cathode material]"
                ),
                ("value: 2.58", "value: 2.62"),
                ("chatbot, ", ""),
                ("en: [silkworm, sericulture, cocoon]", "en: [silkworm, sericulture, cocoon, tea processing]"),
                ("code: 203912X", "code: 203913X"),
            ])
        let seedLedger = backlog.root.appendingPathComponent("seed.sqlite").path
        let fullLedger = backlog.root.appendingPathComponent("full.sqlite").path
        let deltaLedger = backlog.root.appendingPathComponent("delta.sqlite").path
        try backlog.seed(
            ledger: seedLedger, definition: try backlog.definition("seed", catalogues: era2020, ledger: seedLedger), count: 10_000,
            today: Self.today)
        try ReclassifyBacklog.copyLedger(seedLedger, to: fullLedger)
        try ReclassifyBacklog.copyLedger(seedLedger, to: deltaLedger)

        let steps = [
            ("2023", era2020, Self.catalogue("2023.yml")), ("2025", era2023, Self.catalogue("2025.yml")), ("amended", era2025, amended),
        ]
        for (name, folder, catalogue) in steps {
            let full = try reclassify(
                try backlog.definition("full-" + name, catalogues: folder, ledger: fullLedger), catalogue: catalogue, full: true)
            let delta = try reclassify(
                try backlog.definition("delta-" + name, catalogues: folder, ledger: deltaLedger), catalogue: catalogue, full: false)
            #expect(full.counts.considered == 10_000)
            #expect(full.counts.reevaluated == 10_000)
            #expect(full.counts.changed > 0, "step \(name) changes some decisions")
            #expect(delta.counts.reevaluated < full.counts.reevaluated / 2, "step \(name): delta re-evaluates \(delta.counts.reevaluated)")
            #expect(delta.counts.changed == full.counts.changed, "step \(name)")
            #expect(delta.transitions == full.transitions, "step \(name)")
            #expect(delta.dossiers.map(\.dossierID) == full.dossiers.map(\.dossierID), "step \(name)")
            let fullDecisions = try ReclassifyBacklog.currentDecisions(fullLedger)
            let deltaDecisions = try ReclassifyBacklog.currentDecisions(deltaLedger)
            #expect(fullDecisions.count == 10_000)
            let differing = fullDecisions.keys.filter { fullDecisions[$0] != deltaDecisions[$0] }.sorted()
            #expect(differing.isEmpty, "step \(name): \(differing.count) dossiers differ, e.g. \(differing.prefix(5))")
            print(
                "reclassify step \(name): full re-evaluated \(full.counts.reevaluated), delta \(delta.counts.reevaluated) \(delta.counts.byReason), changed \(full.counts.changed), outcome changed \(full.counts.outcomeChanged)"
            )
            if name == "amended" {
                #expect(delta.counts.byReason["hits"] ?? 0 > 0)
                #expect(delta.counts.byReason["text"] ?? 0 > 0)
                #expect(delta.counts.byReason["catalogue-version"] == nil)
            }
        }
    }

    static func catalogue(_ file: String) -> String { ReclassifyBacklog.catalogues + "/" + file }
}
