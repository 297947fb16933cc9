import DossierModel
import Foundation
import OutboundCompression
import Testing

@testable import Generator

@Suite struct CorpusWriterTests {
    /// Writes a corpus into a new directory and returns the directory and the summary.
    func write(_ layout: CorpusLayout, count: Int = 45, perBatch: Int = 20, seed: UInt64 = 8) throws -> (String, CorpusSummary) {
        let directory = try TestSupport.temporaryDirectory(layout.rawValue)
        let summary = try CorpusWriter(options: GeneratorOptions(count: count, seed: seed, layout: layout, dossiersPerBatch: perBatch))
            .write(to: directory)
        return (directory, summary)
    }

    /// Counts `<transfer-dossier` start tags.
    func dossierCount(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "<transfer-dossier ").count - 1
    }

    @Test func filesLayoutWritesOneDocumentPerDossier() throws {
        let (directory, summary) = try write(.files)
        defer { TestSupport.remove(directory) }
        let files = try TestSupport.files(in: directory)
        #expect(files.count == 45 && summary.files.count == 45 && summary.dossiers == 45)
        var total = 0
        for file in files {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
            total += bytes.count
            #expect(dossierCount(bytes) == 1)
            #expect(String(decoding: bytes.prefix(38), as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        }
        #expect(total == summary.bytes)
    }

    @Test func batchLayoutSplitsByBatchSize() throws {
        let (directory, summary) = try write(.batch)
        defer { TestSupport.remove(directory) }
        #expect(summary.files == ["batch-0001.xml", "batch-0002.xml", "batch-0003.xml"])
        let counts = try summary.files.map { try dossierCount(Array(Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)))) }
        #expect(counts == [20, 20, 5])
        let text = try String(contentsOfFile: directory + "/batch-0001.xml", encoding: .utf8)
        #expect(text.contains("<dossier-batch xmlns=\"urn:outbound:dossier:1\" exported=\"2027-01-0"))
        #expect(text.hasSuffix("</dossier-batch>\n"))
    }

    @Test func gzipLayoutInflatesToTheSameBatches() throws {
        let (plainDirectory, _) = try write(.batch)
        let (directory, summary) = try write(.gzip)
        defer {
            TestSupport.remove(directory)
            TestSupport.remove(plainDirectory)
        }
        #expect(summary.files == ["batch-0001.xml.gz", "batch-0002.xml.gz", "batch-0003.xml.gz"])
        for name in summary.files {
            let path = directory + "/" + name
            let raw = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(raw.prefix(2) == [0x1f, 0x8b])
            let inflated = try GzipReader(upstream: FileByteSource(path: path)).readAll(limit: 50 << 20)
            let plain = try Array(Data(contentsOf: URL(fileURLWithPath: plainDirectory + "/" + String(name.dropLast(3)))))
            #expect(inflated == plain)
        }
    }

    @Test func bundlesLayoutWritesZipAndTarWithTheirAttachments() throws {
        let (directory, summary) = try write(.bundles, count: 6)
        defer { TestSupport.remove(directory) }
        #expect(summary.files.filter { $0.hasSuffix(".zip") }.count == 3)
        #expect(summary.files.filter { $0.hasSuffix(".tar.gz") }.count == 3)
        let generator = DossierGenerator(options: GeneratorOptions(count: 6, seed: 8, layout: .bundles))
        for (index, name) in summary.files.enumerated() {
            let expected = generator.dossier(at: index, bundled: true)
            #expect(name.hasPrefix(expected.id))
            var members: [String: [UInt8]] = [:]
            if name.hasSuffix(".zip") {
                let archive = try ZipArchive(path: directory + "/" + name)
                for member in archive.members where !member.isDirectory {
                    members[member.name] = try archive.openMember(member).readAll(limit: 10 << 20)
                }
            } else {
                let tar = try TarReader(source: GzipReader(upstream: FileByteSource(path: directory + "/" + name)))
                while let member = try tar.next() {
                    if member.name.hasSuffix("/") { continue }
                    members[member.name] = try member.body.readAll(limit: 10 << 20)
                }
            }
            #expect(members["dossier.xml"] == Array(expected.xml.utf8))
            for file in expected.files { #expect(members[file.path] == file.bytes, "\(file.path)") }
            #expect(members.keys.contains { $0.hasSuffix(".pdf") })
        }
    }

    @Test func mixedLayoutHoldsEveryKindAndEveryDossier() throws {
        let (directory, summary) = try write(.mixed, count: 60, perBatch: 10)
        defer { TestSupport.remove(directory) }
        #expect(summary.dossiers == 60)
        #expect(summary.files.contains { $0.hasSuffix(".zip") } && summary.files.contains { $0.hasSuffix(".tar.gz") })
        #expect(
            summary.files.contains { $0.hasSuffix(".xml.gz") } && summary.files.contains { $0.hasPrefix("batch-") && $0.hasSuffix(".xml") })
        #expect(summary.files.contains { !$0.hasPrefix("batch-") && $0.hasSuffix(".xml") })
        var total = 0
        for name in summary.files {
            let path = directory + "/" + name
            if name.hasSuffix(".xml.gz") {
                total += dossierCount(try GzipReader(upstream: FileByteSource(path: path)).readAll(limit: 50 << 20))
            } else if name.hasSuffix(".xml") {
                total += dossierCount(try Array(Data(contentsOf: URL(fileURLWithPath: path))))
            } else {
                total += 1
            }
        }
        #expect(total == 60)
    }

    @Test(arguments: CorpusLayout.allCases)
    func sameOptionsWriteIdenticalFiles(_ layout: CorpusLayout) throws {
        let (a, first) = try write(layout, count: 24, perBatch: 10, seed: 99)
        let (b, second) = try write(layout, count: 24, perBatch: 10, seed: 99)
        let (c, _) = try write(layout, count: 24, perBatch: 10, seed: 100)
        defer {
            TestSupport.remove(a)
            TestSupport.remove(b)
            TestSupport.remove(c)
        }
        #expect(first == second)
        var differs = false
        for name in first.files {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + name))
            let y = try Data(contentsOf: URL(fileURLWithPath: b + "/" + name))
            #expect(x == y, "\(name)")
            if let z = try? Data(contentsOf: URL(fileURLWithPath: c + "/" + name)), z != x { differs = true }
            if !FileManager.default.fileExists(atPath: c + "/" + name) { differs = true }
        }
        #expect(differs)
    }

    @Test func rejectsOptionsItCannotHonour() throws {
        let directory = try TestSupport.temporaryDirectory("invalid")
        defer { TestSupport.remove(directory) }
        #expect(throws: CorpusWriterError.self) {
            try CorpusWriter(options: GeneratorOptions(count: 3, dossiersPerBatch: 0)).write(to: directory)
        }
        #expect(throws: CorpusWriterError.self) {
            try CorpusWriter(options: GeneratorOptions(count: 3, province: "CN-XX")).write(to: directory)
        }
    }
}
