import DossierModel
import Foundation
import OutboundCompression
import Testing

/// Bundles whose attachments are the real patent documents of ../shared/realdata: the
/// attached document must add its IPC codes, title, abstract and claims to its asset.
@Suite struct RealAttachmentTests {
    /// A dossier whose asset A1 references `patents/<name>`.
    static func dossierXML(attachment name: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <transfer-dossier xmlns="urn:outbound:dossier:1" id="E2E-REAL-1" filed="2026-11-19">
          <office province="CN-JS" channel="online"/>
          <transaction type="assignment"><value currency="CNY">100000</value></transaction>
          <parties>
            <party id="P1" role="transferor" kind="enterprise"><name lang="zh">南京某某科技有限公司</name><country>CN</country></party>
            <party id="P2" role="transferee" kind="enterprise"><name lang="en">Example Holdings Inc.</name><country>USA</country></party>
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
    }

    /// Writes a bundle holding a real file as the attachment and runs `outbound extract`.
    static func extract(realFile: String, tar: Bool) throws -> (Dossier, OutboundBinary.Result) {
        let source = OutboundBinary.realdata.appendingPathComponent(realFile)
        let name = source.lastPathComponent
        let entries = [
            ArchiveEntry(name: "dossier.xml", text: dossierXML(attachment: name)),
            ArchiveEntry(name: "patents/\(name)", bytes: [UInt8](try Data(contentsOf: source))),
            ArchiveEntry(name: "contract.txt", text: "技术转让合同 Technology transfer contract\n"),
        ]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundle = dir.appendingPathComponent(tar ? "bundle.tar.gz" : "bundle.zip").path
        if tar { try TarWriter.write(entries: entries, to: bundle, gzip: true) } else { try ZipWriter.write(entries: entries, to: bundle) }
        let result = try OutboundBinary.run(["extract", bundle])
        let line = try #require(result.lines.first, "no dossier: \(result.stderr)")
        return (try JSONDecoder().decode(Dossier.self, from: Data(line.utf8)), result)
    }

    @Test func usptoGrantAddsItsIPCTitleAbstractAndClaims() throws {
        let (dossier, result) = try Self.extract(realFile: "A-ip-records/uspto-grant/us-grant-v4-5-B1.xml", tar: false)
        #expect(result.status == 0, "\(result.stderr)")
        let asset = try #require(dossier.assets.first)
        let fromDocument = asset.classifications.filter { $0.source == "patents/us-grant-v4-5-B1.xml" }
        #expect(!fromDocument.isEmpty)
        #expect(fromDocument.allSatisfy { $0.code != nil }, "every IPC symbol of the grant is canonical: \(fromDocument)")
        #expect(asset.titles.count == 2)
        #expect(asset.abstracts.contains { $0.source == "patents/us-grant-v4-5-B1.xml" })
        #expect(asset.claims.count > 5)
        #expect(asset.attachments.first?.format == .st36)
        #expect(dossier.attachments.first?.format == .text)
        #expect(dossier.attachments.first?.text?.contains("技术转让合同") == true)
    }

    @Test(arguments: [
        "A-ip-records/wipo-st36/st36a-DOC00001.xml",
        "A-ip-records/epo-ep-patent-document/ep-v1-5-B1.xml",
        "A-ip-records/uspto-grant/US08930553-xml2014.xml",
    ])
    func everyST36FamilyDocumentIsReadFromATarGzBundle(file: String) throws {
        let (dossier, result) = try Self.extract(realFile: file, tar: true)
        #expect(result.status == 0, "\(result.stderr)")
        let asset = try #require(dossier.assets.first)
        let name = URL(fileURLWithPath: file).lastPathComponent
        #expect(asset.titles.contains { $0.source == "patents/\(name)" })
        #expect(asset.classifications.contains { $0.source == "patents/\(name)" && $0.code != nil })
        #expect(asset.attachments.first?.format == .st36)
    }
}
