import DossierModel
import Foundation
import Testing

@testable import Generator

@Suite struct PatentDocumentWriterTests {
    /// Bundled dossiers until one has a CN and one a US patent attachment.
    static func attachments() -> (cn: GeneratedFile, us: GeneratedFile) {
        let generator = DossierGenerator(options: GeneratorOptions(count: 0, seed: 61))
        var cn: GeneratedFile?
        var us: GeneratedFile?
        var index = 0
        while cn == nil || us == nil {
            for file in generator.dossier(at: index, bundled: true).files where file.path.hasPrefix("patents/") {
                if file.path.hasPrefix("patents/US") { us = us ?? file } else { cn = cn ?? file }
            }
            index += 1
        }
        return (cn!, us!)
    }

    @Test func cnDocumentIsST36WithTheRequiredParts() throws {
        let text = String(decoding: Self.attachments().cn.bytes, as: UTF8.self)
        for part in [
            "<patent-document ", "<classifications-ipcr>", "<classification-ipcr ", "<invention-title ", "<abstract ", "<claims ",
            "<claim-text>", "<application-reference>", "<publication-reference>",
        ] {
            #expect(text.contains(part), "\(part)")
        }
        if let xmllint = TestSupport.xmllint {
            let result = try TestSupport.run(xmllint, ["--noout", "-"], stdin: Data(text.utf8))
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func usDocumentIsAGrantWithTheRequiredParts() throws {
        let text = String(decoding: Self.attachments().us.bytes, as: UTF8.self)
        for part in [
            "<us-patent-grant ", "<us-bibliographic-data-grant>", "<classifications-ipcr>", "<main-group>", "<invention-title ",
            "<abstract ", "<claims id=\"claims\">", "<assignees>",
        ] {
            #expect(text.contains(part), "\(part)")
        }
        if let xmllint = TestSupport.xmllint {
            let result = try TestSupport.run(xmllint, ["--noout", "-"], stdin: Data(text.utf8))
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test(arguments: [
        ("H01M 4/58", true, "H01M   4/58          20060101AFI20210305BHCN"),
        ("B64U 101/45", false, "B64U 101/45          20060101ALI20210305BHCN"),
    ])
    func ipcrTextIsFixedWidth(_ code: String, _ first: Bool, _ expected: String) {
        #expect(PatentDocumentWriter.ipcrText(code, first: first, actionDate: "20210305", office: "CN") == expected)
    }
}
