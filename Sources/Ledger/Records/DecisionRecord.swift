import DossierModel
import Foundation
import GRDB

/// A row of `decision`: what one run decided about one dossier version. At most one row
/// per dossier id has `is_current = 1` (a partial unique index holds it).
struct DecisionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "decision"

    var id: Int64?
    var dossierID: String
    var contentHash: String
    var runID: Int64
    var outcome: String
    var catalogueID: String?
    /// The reference files used, as a JSON array of `ReferenceUse` with sorted keys.
    var versions: String
    var body: Data
    var bodyEncoding: String
    var decidedAt: Date
    var isCurrent: Bool

    enum CodingKeys: String, CodingKey {
        case id, outcome, versions, body
        case dossierID = "dossier_id"
        case contentHash = "content_hash"
        case runID = "run_id"
        case catalogueID = "catalogue_id"
        case bodyEncoding = "body_encoding"
        case decidedAt = "decided_at"
        case isCurrent = "is_current"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let dossierID = Column(CodingKeys.dossierID)
        static let contentHash = Column(CodingKeys.contentHash)
        static let runID = Column(CodingKeys.runID)
        static let outcome = Column(CodingKeys.outcome)
        static let isCurrent = Column(CodingKeys.isCurrent)
    }

    /// The public value, with the outcome and the reference list decoded.
    func stored() throws -> StoredDecision {
        guard let decoded = Outcome(rawValue: outcome) else {
            throw LedgerRecordError("decision \(id.map(String.init) ?? "?") has outcome '\(outcome)'")
        }
        let references = try JSONDecoder().decode([ReferenceUse].self, from: Data(versions.utf8))
        return StoredDecision(
            key: DossierKey(dossierID: dossierID, contentHash: contentHash), runID: RunID(rawValue: runID), outcome: decoded,
            catalogueID: catalogueID, references: references, body: EncodedBlob(bytes: body, encoding: bodyEncoding),
            decidedAt: decidedAt, isCurrent: isCurrent)
    }
}
