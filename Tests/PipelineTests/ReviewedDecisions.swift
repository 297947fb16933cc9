import Catalogue
import DossierModel
import Foundation

@testable import Pipeline

/// What the blob tests review real inputs with: the shipped reference files (and the sample
/// party and allow lists) on a fixed day, and every decision an intake of some inputs makes,
/// with its dossier.
enum ReviewedDecisions {
    /// The review engine of the repository at `root` on 2026-11-21.
    static func engine(root: String) throws -> ReviewEngine {
        let paths = ReviewReferencePaths(
            catalogues: root + "/pipelines/catalogues", routing: root + "/pipelines/routing",
            calendars: root + "/pipelines/calendars", clocks: root + "/pipelines/clocks.yml",
            partyLists: [root + "/testdata/lists/sample-csl.csv"], allowList: root + "/testdata/lists/sample-allow-list.csv")
        return try ReviewEngine.load(paths, today: CalendarDate(year: 2026, month: 11, day: 21)!)
    }

    /// Every decision, with its dossier, of reviewing `inputs` (files or folders) on 2 intake threads.
    static func of(_ inputs: [String], root: String) throws -> [(Decision, Dossier?)] {
        let engine = try engine(root: root)
        let lock = NSLock()
        nonisolated(unsafe) var found: [(Decision, Dossier?)] = []
        _ = IntakeRunner(paths: try InputPaths.expand(inputs), flow: DossierFlow(engine: engine), concurrency: 2).review(
            transform: { $0 },
            emit: { event in
                guard case .decision(let decision, let dossier) = event else { return }
                lock.lock()
                found.append((decision, dossier))
                lock.unlock()
            })
        return found
    }
}
