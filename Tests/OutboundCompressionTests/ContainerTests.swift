import DossierModel
import Testing

@testable import OutboundCompression

@Suite struct ContainerTests {
    @Test(arguments: [
        ("C-hostile/archives-benign/TestData.tar.gz", ContainerKind.gzip),
        ("C-hostile/archives-benign/TestData.zip", .zip),
        // Its first header is damaged ("ustar" gone, checksum wrong): nothing says tar any more.
        ("C-hostile/archives-corrupt/TestDataCorrupt.tar", .plain),
        ("C-hostile/zip-slip/zip-slip.tar", .tar),
        ("C-hostile/zip-bombs/10GB.bz2", .bzip2),
        ("C-hostile/archives-misnamed/corruptwheel-not-a-zip.whl", .plain),
        ("A-ip-records/uspto-assignment-daily/ad20160101.xml", .plain),
        ("C-hostile/xml-libxml2/errors_empty.xml", .plain),
    ])
    func realFilesAreRecognisedByContent(file: String, kind: ContainerKind) throws {
        // Only the first bytes are read: never more of 10GB.bz2 than its magic.
        let source = try FileByteSource(path: RealData.path(file))
        #expect(try Container.detect(source) == kind)
    }

    @Test(arguments: [
        ([UInt8]([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1]), ContainerKind.xz),
        ([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], .sevenZip),
        ([0x28, 0xb5, 0x2f, 0xfd, 0], .zstd),
        (Array("Rar!\u{1a}\u{07}\u{00}".utf8), .rar),
        (Array("PK\u{05}\u{06}".utf8) + [UInt8](repeating: 0, count: 18), .zip),
        (Array("BZh".utf8), .plain),
        (Array("BZhello".utf8), .plain),
        (Array("PK".utf8), .plain),
        ([], .plain),
    ])
    func magicNumbers(prefix: [UInt8], kind: ContainerKind) {
        #expect(Container.detect(prefix: prefix) == kind)
    }

    @Test func sniffGivesTheWholeStreamBack() throws {
        let bytes = sampleBytes(10_000)
        let (kind, stream) = try Container.sniff(MemoryByteSource(bytes))
        #expect(kind == .plain)
        #expect(try drain(stream, chunk: 100) == bytes)
        let short = try Container.sniff(MemoryByteSource([0x1f, 0x8b]))
        #expect(short.kind == .gzip)
        #expect(try drain(short.stream) == [0x1f, 0x8b])
    }

    @Test func gzipOfATarIsFoundBySniffingTheInflatedStream() throws {
        let tgz = try GzipWriter.compress(TarWriter.archive(entries: [ArchiveEntry(name: "dossier.xml", text: "<x/>")]))
        let (outer, _) = try Container.sniff(MemoryByteSource(tgz))
        #expect(outer == .gzip)
        let (inner, stream) = try Container.sniff(GzipReader(upstream: MemoryByteSource(tgz)))
        #expect(inner == .tar)
        let files = try readWholeTar(TarReader(source: stream, depth: 1))
        #expect(files == ["dossier.xml": Array("<x/>".utf8)])
    }
}
