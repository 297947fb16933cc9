import DossierModel
import Foundation
import GRDB

/// A row of `dossier`: one version of a dossier (id and content hash) with the normalised
/// dossier as the caller encoded it.
struct DossierRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "dossier"

    var id: Int64?
    var dossierID: String
    var contentHash: String
    /// `YYYY-MM-DD`, so ranges compare as text.
    var filed: String?
    var firstSeenRun: Int64
    var lastSeenRun: Int64
    var body: Data
    var bodyEncoding: String

    enum CodingKeys: String, CodingKey {
        case id, filed, body
        case dossierID = "dossier_id"
        case contentHash = "content_hash"
        case firstSeenRun = "first_seen_run"
        case lastSeenRun = "last_seen_run"
        case bodyEncoding = "body_encoding"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let dossierID = Column(CodingKeys.dossierID)
        static let contentHash = Column(CodingKeys.contentHash)
        static let filed = Column(CodingKeys.filed)
        static let firstSeenRun = Column(CodingKeys.firstSeenRun)
        static let lastSeenRun = Column(CodingKeys.lastSeenRun)
    }

    var key: DossierKey { DossierKey(dossierID: dossierID, contentHash: contentHash) }

    /// The public value with its body.
    func version() -> DossierVersion {
        DossierVersion(key: key, filed: filed.flatMap(CalendarDate.init(iso:)), body: EncodedBlob(bytes: body, encoding: bodyEncoding))
    }
}
