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

/// The nightly run's JSON (ledger blobs and `packet.json`) is written by `SortedJSONEncoder`:
/// on real decisions of a generated corpus and the review test data, its bytes are those of
/// Foundation's `JSONEncoder`, and blobs written by earlier versions (Foundation's JSON,
/// gzip level 6, or plain JSON) still decode.
@Suite struct BlobEncodingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path

    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// Every decision (with its dossier) of 300 generated dossiers and of `testdata/review`.
    static func decisions() throws -> [(Decision, Dossier?)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-blobs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = GeneratorOptions(count: 300, seed: 11, layout: .batch, dossiersPerBatch: 300)
        _ = try GenerateJob(options: options, outputDirectory: folder).run()
        return try ReviewedDecisions.of([folder, root + "/testdata/review", root + "/testdata/inbox-bad"], root: root)
    }

    @Test func sortedEncoderWritesFoundationsBytesOnRealDecisions() throws {
        let all = try Self.decisions()
        #expect(all.count >= 300)
        #expect(all.contains { $0.0.quarantine != nil })
        #expect(all.contains { !$0.0.hits.isEmpty })
        let run = RunContext(runID: "run-1", generatedAt: "2026-11-21T00:00:00Z", outboundVersion: "0.1.0")
        var mismatches = 0
        for (decision, dossier) in all {
            if try SortedJSONEncoder().encode(decision) != Self.foundation(decision, pretty: false) { mismatches += 1 }
            if let dossier, try SortedJSONEncoder().encode(dossier) != Self.foundation(dossier, pretty: false) { mismatches += 1 }
            let packet = PacketDocument(decision: decision, dossier: dossier, run: run)
            if try SortedJSONEncoder(pretty: true).encode(packet) != Self.foundation(packet, pretty: true) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func blobsOfEarlierVersionsStillDecode() throws {
        let all = try Self.decisions().prefix(40)
        for (decision, dossier) in all {
            // As written before: Foundation's JSON, gzip level 6.
            let old = EncodedBlob(
                bytes: Data(try GzipWriter.compress(Self.foundation(decision, pretty: false), level: 6)))
            #expect(try LedgerBlobCodec.decode(Decision.self, old) == decision)
            let now = try LedgerBlobCodec.encode(decision)
            #expect(try LedgerBlobCodec.decision(now, references: decision.audit.references) == decision)
            if let dossier {
                let plain = EncodedBlob(bytes: Data(try Self.foundation(dossier, pretty: false)))
                #expect(try LedgerBlobCodec.decode(Dossier.self, plain) == dossier)
                #expect(try LedgerBlobCodec.decode(Dossier.self, LedgerBlobCodec.encode(dossier)) == dossier)
            }
        }
    }
}
