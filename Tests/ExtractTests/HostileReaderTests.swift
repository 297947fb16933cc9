import DossierModel
import Extract
import Foundation
import OutboundCompression
import Testing

/// Every file of `../shared/realdata/C-hostile` through `InputReader` in process (so that
/// `swift test --sanitize=address` covers the readers on them), and the regression tests of
/// the reader fixes the hostile files led to. The same files through the binary, with
/// memory measured per file and dossier-shaped variants: `EndToEndTests/HostileInputTests`.
@Suite struct HostileReaderTests {
    @Test(arguments: HostileCorpus.files())
    func hostileFileEndsWithAStableReason(_ file: String) {
        let outcome = HostileCorpus.read(HostileCorpus.root.appendingPathComponent(file).path)
        #expect(outcome.dossiers.isEmpty, "\(file): \(outcome)")
        #expect(!outcome.ids.isEmpty, "\(file) gave no reason: \(outcome)")
        for diagnostic in outcome.diagnostics where diagnostic.severity == .error {
            #expect(diagnostic.id.range(of: #"^[a-z0-9]+(\.[a-z0-9-]+)+$"#, options: .regularExpression) != nil, "\(diagnostic)")
            #expect(diagnostic.message.count >= 8, "\(diagnostic)")
            // The catch-all id means an error nobody classified.
            #expect(diagnostic.id != "input.unreadable", "\(file): \(diagnostic)")
        }
    }

