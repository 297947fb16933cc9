import DossierModel
import Foundation
import Testing

@testable import OutboundCompression

@Suite struct GzipReaderTests {
    @Test(arguments: [0, 1, 6, 9])
    func roundTripThroughTheWriter(level: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = sampleBytes(300_000)
        let text = String(repeating: "技术出口 licence\n", count: 5000)
        let original = bytes + Array(text.utf8)
        let writer = try GzipWriter(path: folder.file("a.gz"), level: level)
        // Several writes of uneven sizes, the last a String.
        try writer.write(Array(bytes[0..<1]))
        try writer.write(Array(bytes[1...]))
        try writer.write(text)
        try writer.close()
        try writer.close()  // a second close does nothing
        let reader = try GzipReader(upstream: FileByteSource(path: folder.file("a.gz")))
        #expect(try drain(reader, chunk: 777) == original)
        #expect(reader.memberCount == 1)
        #expect(reader.inflatedCount == original.count)
    }

    @Test func writerIsDeterministic() throws {
        let bytes = sampleBytes(50_000)
        let a = try GzipWriter.compress(bytes)
        let b = try GzipWriter.compress(bytes)
        #expect(a == b)
        #expect(Array(a[0..<10]) == [0x1f, 0x8b, 8, 0, 0x00, 0xb9, 0x55, 0x69, 0, 3])  // mtime 0x6955b900, 2026-01-01
        #expect(Container.detect(prefix: a) == .gzip)
    }

    @Test func concatenatedMembersReadAsOneStream() throws {
        let first = sampleBytes(70_000, seed: 1)
        let second = sampleBytes(5, seed: 2)
        let third: [UInt8] = []
        let joined = try GzipWriter.compress(first) + GzipWriter.compress(second, level: 9) + GzipWriter.compress(third)
        let reader = try GzipReader(upstream: MemoryByteSource(joined))
        #expect(try drain(reader, chunk: 1000) == first + second)
        #expect(reader.memberCount == 3)
    }

    @Test func realMultiMemberFile() throws {
        let reader = try GzipReader(upstream: FileByteSource(path: RealData.path("C-hostile/gzip-malformed/multi-member.gz")))
        #expect(try drain(reader) == Array("first\nsecond\n".utf8))
        #expect(reader.memberCount == 2)
    }

    @Test func realGoodFileMatchesItsTrailer() throws {
        let path = RealData.path("C-hostile/gzip-malformed/good-file.gz")
        let file = try FileByteSource(path: path)
        let trailer = try file.read(at: file.size - 8, count: 8)
        let out = try drain(GzipReader(upstream: FileByteSource(path: path)), chunk: 4096)
        #expect(out.count == 14_877)
        #expect(UInt32(out.count) == UInt32(trailer[4]) | UInt32(trailer[5]) << 8 | UInt32(trailer[6]) << 16 | UInt32(trailer[7]) << 24)
        #expect(CRC32.checksum(out) == UInt32(trailer[0]) | UInt32(trailer[1]) << 8 | UInt32(trailer[2]) << 16 | UInt32(trailer[3]) << 24)
        #expect(out.starts(with: Array("##\t##\ntimestep".utf8)))
    }

    @Test func realCorruptFileIsRefused() throws {
        let reader = try GzipReader(upstream: FileByteSource(path: RealData.path("C-hostile/gzip-malformed/corrupt-gz-file.gz")))
        let error = #expect(throws: ArchiveError.self) { try drain(reader) }
        #expect(error?.id == "gzip.corrupt")
        #expect(error?.message.contains("invalid distance too far back") == true)
    }

    @Test func truncatedStreamIsRefused() throws {
        let whole = try GzipWriter.compress(sampleBytes(20_000))
        for cut in [whole.count - 1, whole.count - 8, whole.count / 2, 11] {
            let error = #expect(throws: ArchiveError.self) { try drain(GzipReader(upstream: MemoryByteSource(Array(whole[0..<cut])))) }
            #expect(error?.id == "gzip.truncated", "cut at \(cut)")
        }
    }

    @Test func damagedChecksumIsCorrupt() throws {
        var bytes = try GzipWriter.compress(sampleBytes(1000))
        bytes[bytes.count - 6] ^= 0xff  // inside the CRC-32 of the trailer
        let error = #expect(throws: ArchiveError.self) { try drain(GzipReader(upstream: MemoryByteSource(bytes))) }
        #expect(error?.id == "gzip.corrupt")
    }

    @Test(arguments: [[UInt8](), Array("<?xml version=\"1.0\"?>".utf8), [0x1f]])
    func notGzipIsRefused(bytes: [UInt8]) throws {
        let error = #expect(throws: ArchiveError.self) { try drain(GzipReader(upstream: MemoryByteSource(bytes))) }
        #expect(error?.id == "gzip.not-gzip")
    }

    @Test func zeroPaddingAfterTheLastMemberIsAccepted() throws {
        let bytes = try GzipWriter.compress(Array("padded".utf8)) + [UInt8](repeating: 0, count: 100_000)
        #expect(try drain(GzipReader(upstream: MemoryByteSource(bytes))) == Array("padded".utf8))
    }

    @Test(arguments: [[UInt8(0x41)], [0, 0, 0, 7], [0x1f, 0x8c, 0, 0], [0x1f]])
    func trailingGarbageIsRefused(garbage: [UInt8]) throws {
        let bytes = try GzipWriter.compress(Array("data".utf8)) + garbage
        let error = #expect(throws: ArchiveError.self) { try drain(GzipReader(upstream: MemoryByteSource(bytes))) }
        #expect(error?.id == "gzip.trailing-garbage")
    }

    @Test func totalLimitStopsInflationAtTheLimit() throws {
        let bytes = try GzipWriter.compress(sampleBytes(100_000))
        let reader = try GzipReader(upstream: MemoryByteSource(bytes), limits: ArchiveLimits(maxTotalSize: 10_000))
        var returned = 0
        let error = #expect(throws: ArchiveError.self) {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = try buffer.withUnsafeMutableBytes { try reader.read(into: $0) }
                if n == 0 { break }
                returned += n
            }
        }
        #expect(error?.id == "archive.limit")
        #expect(returned <= 10_000)
        #expect(reader.inflatedCount <= 10_001)
    }

    @Test func ratioLimitRefusesABomb() throws {
        // 64 MiB of zeros compress about 1000:1.
        let sink = MemorySink()
        let writer = try GzipWriter(sink: sink, level: 9)
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        for _ in 0..<64 { try writer.write(zeros) }
        try writer.close()
        let reader = try GzipReader(upstream: MemoryByteSource(sink.bytes))
        let error = #expect(throws: ArchiveError.self) { try drain(reader) }
        #expect(error?.id == "archive.limit")
        #expect(error?.message.contains("ratio") == true)
        #expect(reader.inflatedCount < 2 << 20)
    }

    @Test func sharedBudgetCountsAcrossReaders() throws {
        let budget = InflationBudget(limit: 15_000)
        let bytes = try GzipWriter.compress(sampleBytes(10_000))
        _ = try drain(GzipReader(upstream: MemoryByteSource(bytes), budget: budget))
        #expect(budget.used == 10_000)
        let error = #expect(throws: ArchiveError.self) {
            try drain(GzipReader(upstream: MemoryByteSource(bytes), budget: budget, member: "b.gz"))
        }
        #expect(error?.id == "archive.limit")
        #expect(error?.member == "b.gz")
        #expect(budget.used <= 15_001)
    }
}
