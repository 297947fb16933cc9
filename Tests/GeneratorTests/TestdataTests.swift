import DossierModel
import Foundation
import OutboundCompression
import Testing

@testable import Generator

/// The committed inbox written by `scripts/make-testdata.sh`.
@Suite struct TestdataTests {
    static let inbox = TestSupport.repoRoot.appendingPathComponent("testdata/inbox").path
    static let bad = TestSupport.repoRoot.appendingPathComponent("testdata/inbox-bad").path

    /// The bytes of every XML document in the inbox, decompressed and unpacked.
    static func documents() throws -> [(name: String, bytes: [UInt8])] {
        var out: [(String, [UInt8])] = []
        for path in try TestSupport.files(in: inbox) {
            let name = URL(fileURLWithPath: path).lastPathComponent
            if name.hasSuffix(".xml.gz") {
                out.append((name, try GzipReader(upstream: FileByteSource(path: path)).readAll(limit: 20 << 20)))
            } else if name.hasSuffix(".xml") {
                out.append((name, try Array(Data(contentsOf: URL(fileURLWithPath: path)))))
            } else if name.hasSuffix(".zip") {
                out.append((name, try ZipArchive(path: path).openMember(named: "dossier.xml").readAll(limit: 1 << 20)))
            } else if name.hasSuffix(".tar.gz") {
                let tar = try TarReader(source: GzipReader(upstream: FileByteSource(path: path)))
                while let member = try tar.next() {
                    if member.name == "dossier.xml" { out.append((name, try member.body.readAll(limit: 1 << 20))) }
                }
            }
        }
        return out
    }

    @Test func inboxHoldsFortyToSixtyDossiersInEveryContainerAndEncoding() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.inbox)
        #expect(names.contains { $0.hasSuffix(".zip") } && names.contains { $0.hasSuffix(".tar.gz") })
        #expect(names.contains { $0.hasSuffix(".xml.gz") })
        #expect(names.contains { $0.hasSuffix("-utf16le.xml") } && names.contains { $0.hasSuffix("-gb18030.xml") })
        #expect(names.contains { $0.hasSuffix("-utf8-bom.xml") })
        let documents = try Self.documents()
        var dossiers = 0
        for (name, bytes) in documents {
            let text: String
            if name.hasSuffix("-utf16le.xml") {
                #expect(bytes.prefix(2) == [0xFF, 0xFE])
                let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
                text = String(decoding: units, as: UTF16.self)
                #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"))
            } else if name.hasSuffix("-gb18030.xml") {
                #expect(String(decoding: bytes.prefix(40), as: UTF8.self).contains("encoding=\"GB18030\""))
                #expect(String(validating: bytes, as: UTF8.self) == nil, "GB18030 Chinese text is not valid UTF-8")
                dossiers += 1
                continue
            } else {
                text = String(decoding: bytes, as: UTF8.self)
            }
            dossiers += text.components(separatedBy: "<transfer-dossier ").count - 1
        }
        #expect((40...60).contains(dossiers), "\(dossiers) dossiers")
        let total = try FileManager.default.contentsOfDirectory(atPath: Self.inbox).reduce(0) {
            $0 + ((try FileManager.default.attributesOfItem(atPath: Self.inbox + "/" + $1)[.size] as? NSNumber)?.intValue ?? 0)
        }
        #expect(total < 1 << 20)
    }

    @Test(.enabled(if: TestSupport.xmllint != nil, "xmllint is not installed"))
    func inboxDocumentsAreValid() throws {
        for (name, bytes) in try Self.documents() {
            let result = try TestSupport.validate(["-"], stdin: Data(bytes))
            #expect(result.status == 0, "\(name): \(result.output.prefix(500))")
        }
    }

    @Test(.enabled(if: TestSupport.xmllint != nil, "xmllint is not installed"))
    func badInboxHoldsWhatItsReadmeSays() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.bad)
        let malformed = try TestSupport.run(TestSupport.xmllint!, ["--noout", Self.bad + "/batch-with-malformed-dossier.xml"])
        #expect(malformed.status != 0)
        #expect(malformed.output.contains("titel"))
        let unknown = try #require(names.first { $0.hasSuffix("-unknown-transaction-type.xml") })
        #expect(try TestSupport.validate([Self.bad + "/" + unknown]).status != 0)
        let uscc = try #require(names.first { $0.hasSuffix("-bad-uscc.xml") })
        #expect(try TestSupport.validate([Self.bad + "/" + uscc]).status == 0)
        let escape = try #require(names.first { $0.hasSuffix("-path-escape.tar.gz") })
        let tar = try TarReader(source: GzipReader(upstream: FileByteSource(path: Self.bad + "/" + escape)))
        var dossier = ""
        while let member = try tar.next() {
            if member.name == "dossier.xml" { dossier = String(decoding: try member.body.readAll(limit: 1 << 20), as: UTF8.self) }
        }
        #expect(dossier.contains("href=\"../escape.txt\""))
        let readme = try String(contentsOfFile: TestSupport.repoRoot.appendingPathComponent("testdata/README.md").path, encoding: .utf8)
        for name in names + (try FileManager.default.contentsOfDirectory(atPath: Self.inbox)) {
            #expect(readme.contains("`\(name)`"), "README does not list \(name)")
        }
    }
}
