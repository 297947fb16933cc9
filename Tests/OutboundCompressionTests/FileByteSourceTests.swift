import DossierModel
import Testing

@testable import OutboundCompression

@Suite struct FileByteSourceTests {
    @Test(arguments: [1, 100, 65_536, 1 << 20])
    func sequentialReadsGiveTheWholeFile(chunk: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = sampleBytes(200_001)
        try TarWriter.write(entries: [ArchiveEntry(name: "a", bytes: bytes)], to: folder.file("a.tar"), gzip: false)
        let source = try FileByteSource(path: folder.file("a.tar"))
        let all = try drain(source, chunk: chunk)
        #expect(all.count == source.size)
        #expect(Array(all[512..<(512 + bytes.count)]) == bytes)
    }

    @Test func randomAccessDoesNotDisturbSequentialReads() throws {
        let path = RealData.path("A-ip-records/uspto-assignment-daily/ad20160101.xml")
        let source = try FileByteSource(path: path)
        var first = [UInt8](repeating: 0, count: 10)
        _ = try first.withUnsafeMutableBytes { try source.read(into: $0) }
        let tail = try source.read(at: source.size - 5, count: 100)
        #expect(tail.count == 5)
        #expect(try source.read(at: source.size + 10, count: 4).isEmpty)
        #expect(try source.read(at: 0, count: 10) == first)
        let rest = try drain(source)
        #expect(first + rest == (try contents(of: path)))
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("<?xml"))
    }

    @Test func errorsNameThePath() throws {
        let missing = #expect(throws: ArchiveError.self) { try FileByteSource(path: "/nonexistent/dossier.xml") }
        #expect(missing?.id == "io.open")
        #expect(missing?.message.contains("/nonexistent/dossier.xml") == true)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let directory = #expect(throws: ArchiveError.self) { try FileByteSource(path: folder.path) }
        #expect(directory?.message.contains("not a regular file") == true)
        let unwritable = #expect(throws: ArchiveError.self) { try GzipWriter(path: "/nonexistent/out.gz") }
        #expect(unwritable?.id == "io.open")
    }
}
