import DossierModel
import Foundation
import Hummingbird
import Ledger
import Packets
import Pipeline

/// `/api/`: the pages' facts as JSON for other systems, read-only (reviewer actions are
/// recorded through the pages' forms, with a CSRF token).
extension WorkbenchRoutes {
    func addAPI(to router: Router<WorkbenchContext>) {
        router.get("/api/queues") { _, _ in try await json { try queuesJSON() } }
        router.get("/api/queues/:queue") { request, context in
            let id = try PathID.decode(context.parameters.get("queue"), what: "queue id")
            let query = FormData(request.uri.query)
            return try await json { try queueJSON(id, query: query) }
        }
        router.get("/api/dossiers/:dossier") { _, context in
            let id = try PathID.decode(context.parameters.get("dossier"), what: "dossier id")
            return try await Blocking.run {
                let content = try dossierContent(id)
                let document = WorkbenchJSON.Dossier(
                    id: id, row: content.row, state: content.state, actions: content.actions, history: content.history)
                return WorkbenchResponse.json(try WorkbenchJSON.encode(document, withPacket: content.packet?.json))
            }
        }
        router.get("/api/search") { request, _ in
            let query = FormData(request.uri.query)["q"] ?? ""
            return try await json {
                let (hits, total) = workbench.index.search(query, limit: SearchPage.limit)
                let states = try workbench.snapshot()
                return WorkbenchJSON.Search(
                    query: query, total: total,
                    hits: hits.map { WorkbenchJSON.SearchHit(dossier: .init($0.0, state: states[$0.0.id] ?? ReviewState()), foundBy: $0.1) }
                )
            }
        }
        router.get("/api/runs") { _, _ in
            try await json { try workbench.ledger.recentRuns(limit: 200).map { WorkbenchJSON.Run($0) } }
        }
        router.get("/api/runs/:run") { _, context in
            let id = try runID(context)
            return try await json {
                guard let run = try workbench.ledger.run(id) else { throw WorkbenchRefusal.notFound("the ledger has no run \(id)") }
                return WorkbenchJSON.Run(run, hasReport: try workbench.ledger.runReport(id, kind: .reclassify) != nil)
            }
        }
        router.get("/api/runs/:run/reclassify") { _, context in
            let id = try runID(context)
            return try await Blocking.run {
                guard let report = try workbench.ledger.runReport(id, kind: .reclassify) else {
                    throw WorkbenchRefusal.notFound("run \(id) made no re-classification report")
                }
                return WorkbenchResponse.json(report)
            }
        }
        router.get("/api/actions") { request, _ in
            let query = FormData(request.uri.query)
            guard let after = Int64(query["after"] ?? "0"), after >= 0, let limit = Int(query["limit"] ?? "1000"),
                (1...10_000).contains(limit)
            else { throw WorkbenchRefusal.badRequest("after is an action id (0 or more), limit a number from 1 to 10000") }
            return try await json {
                let actions = try workbench.ledger.reviewActions(after: after, kind: nil, limit: limit)
                return WorkbenchJSON.Actions(actions: actions, next: actions.count == limit ? actions.last?.id : nil)
            }
        }
    }

    func json(_ make: @escaping @Sendable () throws -> some Encodable & Sendable) async throws -> Response {
        WorkbenchResponse.json(try await Blocking.run { try WorkbenchJSON.encode(make()) })
    }

    func queuesJSON() throws -> WorkbenchJSON.Queues {
        let index = workbench.index
        let reviewed = index.reviewCounts(states: try workbench.snapshot())
        return WorkbenchJSON.Queues(
            asOfRun: index.mark.run?.rawValue, dossiers: index.dossiers.count,
            queues: index.queues.map { summary($0, index: index, reviewed: reviewed) })
    }

    func summary(
        _ queue: WorkbenchIndex.Queue, index: WorkbenchIndex, reviewed: [String: [ReviewStatus: Int]]
    ) -> WorkbenchJSON.QueueSummary {
        let counts = index.counts(of: queue, reviewed: reviewed)
        return WorkbenchJSON.QueueSummary(
            id: queue.id, name: queue.name, nameEn: queue.nameEn, dossiers: queue.members.count,
            outcomes: Dictionary(uniqueKeysWithValues: counts.outcomes.map { ($0.key.rawValue, $0.value) }),
            statuses: Dictionary(uniqueKeysWithValues: counts.statuses.map { ($0.key.rawValue, $0.value) }))
    }

    func queueJSON(_ id: String, query: FormData) throws -> WorkbenchJSON.QueueListing {
        let index = workbench.index
        guard let queue = index.queue(id) else { throw WorkbenchRefusal.notFound("there is no queue \(id)") }
        let states = try workbench.snapshot()
        let filter = try Self.filter(query)
        let listing = index.listing(queue, filter: filter, states: states, page: try Self.page(query), pageSize: QueuePage.pageSize)
        return WorkbenchJSON.QueueListing(
            queue: summary(queue, index: index, reviewed: index.reviewCounts(states: states)), total: listing.total, page: listing.page,
            pageCount: listing.pageCount,
            pageSize: listing.pageSize, dossiers: listing.rows.map { .init($0, state: states[$0.id] ?? ReviewState()) })
    }
}
