import DossierModel
import Foundation
import Packets

/// What the SQLite and the PostgreSQL ledger share between their rows and the values: the JSON
/// of text columns, the checks a result passes before it is written, and the values decoded
/// from the columns each store reads in its own way.
public enum LedgerRows {
    /// `value` as the JSON of a text column (`versions`, `detail`, `counts`): sorted keys, so
    /// equal values give equal text.
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Throws when a result carries a value the schema would refuse, naming it; `invalid`
    /// makes the store's error.
    public static func validate(_ result: LedgerResult, invalid: (String) -> LedgerError) throws {
        switch result {
        case .decided(let version, let decision):
            let key = version.key
            guard !key.dossierID.isEmpty else { throw invalid("a dossier version has an empty id") }
            try requireSHA256(key.contentHash, of: "dossier \(key.dossierID)", invalid: invalid)
            guard !version.body.bytes.isEmpty, !decision.body.bytes.isEmpty else {
                throw invalid("the dossier or decision blob of \(key) is empty")
            }
        case .quarantined(let quarantine):
            guard !quarantine.diagnosticId.isEmpty else { throw invalid("a quarantine has no diagnostic id") }
            if let hash = quarantine.contentHash {
                try requireSHA256(
                    hash, of: "quarantined dossier \(quarantine.dossierId ?? quarantine.location.description)", invalid: invalid)
            }
        }
    }

    /// Where a quarantine sits after its file (`:12:3`, `!member.xml:4:1`), as its row keeps it.
    public static func position(of location: SourceLocation) -> String {
        String(location.description.dropFirst(location.file.count))
    }

    /// The 32 bytes of a SHA-256 written in lowercase hex, as the ledger stores hashes.
    public static func hashBytes(_ hex: String) throws -> Data {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { throw LedgerRowProblem("'\(hex)' is not a SHA-256 in hex") }
        var bytes = Data(capacity: 32)
        func value(_ digit: UInt8) throws -> UInt8 {
            switch digit {
            case 48...57: return digit - 48
            case 97...102: return digit - 87
            case 65...70: return digit - 55
            default: throw LedgerRowProblem("'\(hex)' is not a SHA-256 in hex")
            }
        }
        for index in stride(from: 0, to: 64, by: 2) { bytes.append(try value(digits[index]) << 4 | value(digits[index + 1])) }
        return bytes
    }

    /// A hash's bytes in lowercase hex.
    public static func hex(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Throws unless `hash` is a lowercase hex SHA-256 (the schema checks it too; this gives
    /// the clearer message).
    public static func requireSHA256(_ hash: String, of what: String, invalid: (String) -> LedgerError) throws {
        let isHex = hash.utf8.count == 64 && hash.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
        guard isHex else { throw invalid("the SHA-256 of \(what) is not 64 lowercase hex digits: '\(hash)'") }
    }
}

/// A row the ledger cannot turn back into a value (written by another tool, or damaged).
public struct LedgerRowProblem: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension StoredDecision {
    /// A decision from the columns of its row, as either store reads them: the outcome as
    /// text, the change as JSON.
    public init(
        key: DossierKey, runID: Int64, outcome: String, catalogueID: String?, references: [ReferenceUse], body: EncodedBlob,
        change: String?, decidedAt: Date, isCurrent: Bool
    ) throws {
        guard let decoded = Outcome(rawValue: outcome) else {
            throw LedgerRowProblem("the decision on \(key.dossierID) has outcome '\(outcome)'")
        }
        self.init(
            key: key, runID: RunID(rawValue: runID), outcome: decoded, catalogueID: catalogueID, references: references, body: body,
            decidedAt: decidedAt, isCurrent: isCurrent,
            change: try change.map { try JSONDecoder().decode(ReclassifyChange.self, from: Data($0.utf8)) })
    }
}

extension StoredQuarantine {
    /// A quarantine from the columns of its row: its `detail` JSON, run and time.
    public init(detail: String, runID: Int64, recordedAt: Date) throws {
        self.init(
            quarantine: try JSONDecoder().decode(Quarantine.self, from: Data(detail.utf8)), runID: RunID(rawValue: runID),
            recordedAt: recordedAt)
    }
}

extension StoredPacket {
    /// A packet from the columns of its row.
    public init(dossierID: String, contentHash: String, kind: String, path: String, sha256: String, runID: Int64, writtenAt: Date) throws {
        guard let decoded = PacketKind(rawValue: kind) else { throw LedgerRowProblem("packet \(path) has kind '\(kind)'") }
        self.init(
            entry: PacketEntry(key: DossierKey(dossierID: dossierID, contentHash: contentHash), kind: decoded, path: path, sha256: sha256),
            runID: RunID(rawValue: runID), writtenAt: writtenAt)
    }
}
