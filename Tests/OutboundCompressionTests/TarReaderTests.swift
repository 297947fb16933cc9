import DossierModel
import Foundation
import Testing

@testable import OutboundCompression

@Suite struct TarReaderTests {
    static let longDirectory = String(repeating: "very-long-folder-name/", count: 6)  // 132 bytes
    static let entries = [
        ArchiveEntry(name: "dossier.xml", text: "<transfer-dossier/>\n"),
        ArchiveEntry(name: "patents/", bytes: []),
        ArchiveEntry(name: "patents/US1.xml", bytes: sampleBytes(100_000)),
        ArchiveEntry(name: "empty.txt", bytes: []),
        ArchiveEntry(name: "exactly-512.bin", bytes: sampleBytes(512, seed: 9)),
        // Too long for ustar's name field: split into prefix and name.
        ArchiveEntry(name: longDirectory + "split.txt", text: "prefix"),
        // Too long for prefix + name: a pax path record.
        ArchiveEntry(name: String(repeating: "x", count: 120) + "/" + String(repeating: "y", count: 120) + ".txt", text: "pax"),
        ArchiveEntry(name: "中文/专利.txt", text: "unicode name"),
    ]

    @Test(arguments: [false, true])
    func roundTripThroughTheWriter(gzip: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file(gzip ? "b.tar.gz" : "b.tar")
        try TarWriter.write(entries: Self.entries, to: path, gzip: gzip)
        #expect(try Container.detect(FileByteSource(path: path)) == (gzip ? .gzip : .tar))
        let reader = try TarReader(path: path)
        var names: [String] = []
        while let member = try reader.next() {
            names.append(member.name)
            let expected = try #require(Self.entries.first { $0.name == member.name })
            #expect(member.size == expected.bytes.count)
            #expect(try drain(member.body, chunk: 1000) == expected.bytes)
        }
        #expect(names == Self.entries.filter { !$0.isDirectory }.map(\.name))
        #expect(try reader.next() == nil)
    }

    @Test func writerIsDeterministic() throws {
        let a = try TarWriter.archive(entries: Self.entries)
        #expect(a == (try TarWriter.archive(entries: Self.entries)))
        #expect(a.count % 512 == 0)
        #expect(Container.detect(prefix: a) == .tar)
    }

    @Test func unreadBodiesAreSkippedAndGoStale() throws {
        let reader = try TarReader(source: MemoryByteSource(TarWriter.archive(entries: Self.entries)))
        let first = try #require(try reader.next())
        var one = [UInt8](repeating: 0, count: 1)
        _ = try one.withUnsafeMutableBytes { try first.body.read(into: $0) }
        let second = try #require(try reader.next())
        #expect(second.name == "patents/US1.xml")
        let error = #expect(throws: ArchiveError.self) { try drain(first.body) }
        #expect(error?.id == "tar.stale-member")
        #expect(try drain(second.body) == Self.entries[2].bytes)
    }

    @Test func gnuLongNamesAreRead() throws {
        let name = Array((String(repeating: "n", count: 150) + "/file.txt").utf8)
        var tar = TarHeader.encode(
            name: Array("././@LongLink".utf8), prefix: [], size: name.count + 1, typeflag: UInt8(ascii: "L"), mode: 0o644, linkName: [])
        tar += name + [0] + [UInt8](repeating: 0, count: 512 - name.count - 1)
        tar += TarHeader.encode(name: Array(name.prefix(100)), prefix: [], size: 3, typeflag: UInt8(ascii: "0"), mode: 0o644, linkName: [])
        tar += Array("abc".utf8) + [UInt8](repeating: 0, count: 509) + [UInt8](repeating: 0, count: 1024)
        let files = try readWholeTar(TarReader(source: MemoryByteSource(tar)))
        #expect(files == [String(decoding: name, as: UTF8.self): Array("abc".utf8)])
    }

    @Test(arguments: [
        ([ArchiveEntry.symlink(name: "link", target: "../../etc/passwd")], "archive.link"),
        ([ArchiveEntry(name: "ok.txt", text: "1"), ArchiveEntry(name: "/abs.txt", text: "2")], "archive.path-escape"),
        ([ArchiveEntry(name: "a/../../b.txt", text: "2")], "archive.path-escape"),
        ([ArchiveEntry(name: "a.txt", text: "1"), ArchiveEntry(name: "./a.txt", text: "2")], "archive.duplicate-name"),
    ])
    func hostileEntriesAreRefused(entries: [ArchiveEntry], id: String) throws {
        let reader = try TarReader(source: MemoryByteSource(TarWriter.archive(entries: entries)))
        let error = #expect(throws: ArchiveError.self) { try readWholeTar(reader) }
        #expect(error?.id == id)
    }

