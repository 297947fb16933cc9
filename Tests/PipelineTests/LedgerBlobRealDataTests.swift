import Catalogue
import DevTools
import DossierModel
import Foundation
import Generator
import Ledger
import OutboundCompression
import Packets
import Testing

@testable import Pipeline

/// The ledger blobs of real dossiers and decisions: `CanonicalJSON` writes the bytes
/// `SortedJSONEncoder()` writes, and `NightlyStep.encode` (which uses it) stores them,
/// on every dossier the real extract and normalise make of a generated corpus, the review
/// and bad-input test data, the USPTO assignment files of `../shared/realdata/A-ip-records`
/// and bundles whose attachment is one of its real patent documents, and on every decision
/// the `ReviewEngine` makes for them.
@Suite struct LedgerBlobRealDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path
    static let realdata = root + "/../shared/realdata/A-ip-records"

    /// A v1 dossier (in a zip bundle) whose asset A1 and the dossier itself reference a real
    /// patent document, so that its titles, abstracts, claims, codes and applicants land in
    /// the dossier.
    static func bundle(attaching path: String, number: Int) -> [ArchiveEntry] {
        let name = (path as NSString).lastPathComponent
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <transfer-dossier xmlns="urn:outbound:dossier:1" id="REAL-\(number)" filed="2026-11-19">
              <office province="CN-JS" channel="online"/>
              <transaction type="exclusive-licence" track="A"><value currency="CNY">1,250,000.00</value><contract-ref>C-\(number)</contract-ref></transaction>
              <parties>
                <party id="P1" role="licensor" kind="university"><name lang="zh">南京某某理工大学</name><country>中国</country></party>
                <party id="P2" role="licensee" kind="enterprise"><name lang="en">Example Holdings Inc.</name><country>USA</country></party>
              </parties>
              <assets>
                <asset id="A1" type="invention-patent" owner="P1">
                  <title lang="en">Dossier title</title>
                  <attachment href="patents/\(name)" kind="st36"/>
                </asset>
              </assets>
              <attachments><attachment href="contract.txt" kind="contract"/></attachments>
            </transfer-dossier>
            """
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
        return [
            ArchiveEntry(name: "dossier.xml", text: xml),
            ArchiveEntry(name: "patents/\(name)", bytes: bytes),
            ArchiveEntry(name: "contract.txt", text: "技术转让合同 Technology transfer contract \"licence\" \\ a/b\n"),
        ]
    }

    /// The real patent documents of `A-ip-records` (every XML file outside the assignment
    /// folders, which are read as inputs themselves).
    static func patentDocuments() throws -> [String] {
        let folders = try FileManager.default.contentsOfDirectory(atPath: realdata).sorted().filter { !$0.hasPrefix("uspto-assignment") }
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: realdata + "/" + folder).sorted()
                .filter { $0.hasSuffix(".xml") }.map { realdata + "/" + folder + "/" + $0 }
        }
    }

    /// Every decision, with its dossier, of the inputs named above.
    static func decisions(in folder: String) throws -> [(Decision, Dossier?)] {
        _ = try GenerateJob(
            options: GeneratorOptions(count: 300, seed: 23, layout: .mixed, dossiersPerBatch: 100), outputDirectory: folder + "/generated"
        ).run()
        let bundles = folder + "/bundles"
        try FileManager.default.createDirectory(atPath: bundles, withIntermediateDirectories: true)
        for (number, path) in try patentDocuments().enumerated() {
            try ZipWriter.write(entries: bundle(attaching: path, number: number), to: bundles + "/real-\(number).zip")
        }
        return try ReviewedDecisions.of(
            [
                folder, root + "/testdata/review", root + "/testdata/inbox-bad",
                realdata + "/uspto-assignment-api", realdata + "/uspto-assignment-daily",
            ], root: root)
    }

    @Test func directBlobsAreTheEncodersBytesOnRealDossiersAndDecisions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-ledger-blobs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let all = try Self.decisions(in: folder)
        let dossiers = all.compactMap(\.1)
        // What the inputs must reach for the comparison to mean something.
        #expect(all.count >= 700)
        #expect(dossiers.filter { $0.id.hasPrefix("REAL-") }.count >= 20)
        #expect(dossiers.contains { $0.assets.contains { !$0.claims.isEmpty && !$0.abstracts.isEmpty } })
        #expect(dossiers.contains { !$0.diagnostics.isEmpty })
        #expect(all.contains { $0.0.quarantine != nil })
        #expect(all.contains { $0.0.hits.contains { $0.thresholds.contains { !$0.stated.isEmpty } } })
        #expect(all.contains { $0.0.screening.contains { !$0.result.matches.isEmpty || !$0.result.suppressed.isEmpty } })
        #expect(Set(all.map(\.0.outcome)).count >= 5)

        var mismatches: [String] = []
        for (decision, dossier) in all {
            if try CanonicalJSON.compact(decision) != SortedJSONEncoder().encode(decision) {
                mismatches.append("decision \(decision.dossierID)")
            }
            if let dossier, try CanonicalJSON.compact(dossier) != SortedJSONEncoder().encode(dossier) {
                mismatches.append("dossier \(dossier.id)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func theNightlyBlobsRoundTripInTheBinaryFormPlainAndCompressed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-ledger-blobs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let all = try Self.decisions(in: folder).filter { $0.1?.id.hasPrefix("REAL-") ?? true }
        #expect(all.count >= 20)
        let samples = try all.compactMap { $0.1 }.prefix(64).map { [UInt8](try LedgerBlobCodec.encode($0).bytes) }
        let dictionary = BlobDictionary(id: 7, kind: .dossier, bytes: BlobDictionary.bytes(from: samples))
        var plainBytes = 0
        var compressedBytes = 0
        for (decision, dossier) in all {
            let stored = try LedgerBlobCodec.encode(decision)
            #expect(stored.isUncompressedBinary)
            #expect(try LedgerBlobCodec.decision(stored, references: decision.audit.references) == decision)
            if let dossier {
                let blob = try LedgerBlobCodec.encode(dossier)
                #expect(try LedgerBlobCodec.decode(Dossier.self, blob) == dossier)
                let compressed = try dictionary.compress(blob)
                #expect(!compressed.isUncompressedBinary)
                #expect(try LedgerBlobCodec.decode(Dossier.self, compressed) == dossier)
                // Read without its dictionary, a compressed blob is refused, never misread.
                #expect(throws: (any Error).self) { try LedgerBlobCodec.decode(Dossier.self, EncodedBlob(bytes: compressed.bytes)) }
                plainBytes += blob.bytes.count
                compressedBytes += compressed.bytes.count
            }
        }
        #expect(compressedBytes * 2 < plainBytes, "the dictionary at least halves the dossier blobs")
    }
}