    @Test func everyCategoryIsThere() {
        let categories = Set(HostileCorpus.files().map { String($0.split(separator: "/")[0]) })
        #expect(
            categories.isSuperset(of: [
                "xml-defusedxml", "xml-libxml2", "xxe-payloads", "zip-slip", "zip-bombs", "zip-malformed-yauzl", "gzip-malformed",
                "archives-corrupt", "archives-encrypted", "archives-misnamed", "archives-nested",
            ]), "\(HostileCorpus.root.path)")
    }

    /// yauzl's `invalid_code_lengths_set.zip` holds `index.js` with a broken deflate stream;
    /// a bundle reader never inflates it (no XML member), so it is inflated here.
    @Test func aBrokenDeflateStreamIsReportedAsSuch() throws {
        let path = HostileCorpus.root.appendingPathComponent("zip-malformed-yauzl/invalid_code_lengths_set.zip").path
        let archive = try ZipArchive(path: path)
        #expect(archive.members.map(\.name) == ["index.js"])
        do {
            _ = try archive.openMember(named: "index.js").readAll(limit: 1 << 20)
            Issue.record("the broken member inflated")
        } catch let error as ArchiveError {
            #expect(error.message.contains("invalid code lengths set"), "\(error)")
            #expect(error.member == "index.js")
        }
    }

    // MARK: - Regressions

    /// Found by yauzl's `invalid_zip64_end_of_central_directory_record_signature.zip`: a zip
    /// whose first record is damaged ("PK\0\0") was read as XML ("no XML element found").
    @Test func aZipWithADamagedFirstRecordIsAZip() throws {
        #expect(Container.detect(prefix: [0x50, 0x4B, 0x00, 0x00, 0x2C]) == .zip)
        #expect(Container.detect(prefix: Array("<PK/>".utf8)) == .plain)
        let path = HostileCorpus.root.appendingPathComponent(
            "zip-malformed-yauzl/invalid_zip64_end_of_central_directory_record_signature.zip"
        ).path
        let outcome = HostileCorpus.read(path)
        #expect(outcome.ids == ["zip.bad-signature"])
        #expect(outcome.problems.first?.message.contains("zip64 end of central directory") == true)
    }

    /// Found by `archives-corrupt/TestDataCorrupt.tar` (a tar whose first header is broken):
    /// binary content was reported as "no XML element found".
    @Test func binaryContentIsNotXML() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("TestData/\0\0\0\0".utf8).write(to: URL(fileURLWithPath: folder.file("broken.tar")))
        #expect(HostileCorpus.read(folder.file("broken.tar")).ids == ["input.not-xml"])
        // XML with a NUL inside is still for the XML reader, which says where it is.
        try Data("<transfer-dossier id=\"N\">\0</transfer-dossier>".utf8).write(to: URL(fileURLWithPath: folder.file("nul.xml")))
        let nul = HostileCorpus.read(folder.file("nul.xml"))
        #expect(!nul.ids.contains("input.not-xml") && !nul.ids.isEmpty, "\(nul)")
        // UTF-16 is full of NULs and is text.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<dossier-batch xmlns=\"urn:outbound:dossier:1\"></dossier-batch>".utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        try Data(utf16).write(to: URL(fileURLWithPath: folder.file("utf16.xml")))
        #expect(HostileCorpus.read(folder.file("utf16.xml")).ids.isEmpty)
    }

    /// A zip of `.xml.gz` files: the members were selected but read as XML without being
    /// inflated ("the root element <\u{1F}\u{8B}…> is not a dossier format").
    @Test func aZippedGzipBatchIsInflated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let batch = "<dossier-batch xmlns=\"urn:outbound:dossier:1\">" + HostileReaderTests.smallDossier(id: "GZ-1") + "</dossier-batch>"
        try ZipWriter.write(
            entries: [ArchiveEntry(name: "night/batch.xml.gz", bytes: try GzipWriter.compress(Array(batch.utf8)))],
            to: folder.file("batches.zip"))
        let outcome = HostileCorpus.read(folder.file("batches.zip"))
        #expect(outcome.dossiers.map(\.id) == ["GZ-1"], "\(outcome)")
        #expect(outcome.ids.isEmpty, "\(outcome)")
    }

    /// A dossier of 100 MB of spaces (about 100 KB compressed) as `dossier.xml` of a zip, of a
    /// tar.gz, and as a `.xml.gz`, with the default limits: each stops at a limit, long before
    /// it is inflated (the record limit is 64 MiB; the ratio limit stops it first).
    @Test(arguments: ["zip", "tar.gz", "xml.gz"])
    func aBombStopsAtALimit(_ kind: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let zeros = [UInt8](repeating: 0x20, count: 100 << 20)
        let path = folder.file("bomb.\(kind)")
        switch kind {
        case "zip": try ZipWriter.write(entries: [ArchiveEntry(name: "dossier.xml", bytes: zeros)], to: path)
        case "tar.gz": try TarWriter.write(entries: [ArchiveEntry(name: "dossier.xml", bytes: zeros)], to: path, gzip: true)
        default: try Data(try GzipWriter.compress(zeros, level: 9)).write(to: URL(fileURLWithPath: path))
        }
        let outcome = HostileCorpus.read(path)
        #expect(outcome.dossiers.isEmpty)
        #expect(outcome.ids == ["archive.limit"], "\(outcome)")
    }

    static func smallDossier(id: String) -> String {
        """
        <transfer-dossier id="\(id)" filed="2026-11-19">
          <transaction type="assignment"><technology-summary lang="en">Assignment of a patent.</technology-summary></transaction>
          <parties><party id="P1" role="transferor"><name>Example Co., Ltd.</name><country>CN</country></party></parties>
        </transfer-dossier>
        """
    }

    /// A malformed attached patent document gave "... [attachment.malformed] [attachment.malformed]".
    @Test func anAttachmentProblemNamesItsIdOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dossier = """
            <transfer-dossier xmlns="urn:outbound:dossier:1" id="ATT-1" filed="2026-11-19">
              <transaction type="assignment"><technology-summary lang="en">Assignment.</technology-summary></transaction>
              <parties><party id="P1" role="transferor"><name>Example Co., Ltd.</name><country>CN</country></party></parties>
              <assets><asset id="A1" type="invention-patent"><title lang="en">Separator</title><attachment href="grant.xml" kind="st36"/></asset></assets>
            </transfer-dossier>
            """
        let grant =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<us-patent-grant><abstract><p>&b; &undefined;</p></abstract></us-patent-grant>"
        try ZipWriter.write(
            entries: [ArchiveEntry(name: "dossier.xml", text: dossier), ArchiveEntry(name: "grant.xml", text: grant)],
            to: folder.file("bundle.zip"))
        let outcome = HostileCorpus.read(folder.file("bundle.zip"))
        #expect(outcome.dossiers.count == 1, "\(outcome)")
        let warning = outcome.dossiers.first?.diagnostics.first { $0.id.hasPrefix("attachment.") }
        #expect(warning?.id == "attachment.malformed")
        #expect(warning?.message.contains("[attachment") == false, "\(String(describing: warning))")
    }
}

/// A temporary folder for one test.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
