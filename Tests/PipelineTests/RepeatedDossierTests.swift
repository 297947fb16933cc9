import DossierModel
import Foundation
import Logging
import Testing

@testable import Pipeline

/// A dossier that comes twice in one run is decided both times, never skipped against the
/// copy this run recorded a moment before: the ledger writes run beside the workers, and what
/// the run reports must not depend on whether they had caught up. Only a record of an earlier
/// run makes a dossier unchanged.
@Suite struct RepeatedDossierTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A definition over `inputs` with its own ledger and output in `folder`, the shipped
    /// reference files.
    static func definition(inputs: [String], in folder: String) throws -> String {
        let references = repo.appendingPathComponent("pipelines").path
        let text = """
            kind: pipeline
            id: repeated
            title: repeated dossiers
            inputs: [\(inputs.joined(separator: ", "))]
            references:
              catalogues: \(references)/catalogues
              routing: \(references)/routing
              calendars: \(references)/calendars
              clocks: \(references)/clocks.yml
            stages: [extract, normalise, classify, route, packets]
            ledger: \(folder)/ledger.sqlite
            output: \(folder)/out

            """
        let path = folder + "/repeated.yml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ definition: String) throws -> NightlyReport {
        // A batch of one: every dossier's ledger write is handed over at once, so the later
        // copy often finds the earlier one recorded already.
        let request = NightlyRequest(
            definitionPath: definition, today: CalendarDate(iso: "2026-11-21")!, generatedAt: "2026-11-21T00:00:00Z",
            concurrency: 2, batchSize: 1)
        return try NightlyRun.run(request, logger: Logger(label: "test"))
    }

    @Test func everyCopyIsDecidedAndTheNextRunSkipsThem() throws {
        let review = Self.repo.appendingPathComponent("testdata/review/outcomes.xml").path
        for attempt in 0..<3 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repeated-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder + "/inbox", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            for copy in ["a", "b", "c"] {
                try FileManager.default.copyItem(atPath: review, toPath: "\(folder)/inbox/\(copy).xml")
            }
            let definition = try Self.definition(inputs: [folder + "/inbox"], in: folder)

            let first = try run(definition)
            #expect(first.processed == 23, "attempt \(attempt)")
            #expect(first.skipped == 0, "attempt \(attempt): a copy was skipped against this run's own record")
            #expect(first.repeated == 46, "attempt \(attempt)")

            let second = try run(definition)
            #expect(second.processed == 0, "attempt \(attempt)")
            #expect(second.skipped == 23, "attempt \(attempt): a later run skips what an earlier run decided")
        }
    }
}
