import Foundation
import GRDB

/// A row of `packet`: a packet file a run wrote for a dossier version.
struct PacketRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "packet"

    var id: Int64?
    var dossierID: String
    var contentHash: String
    var runID: Int64
    var kind: String
    var path: String
    var sha256: String
    var writtenAt: Date

    enum CodingKeys: String, CodingKey {
        case id, kind, path, sha256
        case dossierID = "dossier_id"
        case contentHash = "content_hash"
        case runID = "run_id"
        case writtenAt = "written_at"
    }

    enum Columns {
        static let dossierID = Column(CodingKeys.dossierID)
        static let contentHash = Column(CodingKeys.contentHash)
        static let runID = Column(CodingKeys.runID)
        static let writtenAt = Column(CodingKeys.writtenAt)
    }

    /// The public value.
    func stored() throws -> StoredPacket {
        try StoredPacket(
            dossierID: dossierID, contentHash: contentHash, kind: kind, path: path, sha256: sha256, runID: runID, writtenAt: writtenAt)
    }
}
