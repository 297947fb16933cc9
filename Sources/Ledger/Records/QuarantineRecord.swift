import DossierModel
import Foundation
import GRDB

/// A row of `quarantine`: a dossier (or a whole input) a run could not read, with the reason.
struct QuarantineRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "quarantine"

    var id: Int64?
    var runID: Int64
    var dossierID: String?
    var contentHash: String?
    var file: String
    /// The place inside `file` (`!member:line:column`, the parts known), `""` for the whole file.
    var position: String
    var reason: String
    var diagnosticID: String
    /// The whole `Quarantine` as JSON with sorted keys, diagnostics included.
    var detail: String
    var recordedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, file, position, reason, detail
        case runID = "run_id"
        case dossierID = "dossier_id"
        case contentHash = "content_hash"
        case diagnosticID = "diagnostic_id"
        case recordedAt = "recorded_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let runID = Column(CodingKeys.runID)
        static let dossierID = Column(CodingKeys.dossierID)
    }

    /// The row for `quarantine` recorded by `run`.
    init(_ quarantine: Quarantine, run: RunID, at date: Date) throws {
        let location = quarantine.location
        id = nil
        runID = run.rawValue
        dossierID = quarantine.dossierId
        contentHash = quarantine.contentHash
        file = location.file
        position = String(location.description.dropFirst(location.file.count))
        reason = quarantine.reason
        diagnosticID = quarantine.diagnosticId
        detail = try LedgerRows.json(quarantine)
        recordedAt = date
    }

    /// The public value, decoded from `detail`.
    func stored() throws -> StoredQuarantine {
        try StoredQuarantine(detail: detail, runID: runID, recordedAt: recordedAt)
    }
}
