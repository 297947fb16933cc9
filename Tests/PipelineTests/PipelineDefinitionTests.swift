import Catalogue
import DossierModel
import Foundation
import Testing

@testable import Pipeline

/// Pipeline definitions (`kind: pipeline`): the shipped one loads, and every problem is an
/// error with its line.
@Suite struct PipelineDefinitionTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let nightly = repo.appendingPathComponent("pipelines/nightly.yml").path

    static func lint(_ text: String) -> [ReferenceFileError] {
        CatalogueCheck.errors(text: text, file: "test.yml")
    }

    static let minimal = """
        kind: pipeline
        id: test
        title: Test
        inputs: [in]
        references:
          catalogues: c
          routing: r
          calendars: k
          clocks: clocks.yml
        stages: [extract, normalise]
        ledger: out/ledger.sqlite
        output: out
        """

    @Test func theShippedNightlyLoads() throws {
        let definition = try PipelineDefinitionLoader.load(path: Self.nightly)
        #expect(definition.id == "nightly")
        #expect(definition.inputs == ["testdata/inbox", "testdata/review/outcomes.xml"])
        #expect(definition.stages == PipelineStage.allCases)
        #expect(definition.concurrency == nil)
        #expect(definition.references.partyLists == ["testdata/lists/sample-csl.csv"])
        #expect(definition.packets.queues == ["csv", "jsonl"])
        #expect(definition.limits.memberBytes == 256 << 20 && definition.limits.totalBytes == 2 << 30 && definition.limits.ratio == 200)
        #expect(definition.reference.sha256.count == 64)
        #expect(CatalogueCheck.errors(path: Self.nightly).isEmpty)
    }

    @Test func aMinimalDefinitionTakesTheDefaults() throws {
        #expect(Self.lint(Self.minimal).isEmpty)
    }

    @Test func anUnknownKeyIsAnErrorAtItsLine() {
        let errors = Self.lint(Self.minimal + "\nworkers: 4\n")
        #expect(errors.map(\.id) == ["pipeline.unknown-key"])
        #expect(errors.first?.line == 13)
    }

    @Test func stagesMustFollowTheData() {
        let errors = Self.lint(Self.minimal.replacingOccurrences(of: "[extract, normalise]", with: "[extract, classify]"))
        #expect(errors.map(\.id) == ["pipeline.bad-value"])
        #expect(errors.first?.message.contains("out of order") == true)
        let unknown = Self.lint(Self.minimal.replacingOccurrences(of: "[extract, normalise]", with: "[extract, normalize]"))
        #expect(unknown.first?.message.contains("unknown stage 'normalize'") == true)
    }

    @Test func valuesAreChecked() {
        let text =
            Self.minimal + """

                concurrency: lots
                packets:
                  formats: [json, pdf]
                limits:
                  member-size: huge
                  ratio: 1
                """
        let errors = Self.lint(text)
        #expect(
            errors.map(\.id) == [
                "pipeline.bad-number", "pipeline.bad-value", "pipeline.bad-value", "pipeline.bad-number", "pipeline.bad-number",
            ])
        #expect(errors.map(\.line) == [13, 15, 15, 17, 18])
        // The packet folder of earlier versions (packet.json) is gone; the message says where the JSON went.
        #expect(errors[1].message.contains("'json' is no longer a packet format") && errors[1].message.contains("packets.jsonl"))
        #expect(errors[2].message.contains("'pdf' is not a format of 'formats'; choose from html, jsonl"))
    }

    @Test func anAllowListNeedsLists() {
        let text = Self.minimal.replacingOccurrences(of: "  clocks: clocks.yml", with: "  clocks: clocks.yml\n  allow-list: cleared.csv")
        #expect(Self.lint(text).map(\.id) == ["pipeline.bad-value"])
    }

    @Test(arguments: [("1048576", 1 << 20), ("64 KiB", 64 << 10), ("1.5 GiB", 3 << 29), ("10 MB", 10_000_000)])
    func sizes(text: String, bytes: Int) throws {
        let path = try Self.write(Self.minimal + "\nlimits:\n  member-size: \(text)\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let definition = try PipelineDefinitionLoader.load(path: path)
        #expect(definition.limits.memberBytes == bytes)
    }

    static func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "pipeline-\(UUID().uuidString).yml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
