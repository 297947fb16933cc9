import DossierModel
import Foundation
import Testing

@testable import OutboundCompression

/// Zip archives built by `ZipWriter`, read back by `ZipArchive`, and the checks on them.
@Suite struct ZipArchiveTests {
    static let entries = [
        ArchiveEntry(name: "dossier.xml", text: "<transfer-dossier xmlns=\"urn:outbound:dossier:1\" id=\"JS-1\"/>\n"),
        ArchiveEntry(name: "patents/", bytes: []),
        ArchiveEntry(name: "patents/CN112345678A.xml", bytes: sampleBytes(200_000)),
        ArchiveEntry(name: "contract.txt", text: "技术转让合同 licence"),
        ArchiveEntry(name: "empty.txt", bytes: []),
    ]

    @Test(arguments: [true, false])
    func roundTrip(deflate: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ZipWriter.write(entries: Self.entries, to: folder.file("b.zip"), deflate: deflate)
        let archive = try ZipArchive(path: folder.file("b.zip"))
        #expect(archive.members.map(\.name) == ["dossier.xml", "patents", "patents/CN112345678A.xml", "contract.txt", "empty.txt"])
        #expect(archive.members.map(\.isDirectory) == [false, true, false, false, false])
        let files = archive.members.filter { !$0.isDirectory }
        #expect(files.allSatisfy { $0.method == (deflate ? .deflate : .stored) })
        let read = try readWholeZip(archive)
        for entry in Self.entries where !entry.isDirectory {
            #expect(read[entry.name] == entry.bytes, "\(entry.name)")
        }
        let big = try #require(archive.member(named: "./patents\\CN112345678A.xml"))
        #expect(big.uncompressedSize == 200_000)
        #expect(deflate ? big.compressedSize < 100_000 : big.compressedSize == 200_000)
        #expect(try drain(archive.openMember(named: "contract.txt"), chunk: 3) == Array("技术转让合同 licence".utf8))
        let contract = Array("技术转让合同 licence".utf8).count
        #expect(archive.budget.used == Self.entries.map(\.bytes.count).reduce(0, +) + contract)
    }

    @Test func missingMemberIsNamed() throws {
        let archive = try ZipArchive(source: MemoryRandomAccessSource(ZipWriter.archive(entries: Self.entries)))
        let error = #expect(throws: ArchiveError.self) { try archive.openMember(named: "nope.xml") }
        #expect(error?.id == "archive.no-member")
    }

    @Test func writerIsDeterministicAndReadableByInfoZip() throws {
        let a = try ZipWriter.archive(entries: Self.entries)
        let b = try ZipWriter.archive(entries: Self.entries)
        #expect(a == b)
        #expect(Container.detect(prefix: a) == .zip)
        // DOS date 2026-01-01 at offset 12 of the first local header.
        #expect(a[12] == 0x21 && a[13] == 0x5c)
    }

    @Test func hostileBundlesFromTheWriterAreRefused() throws {
        let cases: [([ArchiveEntry], String)] = [
            ([ArchiveEntry(name: "ok.txt", text: "x"), ArchiveEntry(name: "../evil.txt", text: "x")], "archive.path-escape"),
            ([ArchiveEntry(name: "C:\\evil.txt", text: "x")], "archive.path-escape"),
            ([ArchiveEntry.symlink(name: "link", target: "/etc/passwd")], "archive.link"),
            ([ArchiveEntry(name: "a.txt", text: "1"), ArchiveEntry(name: "./a.txt", text: "2")], "archive.duplicate-name"),
            ([ArchiveEntry(name: "", text: "x")], "archive.bad-name"),
        ]
        for (entries, id) in cases {
            let bytes = try ZipWriter.archive(entries: entries)
            let error = #expect(throws: ArchiveError.self) { try ZipArchive(source: MemoryRandomAccessSource(bytes)) }
            #expect(error?.id == id, "\(entries.map(\.name))")
        }
    }

    @Test func oneBadNameRefusesTheWholeArchiveBeforeAnythingElse() throws {
        // The bad name is last, after a member whose data is damaged: the name wins.
        var bytes = try ZipWriter.archive(entries: [ArchiveEntry(name: "a.txt", text: "aaaa"), ArchiveEntry(name: "x/../../b", text: "b")])
        bytes[0] = 0  // break the first local header signature
        let error = #expect(throws: ArchiveError.self) { try ZipArchive(source: MemoryRandomAccessSource(bytes)) }
        #expect(error?.id == "archive.path-escape")
    }

    @Test func crcMismatchIsFoundOnRead() throws {
        var bytes = try ZipWriter.archive(entries: [ArchiveEntry(name: "a.txt", bytes: sampleBytes(5000))])
        let central = try #require(offsets(of: [0x50, 0x4b, 1, 2], in: bytes).first)
        patchUInt32(&bytes, at: 14, 0xdead_beef)  // local header CRC
        patchUInt32(&bytes, at: central + 16, 0xdead_beef)  // central CRC
        let archive = try ZipArchive(source: MemoryRandomAccessSource(bytes))
        let error = #expect(throws: ArchiveError.self) { try readWholeZip(archive) }
        #expect(error?.id == "zip.crc")
        #expect(error?.member == "a.txt")
    }

