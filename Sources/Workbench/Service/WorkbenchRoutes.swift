import DossierModel
import Foundation
import HTTPTypes
import Hummingbird
import Ledger
import Packets
import Pipeline

/// The workbench's addresses: the pages, the reviewer actions (POST, with a CSRF token), and
/// `/api/` with the same facts as JSON. Every handler reads and renders off the event loops
/// (`Blocking`).
struct WorkbenchRoutes {
    let workbench: Workbench

    func add(to router: Router<WorkbenchContext>) {
        router.get("/") { _, context in try await page(context) { reviewer in try home(reviewer) } }
        // Browsers ask for it; the pages name none (`<link rel="icon" href="data:,">`).
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/queues/:queue") { request, context in
            let id = try PathID.decode(context.parameters.get("queue"), what: "queue id")
            let query = FormData(request.uri.query)
            return try await page(context) { reviewer in try queuePage(id, query: query, reviewer: reviewer) }
        }
        router.get("/dossiers/:dossier") { _, context in
            let id = try PathID.decode(context.parameters.get("dossier"), what: "dossier id")
            return try await Blocking.run { try dossierPage(id, context: context) }
        }
        router.get("/dossiers/:dossier/packet.html") { _, context in
            let id = try PathID.decode(context.parameters.get("dossier"), what: "dossier id")
            let bytes = try await Blocking.run { try packet(id, html: true) }
            return WorkbenchResponse.bytes(bytes, type: "text/html; charset=utf-8")
        }
        router.get("/dossiers/:dossier/packet.json") { _, context in
            let id = try PathID.decode(context.parameters.get("dossier"), what: "dossier id")
            return WorkbenchResponse.json(try await Blocking.run { try packet(id, html: false) })
        }
        router.post("/dossiers/:dossier/actions") { request, context in try await act(request, context: context, clear: false) }
        router.post("/dossiers/:dossier/clear") { request, context in try await act(request, context: context, clear: true) }
        router.get("/search") { request, context in
            let query = FormData(request.uri.query)["q"] ?? ""
            return try await page(context) { reviewer in
                let (hits, total) = workbench.index.search(query, limit: SearchPage.limit)
                return SearchPage.render(query: query, hits: hits, total: total, states: try workbench.snapshot(), reviewer: reviewer)
            }
        }
        router.get("/runs") { _, context in
            try await page(context) { reviewer in RunsPage.list(try workbench.ledger.recentRuns(limit: 200), reviewer: reviewer) }
        }
        router.get("/runs/:run") { _, context in
            let id = try runID(context)
            return try await page(context) { reviewer in
                guard let run = try workbench.ledger.run(id) else { throw WorkbenchRefusal.notFound("the ledger has no run \(id)") }
                return RunsPage.render(
                    run, inputs: try workbench.ledger.inputFiles(in: id), report: try workbench.ledger.runReport(id, kind: .reclassify),
                    reviewer: reviewer)
            }
        }
        router.get("/actions") { _, context in
            try await page(context) { reviewer in
                let all = try workbench.ledger.allReviewActions()
                return ActionsPage.render(Array(all.suffix(1000)), total: all.count, reviewer: reviewer)
            }
        }
        router.get("/actions.csv") { _, _ in
            let csv = try await Blocking.run { ActionsPage.csv(try workbench.ledger.allReviewActions()) }
            var response = WorkbenchResponse.bytes(Data(csv.utf8), type: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"review-actions.csv\""
            return response
        }
        addAPI(to: router)
    }

    // MARK: - pages

    /// Renders a page off the event loop with the signed-in user in its navigation.
    func page(_ context: WorkbenchContext, _ render: @escaping @Sendable (String?) throws -> String) async throws -> Response {
        let user = context.user
        return WorkbenchResponse.html(try await Blocking.run { try render(user) })
    }

    func home(_ reviewer: String?) throws -> String {
        HomePage.render(
            index: workbench.index, states: try workbench.snapshot(), runs: try workbench.ledger.recentRuns(limit: 10), reviewer: reviewer)
    }

