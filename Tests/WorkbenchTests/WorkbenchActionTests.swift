import DossierModel
import Foundation
import HTTPTypes
import Hashing
import Ledger
import Packets
import Pipeline
import Testing

@testable import Workbench

/// Reviewer actions through the forms: recorded append-only with who, when and why, refused
/// without this session's CSRF token; a clearance is applied by the next nightly and by
/// re-classification, with the reviewer's note in the decision's audit.
@Suite struct WorkbenchActionTests {
    static let licence = "RV-LICENCE-UAV"
    static let skyward = [("party", "Skyward Systems Ltd"), ("list", "us-csl"), ("entry", "hf94210b8f2879ee0")]

    @Test func takeNoteAndDoneAreRecordedAndShown() async throws {
        let fixture = try WorkbenchFixture()
        try await fixture.serve { client in
            let page = try await client.get("/dossiers/\(Self.licence)")
            let csrf = try #require(WorkbenchClient.csrf(in: page))
            let base = "/dossiers/\(Self.licence)/actions"
            let take = try await client.post(base, form: [("csrf", csrf), ("kind", "take"), ("reviewer", "Wang Li"), ("note", "")])
            #expect(take.status == .seeOther)
            #expect(take.headers[.location] == "/dossiers/\(Self.licence)#action-1")
            #expect(client.cookies["outbound_reviewer"] == "Wang%20Li")
            _ = try await client.post(
                base,
                form: [("csrf", csrf), ("kind", "note"), ("reviewer", "Wang Li"), ("note", "asked the applicant for the licence <draft>")])
            let done = try await client.post(
                base, form: [("csrf", csrf), ("kind", "done"), ("result", "referred"), ("reviewer", "Wang Li"), ("note", "to MOFCOM")])
            #expect(done.status == .seeOther)

            let after = try await client.get("/dossiers/\(Self.licence)")
            #expect(after.text.contains("done 已完成"))
            #expect(after.text.contains("result <strong>referred</strong>"))
            #expect(after.text.contains("asked the applicant for the licence &lt;draft&gt;"))
            #expect(after.text.contains("value=\"Wang Li\""), "the reviewer's name is remembered for the next form")
            let queue = try #require(fixture.workbench.index.dossier(Self.licence)?.queues.first)
            let done1 = try await client.get("/queues/\(PathText.segment(queue))?status=done")
            #expect(done1.text.contains("1 of "))
            let queues = try JSONDecoder().decode(WorkbenchJSON.Queues.self, from: try await client.get("/api/queues").bytes)
            let mine = Set(try #require(fixture.workbench.index.dossier(Self.licence)?.queues))
            for summary in queues.queues {
                let expected = mine.contains(summary.id) ? ["open": summary.dossiers - 1, "done": 1] : ["open": summary.dossiers]
                #expect(summary.statuses == expected.filter { $0.value > 0 }, "\(summary.id)")
                #expect(summary.outcomes.values.reduce(0, +) == summary.dossiers)
            }
            let home = try await client.get("/")
            #expect(home.text.contains("?status=done\">1</a>"))
            let csv = try await client.get("/actions.csv")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == 4)
            #expect(lines[3].hasSuffix(",RV-LICENCE-UAV,Wang Li,done,referred,,,,,to MOFCOM"))
            let stored = try fixture.workbench.ledger.reviewActions(of: Self.licence)
            #expect(stored.map(\.kind) == [.take, .note, .done])
            #expect(stored.allSatisfy { $0.reviewer == "Wang Li" })
        }
    }

    @Test func aPostWithoutThisSessionsTokenIsRefusedAndNothingIsRecorded() async throws {
        let fixture = try WorkbenchFixture()
        try await fixture.serve { client in
            let page = try await client.get("/dossiers/\(Self.licence)")
            let csrf = try #require(WorkbenchClient.csrf(in: page))
            let base = "/dossiers/\(Self.licence)/actions"
            let form = [("kind", "note"), ("reviewer", "Wang Li"), ("note", "n")]
            #expect(try await client.post(base, form: form).status == .forbidden)
            #expect(try await client.post(base, form: form + [("csrf", String(repeating: "0", count: 64))]).status == .forbidden)
            // Another browser session's token does not pass for this one.
            let other = WorkbenchClient(client: client.client)
            let otherPage = try await other.get("/dossiers/\(Self.licence)")
            let otherToken = try #require(WorkbenchClient.csrf(in: otherPage))
            #expect(otherToken != csrf)
            #expect(try await client.post(base, form: form + [("csrf", otherToken)]).status == .forbidden)
            // Without a cookie at all.
            client.cookies = [:]
            #expect(try await client.post(base, form: form + [("csrf", csrf)]).status == .forbidden)
            #expect(try fixture.workbench.ledger.reviewActions(of: Self.licence).isEmpty)
        }
    }

