import Foundation
import Testing

@testable import Generator

/// The v1 schema (`Sources/Extract/Resources/dossier-1.xsd`) against generated corpora, the
/// specification's skeleton, and documents that break the format. Needs xmllint.
@Suite(.enabled(if: TestSupport.xmllint != nil, "xmllint is not installed (apt-get install libxml2-utils)"))
struct SchemaValidationTests {
    /// The skeleton of `shared/spec/dossier-format.md`.
    static func skeleton() throws -> String {
        let spec = try String(contentsOf: TestSupport.sharedSpec.appendingPathComponent("dossier-format.md"), encoding: .utf8)
        let start = try #require(spec.range(of: "```xml\n"))
        let end = try #require(spec.range(of: "```", range: start.upperBound..<spec.endIndex))
        return String(spec[start.upperBound..<end.lowerBound])
    }

    @Test func specificationSkeletonIsValid() throws {
        let result = try TestSupport.validate(["-"], stdin: Data(try Self.skeleton().utf8))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func generatedSingleFilesAreValid() throws {
        let directory = try TestSupport.temporaryDirectory("xsd-files")
        defer { TestSupport.remove(directory) }
        _ = try CorpusWriter(options: GeneratorOptions(count: 120, seed: 31, layout: .files)).write(to: directory)
        let result = try TestSupport.validate(try TestSupport.files(in: directory))
        #expect(result.status == 0, "\(result.output.split(separator: "\n").filter { !$0.hasSuffix(" validates") }.prefix(5))")
    }

    @Test func generatedBatchesAndBundledDossiersAreValid() throws {
        let directory = try TestSupport.temporaryDirectory("xsd-batch")
        defer { TestSupport.remove(directory) }
        _ = try CorpusWriter(options: GeneratorOptions(count: 60, seed: 32, layout: .batch, dossiersPerBatch: 25)).write(to: directory)
        let batches = try TestSupport.validate(try TestSupport.files(in: directory))
        #expect(batches.status == 0, "\(batches.output.prefix(2000))")
        let generator = DossierGenerator(options: GeneratorOptions(count: 10, seed: 33))
        for index in 0..<10 {
            let bundled = try TestSupport.validate(["-"], stdin: Data(generator.dossier(at: index, bundled: true).xml.utf8))
            #expect(bundled.status == 0, "\(bundled.output)")
        }
    }

    @Test func everyFeatureTurnedOnStaysValid() throws {
        var shares = FeatureShares()
        shares.controlledTechnology = 1
        shares.unknownCountry = 0.5
        shares.listedParty = 0.3
        shares.extensionElements = 1
        shares.secrecy = 1
        shares.badUSCC = 1
        shares.badApplicationCheckDigit = 1
        shares.ownershipMismatch = 1
        let generator = DossierGenerator(options: GeneratorOptions(count: 40, seed: 34, shares: shares))
        let batch =
            "<dossier-batch xmlns=\"urn:outbound:dossier:1\">\n" + generator.map { $0.batchElement() }.joined() + "</dossier-batch>\n"
        let result = try TestSupport.validate(["-"], stdin: Data(batch.utf8))
        #expect(result.status == 0, "\(result.output.prefix(2000))")
    }

    @Test(arguments: [
        ("type=\"assignment\"", "type=\"gift\""),
        (" id=\"JS-2026-004211\"", ""),
        ("filed=\"2026-11-19\"", "filed=\"19/11/2026\""),
        ("role=\"transferee\"", "role=\"buyer\""),
        ("kind=\"state-owned-enterprise\"", "kind=\"collective\""),
        ("type=\"invention-patent\"", "type=\"copyright\""),
        ("scheme=\"IPC\"", "scheme=\"LOC\""),
        ("<secrecy>none</secrecy>", "<secrecy>confidential</secrecy>"),
        ("<attachment href=\"contract.txt\" kind=\"contract\"/>", "<attachment kind=\"contract\"/>"),
        ("id=\"P2\"", "id=\"P1\""),
        ("<office province=\"CN-JS\" channel=\"online\"/>", "<office province=\"CN-JS\" channel=\"online\" received=\"today\"/>"),
        ("<parties>", "<parties><memo>x</memo>"),
    ])
    func documentsThatBreakTheFormatAreRejected(_ original: String, _ replacement: String) throws {
        let skeleton = try Self.skeleton()
        #expect(skeleton.contains(original))
        let broken = skeleton.replacingOccurrences(of: original, with: replacement)
        let result = try TestSupport.validate(["-"], stdin: Data(broken.utf8))
        #expect(result.status != 0, "accepted: \(replacement)")
    }

    @Test func foreignNamespacesAndAnyOrderAreAccepted() throws {
        var text = try Self.skeleton()
        text = text.replacingOccurrences(
            of: "<office province=\"CN-JS\" channel=\"online\"/>",
            with:
                "<x:intake xmlns:x=\"urn:example:intake\"><x:ref>7</x:ref></x:intake><office xmlns:x=\"urn:example:intake\" x:received=\"2026-11-19T09:00\" province=\"CN-JS\"/>"
        )
        // Move <transaction> after <parties>.
        let t0 = text.range(of: "  <transaction")!.lowerBound
        let t1 = text.range(of: "</transaction>\n")!.upperBound
        let transaction = String(text[t0..<t1])
        text.removeSubrange(t0..<t1)
        text = text.replacingOccurrences(of: "  </parties>\n", with: "  </parties>\n" + transaction)
        let result = try TestSupport.validate(["-"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.output)")
    }
}