    func queuePage(_ id: String, query: FormData, reviewer: String?) throws -> String {
        let index = workbench.index
        guard let queue = index.queue(id) else { throw WorkbenchRefusal.notFound("there is no queue \(id)") }
        let filter = try Self.filter(query)
        let states = try workbench.snapshot()
        let listing = index.listing(queue, filter: filter, states: states, page: try Self.page(query), pageSize: QueuePage.pageSize)
        return QueuePage.render(queue: queue, index: index, filter: filter, listing: listing, states: states, reviewer: reviewer)
    }

    func dossierPage(_ id: String, context: WorkbenchContext) throws -> Response {
        let content = try dossierContent(id)
        let page = DossierPage.render(
            DossierPage.Content(
                id: id, row: content.row, state: content.state, actions: content.actions, history: content.history,
                packetBody: content.packet?.page.flatMap { DossierPage.body(ofPacket: $0.bytes) },
                csrf: workbench.csrfToken(session: context.session), reviewer: context.user ?? context.rememberedReviewer,
                signedIn: context.user != nil))
        return WorkbenchResponse.html(page)
    }

    struct DossierContent {
        var row: IndexedDossier?
        var state: ReviewState
        var actions: [ReviewAction]
        var history: DossierHistory
        var packet: RenderedPacket?
    }

    func dossierContent(_ id: String) throws -> DossierContent {
        let history = try workbench.ledger.history(of: id)
        let actions = try workbench.ledger.reviewActions(of: id)
        guard !history.isEmpty || !actions.isEmpty else { throw WorkbenchRefusal.notFound("the ledger has no dossier \(id)") }
        // The row and the packet from the ledger's current record, not the index: a run that
        // finished a moment ago shows here at once.
        let (state, row) = try current(id)
        let packet = try state.flatMap { try workbench.packets.render($0, html: PacketPaths(dossierID: id).html) }
        _ = try workbench.snapshot()
        return DossierContent(row: row, state: workbench.state(of: id), actions: actions, history: history, packet: packet)
    }

    /// A dossier's current record in the ledger, and its row as the index would hold it (nil
    /// when the latest record is a quarantine).
    func current(_ id: String) throws -> (DossierState?, IndexedDossier?) {
        guard let state = try workbench.ledger.state(of: id) else { return (nil, nil) }
        guard case .decided(let stored) = state.latest else { return (state, nil) }
        let version = try state.version.flatMap { $0.key == stored.key ? $0 : nil } ?? workbench.ledger.storedVersion(stored.key)
        let row = IndexedDossier(
            decision: try stored.decoded(), dossier: try version.map { try LedgerBlobCodec.decode(Dossier.self, $0.body) },
            run: stored.runID, reclassified: stored.change != nil)
        return (state, row)
    }

    /// The packet as the run wrote it: its page, or its `packets.jsonl` line.
    func packet(_ id: String, html: Bool) throws -> Data {
        guard let packet = try workbench.packets.render(id, html: html ? PacketPaths(dossierID: id).html : nil) else {
            throw WorkbenchRefusal.notFound("the ledger has no packet of \(id)")
        }
        if html, let page = packet.page { return page.bytes }
        return Data(packet.json)
    }

    // MARK: - actions

    /// A reviewer action from a form: the CSRF token checked, the fields validated, the
    /// action recorded, then 303 back to the dossier's review section.
    func act(_ request: Request, context: WorkbenchContext, clear: Bool) async throws -> Response {
        let id = try PathID.decode(context.parameters.get("dossier"), what: "dossier id")
        var request = request
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else {
            throw WorkbenchRefusal(status: .unsupportedMediaType, message: "post the form as application/x-www-form-urlencoded")
        }
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let form = FormData(Substring(String(buffer: body)))
        guard workbench.checkCSRF(form["csrf"], session: context.session) else {
            throw WorkbenchRefusal.forbidden(
                "the form's CSRF token is missing or not this session's: reload the dossier page and try again")
        }
        let reviewer = context.user ?? form["reviewer"]
        guard let reviewer, reviewer.count <= 120 else {
            throw WorkbenchRefusal.badRequest("give your name as the reviewer (at most 120 characters)")
        }
        let action = try Self.action(id: id, form: form, reviewer: reviewer, clear: clear)
        let recorded = try await Blocking.run { () throws -> ReviewAction in
            let (state, row) = try current(id)
            let known = try state != nil || !workbench.ledger.reviewActions(of: id).isEmpty
            guard known else {
                throw WorkbenchRefusal.notFound("the ledger has no dossier \(id)")
            }
            if let clearance = action.clearance {
                let open = row?.openMatches ?? []
                guard
                    open.contains(where: { $0.party == clearance.party && $0.listID == clearance.listID && $0.entryID == clearance.entryID }
                    )
                else {
                    throw WorkbenchRefusal(
                        status: .conflict,
                        message:
                            "\(id) has no open match of \(clearance.party) with \(clearance.listID) entry \(clearance.entryID) to clear")
                }
            }
            return try workbench.record(action)
        }
        var response = WorkbenchResponse.seeOther("/dossiers/\(PathText.segment(id))#action-\(recorded.id)")
        if context.user == nil {
            let value = reviewer.addingPercentEncoding(withAllowedCharacters: PathText.segmentAllowed) ?? ""
            response.headers.append(
                HTTPField(name: .setCookie, value: "\(WorkbenchMiddleware.reviewerCookie)=\(value); Path=/; HttpOnly; SameSite=Strict"))
        }
        return response
    }