    @Test(arguments: [("3", "character device"), ("4", "block device"), ("6", "fifo"), ("1", "link"), ("S", "type 'S'")])
    func specialEntryTypesAreRefused(type: String, what: String) throws {
        var tar = TarHeader.encode(
            name: Array("dev/thing".utf8), prefix: [], size: 0, typeflag: UInt8(ascii: Unicode.Scalar(type)!), mode: 0o644,
            linkName: Array("target".utf8))
        tar += [UInt8](repeating: 0, count: 1024)
        let error = #expect(throws: ArchiveError.self) { try readWholeTar(TarReader(source: MemoryByteSource(tar))) }
        #expect(error?.message.contains(what) == true)
        #expect(error?.member == "dev/thing")
    }

    @Test func damagedHeaderChecksumIsCorrupt() throws {
        var tar = try TarWriter.archive(entries: Self.entries)
        tar[20] ^= 0x01
        let error = #expect(throws: ArchiveError.self) { try readWholeTar(TarReader(source: MemoryByteSource(tar))) }
        #expect(error?.id == "tar.corrupt")
    }

    @Test(arguments: [100, 512 + 50, 512 + 100_000 / 2])
    func truncatedStreamIsRefused(cut: Int) throws {
        let tar = try TarWriter.archive(entries: Array(Self.entries[2...]))
        let error = #expect(throws: ArchiveError.self) { try readWholeTar(TarReader(source: MemoryByteSource(Array(tar[0..<cut])))) }
        #expect(error?.id == "tar.truncated")
    }

    @Test func limitsApply() throws {
        let tar = try TarWriter.archive(entries: (0..<4).map { ArchiveEntry(name: "f\($0)", bytes: sampleBytes(1000)) })
        let count = #expect(throws: ArchiveError.self) {
            try readWholeTar(TarReader(source: MemoryByteSource(tar), limits: ArchiveLimits(maxMemberCount: 3)))
        }
        #expect(count?.id == "archive.limit")
        let size = #expect(throws: ArchiveError.self) {
            try readWholeTar(TarReader(source: MemoryByteSource(tar), limits: ArchiveLimits(maxMemberSize: 999)))
        }
        #expect(size?.id == "archive.limit")
        let depth = #expect(throws: ArchiveError.self) { try TarReader(source: MemoryByteSource(tar), depth: 3) }
        #expect(depth?.id == "archive.limit")
    }

    @Test func corruptGzipUnderneathIsReported() throws {
        var tgz = try GzipWriter.compress(TarWriter.archive(entries: Self.entries))
        tgz[tgz.count - 5] ^= 0xff  // the length in the gzip trailer
        let error = #expect(throws: ArchiveError.self) {
            try readWholeTar(TarReader(source: GzipReader(upstream: MemoryByteSource(tgz))))
        }
        #expect(error?.id == "gzip.corrupt")
    }

    @Test func realBenignTarGzIsReadable() throws {
        let files = try readWholeTar(TarReader(path: RealData.path("C-hostile/archives-benign/TestData.tar.gz")))
        #expect(
            files.keys.sorted() == [
                "TestData/.DS_Store", "TestData/._.DS_Store", "TestData/Foo/Bar/Lorem.txt", "TestData/Foo/Lorem.txt", "TestData/Lorem.txt",
            ])
        #expect(files["TestData/Lorem.txt"]?.count == 4140)
        #expect(String(decoding: files["TestData/Lorem.txt"]!, as: UTF8.self).hasPrefix("Lorem ipsum"))
    }

    @Test func realCorruptTarIsRefused() throws {
        let error = #expect(throws: ArchiveError.self) {
            try readWholeTar(TarReader(path: RealData.path("C-hostile/archives-corrupt/TestDataCorrupt.tar")))
        }
        #expect(error?.id == "tar.corrupt")
    }

    @Test func realZipSlipTarIsRefused() throws {
        let reader = try TarReader(path: RealData.path("C-hostile/zip-slip/zip-slip.tar"))
        let good = try #require(try reader.next())
        #expect(good.name == "good.txt")
        let error = #expect(throws: ArchiveError.self) { try reader.next() }
        #expect(error?.id == "archive.path-escape")
        #expect(error?.member?.hasSuffix("../tmp/evil.txt") == true)
    }
}
