import Foundation
import Testing

/// Bad inputs end as a clear error naming the file, the position and the reason, and never
/// stop the other inputs of the run.
@Suite struct BadInputTests {
    @Test func aZipSlipBundleIsRejectedAndTheRunGoesOn() throws {
        let slip = OutboundBinary.realdata.appendingPathComponent("C-hostile/zip-slip/zip-slip.zip").path
        let encrypted = OutboundBinary.realdata.appendingPathComponent("C-hostile/archives-encrypted/TestDataEncryptedAES.zip").path
        let good = "testdata/inbox"
        let result = try OutboundBinary.run(["extract", slip, encrypted, good])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        // The location names the archive and the offending member: `zip-slip.zip!../../tmp/evil.txt`.
        #expect(
            lines.contains { $0.contains("zip-slip.zip!") && $0.contains(": error: ") && $0.hasSuffix("[archive.path-escape]") },
            "\(result.stderr)")
        #expect(lines.contains { $0.contains("TestDataEncryptedAES.zip!") && $0.hasSuffix("[archive.encrypted]") })
        #expect(result.lines.count > 10, "the good inbox after the bad bundles is still read")
    }

    @Test func aMissingPathIsAnIOFailure() throws {
        let result = try OutboundBinary.run(["extract", "no/such/inbox"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("no/such/inbox"))
    }

    @Test func aPatentFileIsNotADossier() throws {
        let grant = OutboundBinary.realdata.appendingPathComponent("A-ip-records/uspto-grant/us-grant-v4-5-B1.xml").path
        let result = try OutboundBinary.run(["extract", grant])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[input.unknown-format]"))
        #expect(result.lines.isEmpty)
    }

    @Test func externalEntitiesNeverReachTheOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let canary = dir.appendingPathComponent("canary.txt")
        try "CANARY-4471-SECRET".write(to: canary, atomically: true, encoding: .utf8)
        let dossier = """
            <?xml version="1.0"?>
            <!DOCTYPE transfer-dossier [ <!ENTITY leak SYSTEM "file://\(canary.path)"> ]>
            <transfer-dossier xmlns="urn:outbound:dossier:1" id="XXE-1" filed="2026-11-19">
              <transaction type="assignment"><technology-summary lang="en">&leak;</technology-summary></transaction>
            </transfer-dossier>
            """
        let file = dir.appendingPathComponent("xxe.xml")
        try dossier.write(to: file, atomically: true, encoding: .utf8)
        let result = try OutboundBinary.run(["extract", file.path])
        #expect(!result.stdout.contains("CANARY"))
        #expect(!result.stderr.contains("CANARY"))
        #expect(result.status == 1, "the undefined entity quarantines the dossier")
        #expect(result.stderr.contains("XXE-1"))
    }
}