    static func action(id: String, form: FormData, reviewer: String, clear: Bool) throws -> NewReviewAction {
        let note = form["note"] ?? ""
        guard note.count <= 4000 else { throw WorkbenchRefusal.badRequest("the note is longer than 4000 characters") }
        var action: NewReviewAction
        if clear {
            guard let party = form["party"], let list = form["list"], let entry = form["entry"] else {
                throw WorkbenchRefusal.badRequest("a clearance needs the party, the list and the entry")
            }
            action = NewReviewAction(
                dossierID: id, kind: .clear, reviewer: reviewer, note: note,
                clearance: ReviewAction.Clearance(party: party, listID: list, entryID: entry))
        } else {
            guard let kindText = form["kind"], let kind = ReviewAction.Kind(rawValue: kindText), kind != .clear else {
                throw WorkbenchRefusal.badRequest("the action must be take, done or note")
            }
            var result: ReviewAction.Result?
            if kind == .done {
                guard let text = form["result"], let parsed = ReviewAction.Result(rawValue: text) else {
                    throw WorkbenchRefusal.badRequest("a done action needs a result: approved, refused, returned or referred")
                }
                result = parsed
            }
            action = NewReviewAction(dossierID: id, kind: kind, reviewer: reviewer, note: note, result: result)
        }
        if let problem = action.problem { throw WorkbenchRefusal.badRequest(problem) }
        return action
    }

    // MARK: - parameters

    static func filter(_ query: FormData) throws -> QueueFilter {
        var filter = QueueFilter()
        if let text = query["outcome"] {
            guard let outcome = Outcome(rawValue: text) else { throw WorkbenchRefusal.badRequest("no outcome is called \(text)") }
            filter.outcome = outcome
        }
        if let text = query["status"] {
            guard let status = ReviewStatus(rawValue: text) else { throw WorkbenchRefusal.badRequest("no review status is called \(text)") }
            filter.status = status
        }
        filter.flag = query["flag"]
        filter.province = query["province"]
        filter.entry = query["entry"]
        for (name, keyPath) in [("filed-from", \QueueFilter.filedFrom), ("filed-to", \QueueFilter.filedTo)] {
            guard let text = query[name] else { continue }
            guard let date = CalendarDate(iso: text) else { throw WorkbenchRefusal.badRequest("\(name) must be a date, YYYY-MM-DD") }
            filter[keyPath: keyPath] = date
        }
        if let sort = query["sort"] {
            guard sort == "due" || sort == "-due" else { throw WorkbenchRefusal.badRequest("sort by due or -due") }
            filter.descending = sort == "-due"
        }
        return filter
    }

    static func page(_ query: FormData) throws -> Int {
        guard let text = query["page"] else { return 1 }
        guard let page = Int(text), page >= 1, page <= 1_000_000 else { throw WorkbenchRefusal.badRequest("page must be a number from 1") }
        return page
    }

    func runID(_ context: WorkbenchContext) throws -> RunID {
        guard let text = context.parameters.get("run"), let value = Int64(text), value > 0 else {
            throw WorkbenchRefusal.badRequest("a run id is a positive number")
        }
        return RunID(rawValue: value)
    }
}