    @Test func malformedActionsAreRefusedWithAReason() async throws {
        let fixture = try WorkbenchFixture()
        try await fixture.serve { client in
            let page = try await client.get("/dossiers/\(Self.licence)")
            let csrf = try #require(WorkbenchClient.csrf(in: page))
            let base = "/dossiers/\(Self.licence)"
            for (path, form, status) in [
                ("/actions", [("kind", "done"), ("reviewer", "a"), ("note", "why")], HTTPResponse.Status.badRequest),
                ("/actions", [("kind", "done"), ("result", "maybe"), ("reviewer", "a"), ("note", "why")], .badRequest),
                ("/actions", [("kind", "note"), ("reviewer", "a")], .badRequest),
                ("/actions", [("kind", "delete"), ("reviewer", "a"), ("note", "x")], .badRequest),
                ("/actions", [("kind", "clear"), ("reviewer", "a"), ("note", "x")], .badRequest),
                ("/actions", [("kind", "take")], .badRequest),
                ("/actions", [("kind", "note"), ("reviewer", "a"), ("note", String(repeating: "x", count: 4001))], .badRequest),
                ("/clear", [("reviewer", "a"), ("note", "x"), ("party", "Skyward Systems Ltd"), ("list", "us-csl")], .badRequest),
                ("/clear", [("reviewer", "a"), ("note", "x"), ("party", "Someone Else"), ("list", "us-csl"), ("entry", "h1")], .conflict),
            ] {
                let response = try await client.post(base + path, form: [("csrf", csrf)] + form)
                #expect(response.status == status, "\(form)")
                #expect(response.text.contains("id=\"refusal\""))
            }
            let json = try await client.post(
                base + "/actions", form: [("csrf", csrf), ("kind", "take"), ("reviewer", "a")], contentType: "application/json")
            #expect(json.status == .unsupportedMediaType)
            let unknown = try await client.post("/dossiers/NO-SUCH/actions", form: [("csrf", csrf), ("kind", "take"), ("reviewer", "a")])
            #expect(unknown.status == .notFound)
            #expect(try fixture.workbench.ledger.allReviewActions().isEmpty)
        }
    }

    @Test func aClearedMatchIsAppliedByTheNextNightlyWithTheReviewersNote() async throws {
        let fixture = try WorkbenchFixture()
        let before = try #require(fixture.workbench.index.dossier(Self.licence))
        #expect(before.openMatches.map(\.entryID) == ["hf94210b8f2879ee0"])
        try await fixture.serve { client in
            let page = try await client.get("/dossiers/\(Self.licence)")
            let csrf = try #require(WorkbenchClient.csrf(in: page))
            let cleared = try await client.post(
                "/dossiers/\(Self.licence)/clear",
                form: [("csrf", csrf), ("reviewer", "Wang Li"), ("note", "registered in Shenzhen, not the listed Hong Kong entity")]
                    + Self.skyward)
            #expect(cleared.status == .seeOther)
            let after = try await client.get("/dossiers/\(Self.licence)")
            #expect(after.text.contains("<strong>cleared 已排除</strong> by Wang Li"))
            #expect(!after.text.contains("name=\"entry\" value=\"hf94210b8f2879ee0\""), "no second clear form for a cleared match")
        }
        // The next nightly re-decides (the clearances are a reference of every decision) and
        // the match is suppressed with the reviewer's note as its audit note.
        let report = try WorkbenchFixture.nightly(fixture.definition, day: "2026-11-22")
        #expect(report.processed > 0)
        try fixture.workbench.reindex()
        let row = try #require(fixture.workbench.index.dossier(Self.licence))
        #expect(row.openMatches.isEmpty)
        let state = try #require(try fixture.workbench.ledger.state(of: Self.licence))
        guard case .decided(let stored) = state.latest else {
            Issue.record("not decided")
            return
        }
        let decision = try stored.decoded()
        let notes = decision.screening.flatMap(\.result.auditNotes)
        #expect(notes.count == 1)
        #expect(notes.first?.contains("cleared by Wang Li") == true)
        #expect(notes.first?.contains("registered in Shenzhen, not the listed Hong Kong entity") == true)
        #expect(decision.audit.references.contains { $0.id == "workbench clearances" && $0.kind == "allow-list" })
        let packet = try String(contentsOfFile: fixture.folder + "/out/packets/\(Self.licence).html", encoding: .utf8)
        #expect(packet.contains("cleared by Wang Li"))
        // A third run with no new action changes nothing.
        let third = try WorkbenchFixture.nightly(fixture.definition, day: "2026-11-22")
        #expect(third.processed == 0)
    }

