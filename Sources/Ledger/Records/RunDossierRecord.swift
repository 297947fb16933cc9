import Foundation
import GRDB

/// A row of `run_dossier`: a dossier version a run saw, and whether it decided or skipped it.
struct RunDossierRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "run_dossier"

    var runID: Int64
    var dossierID: String
    var contentHash: String
    var disposition: String

    enum CodingKeys: String, CodingKey {
        case disposition
        case runID = "run_id"
        case dossierID = "dossier_id"
        case contentHash = "content_hash"
    }

    enum Columns {
        static let runID = Column(CodingKeys.runID)
        static let dossierID = Column(CodingKeys.dossierID)
        static let contentHash = Column(CodingKeys.contentHash)
    }

    /// The public value.
    func value() throws -> RunDossier {
        guard let disposition = RunDossier.Disposition(rawValue: disposition) else {
            throw LedgerRowProblem("run \(runID) saw \(dossierID) with disposition '\(self.disposition)'")
        }
        return RunDossier(key: DossierKey(dossierID: dossierID, contentHash: contentHash), disposition: disposition)
    }
}
