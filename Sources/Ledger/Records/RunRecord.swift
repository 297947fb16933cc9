import Foundation
import GRDB

/// A row of `run`: one execution of a pipeline.
struct RunRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"

    var id: Int64?
    var pipelineID: String
    var outboundVersion: String
    var startedAt: Date
    var finishedAt: Date?
    var status: String
    /// The counts as a JSON object with sorted keys.
    var counts: String
    /// The time the run's packets name.
    var generatedAt: String?

    enum CodingKeys: String, CodingKey {
        case id, status, counts
        case pipelineID = "pipeline_id"
        case outboundVersion = "outbound_version"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case generatedAt = "generated_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let pipelineID = Column(CodingKeys.pipelineID)
        static let status = Column(CodingKeys.status)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The public value, with the counts decoded.
    func value() throws -> LedgerRun {
        guard let id, let status = RunStatus(rawValue: status) else {
            throw LedgerRowProblem("run \(id.map(String.init) ?? "?") has status '\(status)'")
        }
        let decoded = try JSONDecoder().decode([String: Int].self, from: Data(counts.utf8))
        return LedgerRun(
            id: RunID(rawValue: id), pipelineID: pipelineID, outboundVersion: outboundVersion, startedAt: startedAt,
            finishedAt: finishedAt, status: status, counts: decoded, generatedAt: generatedAt)
    }
}