    @Test func reclassificationAppliesAClearanceToo() throws {
        let fixture = try WorkbenchFixture()
        let run = fixture.workbench.index.dossier(Self.licence)?.run
        _ = try fixture.workbench.record(
            NewReviewAction(
                dossierID: Self.licence, kind: .clear, reviewer: "Wang Li", note: "not the listed entity",
                clearance: .init(party: "Skyward Systems Ltd", listID: "us-csl", entryID: "hf94210b8f2879ee0"), decisionRun: run))
        let catalogue = WorkbenchFixture.repo.appendingPathComponent("pipelines/catalogues/2023.yml").path
        let result = try ReclassifyRun.run(
            ReclassifyRequest(
                definitionPath: fixture.definition, catalogue: catalogue, today: CalendarDate(iso: "2026-11-22")!,
                generatedAt: "2026-11-22T00:00:00Z", concurrency: 2),
            logger: WorkbenchFixture.quiet)
        #expect(result.report.counts.reevaluated > 0)
        try fixture.workbench.reindex()
        #expect(fixture.workbench.index.dossier(Self.licence)?.openMatches.isEmpty == true)
        // The run's report is kept in the ledger, for the workbench's run page.
        let runs = try fixture.workbench.ledger.recentRuns(limit: 1)
        let last = try #require(runs.first)
        let stored = try #require(try fixture.workbench.ledger.runReport(last.id, kind: .reclassify))
        #expect(String(decoding: stored, as: UTF8.self).contains("outbound-reclassify/1"))
    }
}

/// Sign-in: required on every address when users are configured, and required before the
/// workbench listens beyond loopback.
@Suite struct WorkbenchSignInTests {
    static func users() -> WorkbenchUsers {
        WorkbenchUsers(hashes: [
            "wang.li": Secrets.passwordHash("correct horse battery", iterations: 1000),
            "intake-bot": Secrets.tokenHash("0123456789abcdef0123456789abcdef"),
        ])
    }

    static func basic(_ user: String, _ password: String) -> String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    @Test func everyAddressAsksForSignInAndTheSignedInUserIsTheReviewer() async throws {
        let fixture = try WorkbenchFixture(users: Self.users())
        try await fixture.serve { client in
            for uri in ["/", "/dossiers/RV-LICENCE-UAV", "/api/queues", "/actions.csv", "/nowhere"] {
                let page = try await client.get(uri)
                #expect(page.status == .unauthorized, "\(uri)")
                #expect(page.headers[.wwwAuthenticate]?.hasPrefix("Basic realm=") == true)
            }
            client.authorization = Self.basic("wang.li", "wrong")
            #expect(try await client.get("/").status == .unauthorized)
            client.authorization = Self.basic("nobody", "correct horse battery")
            #expect(try await client.get("/").status == .unauthorized)
            client.authorization = "Bearer 0123456789abcdef0123456789abcdef"
            #expect(try await client.get("/api/queues").status == .ok)
            client.authorization = Self.basic("wang.li", "correct horse battery")
            let page = try await client.get("/dossiers/RV-LICENCE-UAV")
            #expect(page.status == .ok)
            #expect(page.text.contains("signed in as <strong>wang.li</strong>"))
            #expect(!page.text.contains("name=\"reviewer\""), "a signed-in reviewer does not type a name")
            let csrf = try #require(WorkbenchClient.csrf(in: page))
            let take = try await client.post(
                "/dossiers/RV-LICENCE-UAV/actions", form: [("csrf", csrf), ("kind", "take"), ("reviewer", "someone else")])
            #expect(take.status == .seeOther)
            #expect(try fixture.workbench.ledger.reviewActions(of: "RV-LICENCE-UAV").map(\.reviewer) == ["wang.li"])
        }
    }

    @Test func aWorkbenchWithoutUsersRefusesToListenBeyondLoopback() throws {
        let fixture = try WorkbenchFixture()
        for address in ["0.0.0.0:8080", "192.168.1.10:8080", "[::]:8080"] {
            let listen = try WorkbenchListen(parsing: address)
            #expect(!listen.isLoopback)
            #expect(throws: WorkbenchSetupError.self) {
                _ = try WorkbenchServer.application(fixture.workbench, listen: listen, logger: WorkbenchFixture.quiet)
            }
        }
        for address in ["127.0.0.1:8080", "localhost:1", "[::1]:8080", ":8080"] {
            #expect(try WorkbenchListen(parsing: address).isLoopback, "\(address)")
        }
        for bad in ["127.0.0.1", "host:port", "127.0.0.1:70000", "[::1]8080"] {
            #expect(throws: WorkbenchSetupError.self, "\(bad)") { _ = try WorkbenchListen(parsing: bad) }
        }
        let secured = try WorkbenchFixture(users: Self.users())
        _ = try WorkbenchServer.application(
            secured.workbench, listen: try WorkbenchListen(parsing: "0.0.0.0:0"), logger: WorkbenchFixture.quiet)
    }

    @Test func theUsersFileTakesOnlyHashes() throws {
        let hash = Secrets.passwordHash("correct horse battery", iterations: 1000)
        let users = try WorkbenchUsers.parse("# reviewers\nwang.li:\(hash)\n\n", file: "users")
        #expect(users.names == ["wang.li"])
        for (text, line) in [
            ("wang.li:correct horse battery\n", 1), ("wang.li\n", 1), ("a:\(hash)\na:\(hash)\n", 2), ("bad name:\(hash)\n", 1), ("", nil),
        ] {
            do {
                _ = try WorkbenchUsers.parse(text, file: "users")
                Issue.record("accepted \(text)")
            } catch let error as WorkbenchSetupError {
                #expect(error.id == "serve.users")
                #expect(error.line == line)
            }
        }
    }
}
