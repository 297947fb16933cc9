import DossierModel
import Foundation
import Testing

@testable import OutboundCompression

/// Paths of the shared real test files: `../shared/realdata/` beside the repository root,
/// which is three levels up from this file (`Tests/<Target>/<File>.swift`).
enum RealData {
    static func path(_ relative: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/realdata").appendingPathComponent(relative)
            .standardizedFileURL.path
    }

    /// The names of the files in a real-data folder.
    static func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(folder)).sorted()
    }
}

/// A fresh temporary folder for archives built by the writers, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("outbound-compression-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Reads a whole stream in chunks of `chunk` bytes (small chunks exercise the buffering).
func drain(_ source: any ByteSource, chunk: Int = 64 * 1024, limit: Int = 1 << 30) throws -> [UInt8] {
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
        let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        if n == 0 { return out }
        out.append(contentsOf: buffer[0..<n])
        #expect(out.count <= limit)
        if out.count > limit { return out }
    }
}

/// The bytes of a file, read through `FileByteSource`.
func contents(of path: String) throws -> [UInt8] {
    try drain(FileByteSource(path: path))
}

/// Deterministic bytes that compress somewhat, like text.
func sampleBytes(_ count: Int, seed: UInt64 = 42) -> [UInt8] {
    var state = seed
    let words = Array("transfer licence patent catalogue assignment dossier review ".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(count)
    while out.count < count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let start = Int(state >> 33) % (words.count - 8)
        out.append(contentsOf: words[start..<(start + 1 + Int(state >> 60) % 7)])
        if state & 0xff < 8 { out.append(UInt8(truncatingIfNeeded: state >> 24)) }
    }
    return Array(out.prefix(count))
}

/// Opens a zip, then reads every member to the end (where sizes and CRCs are checked).
@discardableResult
func readWholeZip(_ archive: ZipArchive) throws -> [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    for member in archive.members where !member.isDirectory {
        out[member.name] = try drain(archive.openMember(member))
    }
    return out
}

/// Reads every member of a tar stream.
func readWholeTar(_ reader: TarReader) throws -> [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    while let member = try reader.next() {
        out[member.name] = try drain(member.body)
    }
    return out
}

/// Replaces 4 little-endian bytes at `offset`.
func patchUInt32(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
    for i in 0..<4 { bytes[offset + i] = UInt8((value >> (8 * UInt32(i))) & 0xff) }
}

/// Offsets of every occurrence of `signature` in `bytes`.
func offsets(of signature: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard bytes.count >= signature.count else { return [] }
    return (0...(bytes.count - signature.count)).filter { bytes[$0..<($0 + signature.count)].elementsEqual(signature) }
}
