import Foundation
import GRDB

/// A row of `input_file`: a file a run read, with its size and SHA-256.
struct InputFileRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "input_file"

    var id: Int64?
    var runID: Int64
    var path: String
    var size: Int64
    var sha256: String
    var registeredAt: Date

    enum CodingKeys: String, CodingKey {
        case id, path, size, sha256
        case runID = "run_id"
        case registeredAt = "registered_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let runID = Column(CodingKeys.runID)
        static let path = Column(CodingKeys.path)
        static let sha256 = Column(CodingKeys.sha256)
    }
}
