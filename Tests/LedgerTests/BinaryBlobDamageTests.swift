import DossierModel
import Foundation
import LedgerTestSupport
import Testing

@testable import Ledger

/// A damaged binary blob is an error naming what is wrong, never a crash: every prefix of a
/// dossier's and a decision's blob, and the blob with any one byte changed.
struct BinaryBlobDamageTests {
    typealias F = LedgerFixtures

    static func blobs() throws -> [(String, [UInt8], (([UInt8]) throws -> Void))] {
        let dossier = F.dossier("DMG-1")
        let decision = F.decision(for: dossier, outcome: .exportLicence)
        return [
            ("dossier", try BinaryEncoder.encode(dossier), { _ = try BinaryDecoder.decode(Dossier.self, from: $0) }),
            ("decision", try BinaryEncoder.encode(decision), { _ = try BinaryDecoder.decode(Decision.self, from: $0) }),
        ]
    }

    @Test func everyTruncationIsAnError() throws {
        for (name, bytes, decode) in try Self.blobs() {
            #expect(bytes.count > 4, "\(name)")
            try decode(bytes)
            for length in 0..<bytes.count {
                #expect(throws: BinaryDecodingError.self, "\(name) cut at \(length) of \(bytes.count)") {
                    try decode(Array(bytes[..<length]))
                }
            }
        }
    }

    /// A nil in an array would read back as an empty string: refused when written.
    @Test func aNilOutsideAFieldIsRefused() throws {
        let optionals: [String?] = ["a", nil]
        #expect(throws: EncodingError.self) { try BinaryEncoder.encode(optionals) }
        #expect(throws: EncodingError.self) { try BinaryEncoder.encode(Optional<String>.none) }
        #expect(try BinaryDecoder.decode([String?].self, from: BinaryEncoder.encode(["a", "" as String?])) == ["a", ""])
    }

    @Test func anyChangedByteDecodesOrFailsWithoutCrashing() throws {
        for (_, bytes, decode) in try Self.blobs() {
            for index in bytes.indices {
                for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF] where value != bytes[index] {
                    var damaged = bytes
                    damaged[index] = value
                    // Either outcome is fine; what must not happen is a trap or a hang.
                    _ = try? decode(damaged)
                }
            }
        }
    }
}
