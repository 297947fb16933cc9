import DossierModel
import Foundation
import Pipeline
import Testing

/// Every dossier and quarantine carries the SHA-256 of its own bytes, so a dossier that comes
/// back unchanged in another night's batch is recognised.
@Suite struct ContentHashIntakeTests {
    static let record = "<transfer-dossier id=\"H-1\" filed=\"2026-01-05\"><transaction type=\"assignment\"/></transfer-dossier>"

    func hashes(_ xml: String) throws -> [String: String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-hash-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let lock = NSLock()
        nonisolated(unsafe) var found: [String: String] = [:]
        _ = IntakeRunner(paths: [url.path], concurrency: 2).run(
            transform: { event -> (String, String?)? in
                switch event {
                case .record(.dossier(let d)): (d.id, d.contentHash)
                case .record(.quarantine(let q)): ("Q:" + (q.dossierId ?? "?"), q.contentHash)
                case .problem, .unchanged: nil
                }
            },
            emit: { pair in
                guard let pair, let hash = pair.1 else { return }
                lock.lock()
                found[pair.0] = hash
                lock.unlock()
            })
        return found
    }

    @Test func sameRecordHashesTheSameAloneAndInAnyBatch() throws {
        let alone = try hashes(
            "<?xml version=\"1.0\"?>\n"
                + Self.record.replacingOccurrences(of: "<transfer-dossier ", with: "<transfer-dossier xmlns=\"urn:outbound:dossier:1\" "))
        let batchA = try hashes(
            "<dossier-batch xmlns=\"urn:outbound:dossier:1\" exported=\"2026-11-20\">\n\(Self.record)\n</dossier-batch>\n")
        let batchB = try hashes(
            "<dossier-batch xmlns=\"urn:outbound:dossier:1\" exported=\"2026-11-21\" source=\"CN-JS\">\n<!-- night 2 -->\n\(Self.record)\n</dossier-batch>\n"
        )
        #expect(batchA["H-1"] != nil)
        #expect(batchA["H-1"] == batchB["H-1"], "the batch wrapper is not part of the hash")
        #expect(batchA["H-1"]?.count == 64)
        #expect(alone["H-1"] != batchA["H-1"], "the standalone file carries its own namespace declaration")
    }

    @Test func changedContentChangesTheHashAndQuarantinesAreHashed() throws {
        let changed = Self.record.replacingOccurrences(of: "2026-01-05", with: "2026-01-06")
        let broken = "<transfer-dossier id=\"H-2\"><transaction type=\"assignment\"></transfer-dossier>"
        let found = try hashes("<dossier-batch xmlns=\"urn:outbound:dossier:1\">\n\(Self.record)\n</dossier-batch>\n")
        let again = try hashes("<dossier-batch xmlns=\"urn:outbound:dossier:1\">\n\(changed)\n\(broken)\n</dossier-batch>\n")
        #expect(found["H-1"] != again["H-1"])
        #expect(again["Q:H-2"]?.count == 64)
    }
}
