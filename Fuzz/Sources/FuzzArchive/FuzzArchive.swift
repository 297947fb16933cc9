import DossierModel
import OutboundCompression

/// Small limits, so that a bomb is stopped in milliseconds and libFuzzer's RSS limit is
/// never the thing that stops it.
let fuzzLimits = ArchiveLimits(
    maxMemberSize: 1 << 20, maxTotalSize: 4 << 20, maxRatio: 200, ratioThreshold: 64 << 10,
    maxMemberCount: 1_000, maxNestingDepth: 2)

/// libFuzzer entry point: the input is one archive or compressed file held in memory.
///
/// The same bytes go through every reader, whatever their magic: gzip (multi-member), zip
/// (directory, then every member inflated and checked), tar, and tar inside gzip. Any
/// outcome is fine (members read, an `ArchiveError`) except a crash, a sanitizer report, a
/// leak, a timeout or running out of memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    readGzip(bytes)
    readZip(bytes)
    readTar(MemoryByteSource(bytes))
    if let gzip = try? GzipReader(upstream: MemoryByteSource(bytes), limits: fuzzLimits) {
        readTar(gzip)
    }
    return 0
}

func readGzip(_ bytes: [UInt8]) {
    guard let reader = try? GzipReader(upstream: MemoryByteSource(bytes), limits: fuzzLimits) else { return }
    _ = try? reader.readAll(limit: 8 << 20)
}

func readZip(_ bytes: [UInt8]) {
    guard let archive = try? ZipArchive(source: MemoryRandomAccessSource(bytes), limits: fuzzLimits) else { return }
    for member in archive.members where !member.isDirectory {
        guard let body = try? archive.openMember(member) else { continue }
        _ = try? body.readAll(limit: 8 << 20)
    }
}

func readTar(_ source: ByteSource) {
    guard let reader = try? TarReader(source: source, limits: fuzzLimits) else { return }
    var count = 0
    while count < 2_000, let member = try? reader.next() {
        count += 1
        _ = try? member.body.readAll(limit: 8 << 20)
    }
}
