import DossierModel
import Foundation
import Ledger
import Packets

/// The JSON the workbench's `/api/` answers with: the same facts as the pages, with sorted
/// keys and ISO 8601 times, so other systems (and diffs) read them stably.
enum WorkbenchJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// `{"packet": <the packet's JSON as stored>, ...rest}`: the packet's bytes are those
    /// of its `packets.jsonl` line, not re-encoded.
    static func encode(_ value: some Encodable, withPacket packet: [UInt8]?) throws -> Data {
        let rest = try encode(value)
        guard let packet else { return rest }
        var data = Data("{\"packet\":".utf8)
        data.append(contentsOf: packet.last == 0x0A ? Array(packet.dropLast()) : packet)
        let tail = rest.dropFirst()  // "{" of the rest
        if tail.first != UInt8(ascii: "}") { data.append(UInt8(ascii: ",")) }
        data.append(tail)
        return data
    }

    struct QueueSummary: Codable {
        var id: String
        var name: String
        var nameEn: String
        var dossiers: Int
        var outcomes: [String: Int]
        var statuses: [String: Int]
    }

    struct Queues: Codable {
        var asOfRun: Int64?
        var dossiers: Int
        var queues: [QueueSummary]
    }

    struct Row: Codable {
        var id: String
        var outcome: String
        var filed: String?
        var province: String?
        var flags: [String]
        var entries: [IndexedDossier.Entry]
        var queues: [String]
        var due: String?
        var dueClock: String?
        var run: Int64
        var reclassified: Bool
        var openMatches: [IndexedDossier.Match]
        var review: ReviewState

        init(_ dossier: IndexedDossier, state: ReviewState) {
            id = dossier.id
            outcome = dossier.outcome.rawValue
            filed = dossier.filed?.description
            province = dossier.province
            flags = dossier.flags
            entries = dossier.entries
            queues = dossier.queues
            due = dossier.due?.description
            dueClock = dossier.dueClock
            run = dossier.run.rawValue
            reclassified = dossier.reclassified
            openMatches = dossier.openMatches
            review = state
        }
    }

    struct QueueListing: Codable {
        var queue: QueueSummary
        var total: Int
        var page: Int
        var pageCount: Int
        var pageSize: Int
        var dossiers: [Row]
    }

    struct SearchHit: Codable {
        var dossier: Row
        var foundBy: String
    }

    struct Search: Codable {
        var query: String
        var total: Int
        var hits: [SearchHit]
    }

    struct Run: Codable {
        var id: Int64
        var pipeline: String
        var outboundVersion: String
        var startedAt: Date
        var finishedAt: Date?
        var status: String
        var counts: [String: Int]
        var hasReclassifyReport: Bool?

        init(_ run: LedgerRun, hasReport: Bool? = nil) {
            id = run.id.rawValue
            pipeline = run.pipelineID
            outboundVersion = run.outboundVersion
            startedAt = run.startedAt
            finishedAt = run.finishedAt
            status = run.status.rawValue
            counts = run.counts
            hasReclassifyReport = hasReport
        }
    }

    struct Decision: Codable {
        var run: Int64
        var decidedAt: Date
        var current: Bool
        var contentHash: String
        var outcome: String
        var catalogue: String?
        var change: ReclassifyChange?
    }

    struct Quarantine: Codable {
        var run: Int64
        var recordedAt: Date
        var reason: String
    }

    struct Dossier: Codable {
        var id: String
        var row: Row?
        var review: ReviewState
        var actions: [ReviewAction]
        var decisions: [Decision]
        var quarantines: [Quarantine]

        init(id: String, row: IndexedDossier?, state: ReviewState, actions: [ReviewAction], history: DossierHistory) {
            self.id = id
            self.row = row.map { Row($0, state: state) }
            review = state
            self.actions = actions
            decisions = history.decisions.map {
                Decision(
                    run: $0.runID.rawValue, decidedAt: $0.decidedAt, current: $0.isCurrent, contentHash: $0.key.contentHash,
                    outcome: $0.outcome.rawValue, catalogue: $0.catalogueID, change: $0.change)
            }
            quarantines = history.quarantines.map {
                Quarantine(run: $0.runID.rawValue, recordedAt: $0.recordedAt, reason: $0.quarantine.reason)
            }
        }
    }

    struct Actions: Codable {
        var actions: [ReviewAction]
        var next: Int64?
    }
}
