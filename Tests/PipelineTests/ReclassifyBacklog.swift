import Catalogue
import DossierModel
import Foundation
import Generator
import Hashing
import Ledger
import Normalise

@testable import Pipeline

/// A stored backlog for re-classification tests: a folder per catalogue state, pipeline
/// definitions for a full and a delta ledger, and a ledger seeded with generated dossiers
/// decided against the first state (hits not indexed, as a ledger from before
/// `v2-decision-hits` would be).
struct ReclassifyBacklog {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalogues = repo.appendingPathComponent("pipelines/catalogues").path

    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-reclassify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// A folder holding the shipped catalogue files named (`2008.yml`, ...).
    func folder(_ name: String, files: [String]) throws -> String {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(atPath: Self.catalogues + "/" + file, toPath: folder.appendingPathComponent(file).path)
        }
        return folder.path
    }

    /// A copy of a shipped catalogue file with text replacements (each must apply).
    func amended(_ file: String, as name: String, _ replacements: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: Self.catalogues + "/" + file, encoding: .utf8)
        for (old, new) in replacements {
            precondition(text.contains(old), "\(old) not in \(file)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = root.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A pipeline definition over `ledger` with the catalogue folder `catalogues`.
    func definition(_ name: String, catalogues: String, ledger: String, formats: String = "[]") throws -> String {
        let pipelines = Self.repo.appendingPathComponent("pipelines").path
        let text = """
            kind: pipeline
            id: reclassify-test
            title: Re-classification test
            inputs: [\(root.path)]
            references:
              catalogues: \(catalogues)
              routing: \(pipelines)/routing
              calendars: \(pipelines)/calendars
              clocks: \(pipelines)/clocks.yml
            stages: [extract, normalise, classify, route, packets]
            concurrency: auto
            ledger: \(ledger)
            output: \(root.appendingPathComponent("out-" + name).path)
            packets:
              formats: \(formats)
              summary: [json, html]
            """
        let path = root.appendingPathComponent(name + ".yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Seeds `ledger` with `count` generated dossiers decided against the catalogues of
    /// `definition`, in one run, without hit index rows.
    func seed(ledger path: String, definition: String, count: Int, today: CalendarDate) throws {
        let loaded = try PipelineDefinitionLoader.load(path: definition)
        let engine = try ReviewEngine.load(loaded.reviewPaths, today: today)
        let ledger = try SQLiteLedger(path: path)
        let run = try ledger.beginRun(pipelineID: "seed", outboundVersion: outboundVersion)
        let options = GeneratorOptions(count: count, seed: 11)
        let generator = DossierGenerator(options: options)
        for start in stride(from: 0, to: count, by: 1000) {
            let indexes = Array(start..<min(start + 1000, count))
            let results = ReclassifyStep.parallelMap(indexes, jobs: ProcessInfo.processInfo.activeProcessorCount) {
                index -> LedgerResult in
                let generated = generator.dossier(at: index)
                var dossier = DossierNormaliser.normalise(generated.dossier)
                dossier.contentHash = ContentHash.sha256(text: generated.xml)
                let decision = engine.decide(dossier)
                let version = DossierVersion(
                    key: DossierKey(dossierID: dossier.id, contentHash: dossier.contentHash!), filed: dossier.filed,
                    body: try! LedgerBlobCodec.encode(dossier))
                let entry = DecisionEntry(
                    outcome: decision.outcome, catalogueID: decision.catalogueID,
                    references: decision.audit.references, body: try! LedgerBlobCodec.encode(decision))
                return .decided(version, entry)
            }
            try ledger.record(results, in: run)
        }
        try ledger.finishRun(run, status: .finished, counts: [:])
    }

    /// The current decision blob of every stored dossier id.
    static func currentDecisions(_ path: String) throws -> [String: Data] {
        let ledger = try SQLiteLedger(path: path)
        var found: [String: Data] = [:]
        try ledger.forEachStoredDossier(matching: .all, pageSize: 1000) { page in
            for stored in page { found[stored.version.key.dossierID] = stored.decision.body.bytes }
        }
        return found
    }

    /// Copies a closed SQLite ledger (with its WAL files, if any).
    static func copyLedger(_ from: String, to: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: from + suffix) {
            try FileManager.default.copyItem(atPath: from + suffix, toPath: to + suffix)
        }
    }
}
