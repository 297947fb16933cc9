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
        try StoredDecision(
            dossierID: dossierID, contentHash: contentHash, runID: runID, outcome: outcome, catalogueID: catalogueID,
            versions: versions, body: body, bodyEncoding: bodyEncoding, decidedAt: decidedAt, isCurrent: isCurrent)
    }
}
