import Foundation
import Hashing
import Testing

@Suite struct ContentHashTests {
    /// FIPS 180-2 test vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(text: String, expected: String) {
        #expect(ContentHash.sha256(text: text) == expected)
    }

    @Test func pieceByPieceEqualsWhole() {
        let bytes = Data((0..<100_000).map { UInt8($0 % 251) })
        var hasher = ContentHasher()
        var offset = 0
        for size in [1, 63, 64, 65, 4096, 100_000] where offset < bytes.count {
            let end = min(bytes.count, offset + size)
            hasher.update(bytes[offset..<end])
            offset = end
        }
        #expect(hasher.finalise() == ContentHash.sha256(bytes))
    }

    @Test func fileHashEqualsBytesHash() throws {
        let path = NSTemporaryDirectory() + "content-hash-\(UUID().uuidString).bin"
        let bytes = Data((0..<3_000_000).map { UInt8(($0 * 7) % 256) })
        try bytes.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ContentHash.sha256(file: path) == ContentHash.sha256(bytes))
        #expect(throws: (any Error).self) { try ContentHash.sha256(file: path + ".missing") }
    }
}