    @Test func centralAndLocalCRCThatDisagreeAreRefusedOnOpen() throws {
        var bytes = try ZipWriter.archive(entries: [ArchiveEntry(name: "a.txt", bytes: sampleBytes(5000))])
        patchUInt32(&bytes, at: 14, 0xdead_beef)
        let error = #expect(throws: ArchiveError.self) { try ZipArchive(source: MemoryRandomAccessSource(bytes)) }
        #expect(error?.id == "zip.crc")
    }

    @Test(arguments: [4999, 5001, 1])
    func declaredSizeThatLiesIsFoundOnRead(declared: UInt32) throws {
        var bytes = try ZipWriter.archive(entries: [ArchiveEntry(name: "a.txt", bytes: sampleBytes(5000))])
        let central = try #require(offsets(of: [0x50, 0x4b, 1, 2], in: bytes).first)
        patchUInt32(&bytes, at: 22, declared)
        patchUInt32(&bytes, at: central + 24, declared)
        let archive = try ZipArchive(source: MemoryRandomAccessSource(bytes))
        var returned = 0
        let error = #expect(throws: ArchiveError.self) {
            let stream = try archive.openMember(archive.members[0])
            var buffer = [UInt8](repeating: 0, count: 100)
            while true {
                let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
                if n == 0 { break }
                returned += n
            }
        }
        #expect(error?.id == "zip.size-mismatch")
        #expect(returned <= Int(declared))
    }

    @Test func memberCountLimit() throws {
        let bytes = try ZipWriter.archive(entries: (0..<5).map { ArchiveEntry(name: "f\($0).txt", text: "\($0)") })
        let error = #expect(throws: ArchiveError.self) {
            try ZipArchive(source: MemoryRandomAccessSource(bytes), limits: ArchiveLimits(maxMemberCount: 4))
        }
        #expect(error?.id == "archive.limit")
        #expect(try ZipArchive(source: MemoryRandomAccessSource(bytes), limits: ArchiveLimits(maxMemberCount: 5)).members.count == 5)
    }

    @Test func memberSizeLimitRefusesBeforeInflating() throws {
        let archive = try ZipArchive(
            source: MemoryRandomAccessSource(ZipWriter.archive(entries: [ArchiveEntry(name: "big", bytes: sampleBytes(3000))])),
            limits: ArchiveLimits(maxMemberSize: 2999))
        let error = #expect(throws: ArchiveError.self) { try archive.openMember(archive.members[0]) }
        #expect(error?.id == "archive.limit")
        #expect(archive.budget.used == 0)
    }

    @Test(arguments: [true, false])
    func totalLimitStopsAtTheLimit(deflate: Bool) throws {
        let entries = (0..<3).map { ArchiveEntry(name: "f\($0)", bytes: sampleBytes(4000, seed: UInt64($0))) }
        let archive = try ZipArchive(
            source: MemoryRandomAccessSource(ZipWriter.archive(entries: entries, deflate: deflate)),
            limits: ArchiveLimits(maxTotalSize: 10_000))
        let error = #expect(throws: ArchiveError.self) { try readWholeZip(archive) }
        #expect(error?.id == "archive.limit")
        #expect(archive.budget.used <= 10_001)
    }

    @Test func ratioLimitRefusesAHighlyCompressedMember() throws {
        let archive = try ZipArchive(
            source: MemoryRandomAccessSource(
                ZipWriter.archive(entries: [ArchiveEntry(name: "zeros.bin", bytes: [UInt8](repeating: 0, count: 16 << 20))])))
        let error = #expect(throws: ArchiveError.self) { try readWholeZip(archive) }
        #expect(error?.id == "archive.limit")
        #expect(error?.member == "zeros.bin")
        #expect(archive.budget.used < 2 << 20)
    }

    @Test func nestedArchivesShareTheBudgetAndStopAtTheDepthLimit() throws {
        // zip(depth 0) > zip(1) > zip(2) > zip(3): the last is one level too deep.
        let leaf = try ZipWriter.archive(entries: [ArchiveEntry(name: "dossier.xml", text: "<x/>")])
        var nested = leaf
        for level in 0..<3 { nested = try ZipWriter.archive(entries: [ArchiveEntry(name: "level\(level).zip", bytes: nested)]) }
        let outer = try ZipArchive(source: MemoryRandomAccessSource(nested))
        var archive = outer
        var inflated = 0
        for depth in 1...2 {
            let bytes = try drain(archive.openMember(archive.members[0]))
            inflated += bytes.count
            #expect(Container.detect(prefix: bytes) == .zip)
            archive = try ZipArchive(source: MemoryRandomAccessSource(bytes), depth: depth, budget: outer.budget)
            #expect(archive.budget === outer.budget)
        }
        let deepest = try drain(archive.openMember(archive.members[0]))
        inflated += deepest.count
        let error = #expect(throws: ArchiveError.self) {
            try ZipArchive(source: MemoryRandomAccessSource(deepest), depth: 3, budget: outer.budget)
        }
        #expect(error?.id == "archive.limit")
        #expect(outer.budget.used == inflated)
    }
}
