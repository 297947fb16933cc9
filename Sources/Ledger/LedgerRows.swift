import DossierModel
import Foundation

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
            guard !version.body.encoding.isEmpty, !decision.body.encoding.isEmpty else {
                throw invalid("the dossier or decision blob of \(key) has no encoding name")
            }
        case .quarantined(let quarantine):
            guard !quarantine.diagnosticId.isEmpty else { throw invalid("a quarantine has no diagnostic id") }
            if let hash = quarantine.contentHash {
                try requireSHA256(
                    hash, of: "quarantined dossier \(quarantine.dossierId ?? quarantine.location.description)", invalid: invalid)
            }
        }
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
    /// A decision from the columns of its row, as either store reads them.
    public init(
        dossierID: String, contentHash: String, runID: Int64, outcome: String, catalogueID: String?, versions: String, body: Data,
        bodyEncoding: String, decidedAt: Date, isCurrent: Bool
    ) throws {
        guard let decoded = Outcome(rawValue: outcome) else {
            throw LedgerRowProblem("the decision on \(dossierID) has outcome '\(outcome)'")
        }
        self.init(
            key: DossierKey(dossierID: dossierID, contentHash: contentHash), runID: RunID(rawValue: runID), outcome: decoded,
            catalogueID: catalogueID, references: try JSONDecoder().decode([ReferenceUse].self, from: Data(versions.utf8)),
            body: EncodedBlob(bytes: body, encoding: bodyEncoding), decidedAt: decidedAt, isCurrent: isCurrent)
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
