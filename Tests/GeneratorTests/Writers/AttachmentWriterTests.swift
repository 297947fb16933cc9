import DossierModel
import Foundation
import Testing

@testable import Generator

@Suite struct AttachmentWriterTests {
    @Test func bundledDossierReferencesExactlyTheFilesItCarries() {
        let generator = DossierGenerator(options: GeneratorOptions(count: 0, seed: 71))
        for index in 0..<30 {
            let d = generator.dossier(at: index, bundled: true)
            let hrefs = d.dossier.attachments.map(\.href) + d.dossier.assets.flatMap { $0.attachments.map(\.href) }
            #expect(Set(hrefs) == Set(d.files.map(\.path)))
            #expect(hrefs.allSatisfy { !$0.hasPrefix("/") && !$0.contains("..") })
            for attachment in d.dossier.attachments + d.dossier.assets.flatMap(\.attachments) {
                #expect(attachment.size == d.files.first { $0.path == attachment.href }?.bytes.count)
            }
            #expect(d.xml.contains("<attachment href=\"contract.txt\" kind=\"contract\"/>"))
        }
    }

    @Test func bundlingChangesOnlyTheAttachments() {
        let generator = DossierGenerator(options: GeneratorOptions(count: 0, seed: 72))
        for index in 0..<20 {
            var bundled = generator.dossier(at: index, bundled: true).dossier
            let plain = generator.dossier(at: index).dossier
            bundled.attachments = []
            for i in bundled.assets.indices { bundled.assets[i].attachments = [] }
            #expect(bundled == plain)
        }
    }

    @Test func contractNamesTheReferenceThePartiesAndTheRights() {
        let d = DossierGenerator(options: GeneratorOptions(count: 0, seed: 73)).dossier(at: 3, bundled: true)
        let contract = String(decoding: d.files.first { $0.path == "contract.txt" }!.bytes, as: UTF8.self)
        if let ref = d.dossier.transaction.contractRef { #expect(contract.contains(ref)) }
        #expect(contract.contains(d.dossier.parties[0].names[0].original))
        #expect(contract.contains(d.dossier.parties[1].names[0].original))
        for asset in d.dossier.assets { #expect(contract.contains("\(asset.id). [\(asset.type.rawValue)]")) }
    }

    @Test func pdfHasACorrectCrossReferenceTable() throws {
        let bytes = AttachmentWriter.pdf(lines: ["Certificate (test) \\ one", "Dossier JS-2026-000001"])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.4\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        let startxref = try #require(Int(text.components(separatedBy: "startxref\n")[1].prefix { $0.isNumber }))
        let xref = Array(bytes[startxref...])
        #expect(String(decoding: xref.prefix(4), as: UTF8.self) == "xref")
        let rows = String(decoding: xref, as: UTF8.self).split(separator: "\n")
        for object in 1...5 {
            let offset = try #require(Int(rows[2 + object].prefix(10)))
            #expect(String(decoding: bytes[offset..<(offset + 8)], as: UTF8.self) == "\(object) 0 obj\n".prefix(8))
        }
        #expect(text.contains("(Certificate \\(test\\) \\\\ one) Tj"))
    }
}
