import DossierModel
import Foundation
import HTTPTypes
import Ledger
import Pipeline
import Testing

@testable import Workbench

/// Every page and `/api/` address over a real socket, against the ledger of a real nightly run.
@Suite struct WorkbenchPageTests {
    static let licence = "RV-LICENCE-UAV"

    @Test func theHomePageListsEveryQueueWithCountsAndTheLastRuns() async throws {
        let fixture = try WorkbenchFixture()
        let queues = fixture.workbench.index.queues
        #expect(!queues.isEmpty)
        try await fixture.serve { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            for queue in queues { #expect(page.text.contains("href=\"/queues/\(PathText.segment(queue.id))\"")) }
            #expect(page.text.contains("Queues 审查队列"))
            #expect(page.text.contains("<a href=\"/runs/1\">1</a>"))
            #expect(!page.text.contains("<script"))
            // The security headers, and the session cookie the CSRF tokens are bound to.
            #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
            #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(page.headers[.cacheControl] == "no-store")
            let cookie = try #require(page.headers[values: .setCookie].first)
            #expect(cookie.hasPrefix("outbound_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        }
    }

    @Test func aQueueFiltersSortsAndPages() async throws {
        let fixture = try WorkbenchFixture()
        let index = fixture.workbench.index
        let row = try #require(index.dossier(Self.licence))
        let queue = try #require(index.queue(row.queues[0]))
        let base = "/queues/\(PathText.segment(queue.id))"
        try await fixture.serve { client in
            let all = try await client.get(base)
            #expect(all.status == .ok)
            #expect(all.text.contains("\(queue.members.count) of \(queue.members.count) dossiers match"))
            #expect(all.text.contains("href=\"/dossiers/\(Self.licence)\""))
            let licence = try await client.get(base + "?outcome=export-licence&sort=-due")
            #expect(licence.status == .ok)
            let expected = queue.members.filter { index.dossiers[$0].outcome == .exportLicence }.count
            #expect(licence.text.contains("\(expected) of \(queue.members.count) dossiers match"))
            #expect(licence.text.contains("<option selected>export-licence</option>"))
            let none = try await client.get(base + "?filed-from=2099-01-01")
            #expect(none.text.contains("No dossier matches these filters."))
            let open = try await client.get(base + "?status=open&entry=&province=")
            #expect(open.text.contains("\(queue.members.count) of \(queue.members.count) dossiers match"))
            let json = try await client.get("/api" + base + "?outcome=export-licence")
            let listing = try JSONDecoder().decode(WorkbenchJSON.QueueListing.self, from: json.bytes)
            #expect(listing.total == expected)
            #expect(listing.dossiers.allSatisfy { $0.outcome == "export-licence" })
        }
    }

    @Test func theDossierPageShowsTheReviewTheHistoryAndThePacketAsTheRunWroteIt() async throws {
        let fixture = try WorkbenchFixture()
        let written = try Data(contentsOf: URL(fileURLWithPath: fixture.folder + "/out/packets/\(Self.licence).html"))
        try await fixture.serve { client in
            let page = try await client.get("/dossiers/\(Self.licence)")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"review\""))
            #expect(page.text.contains("open 待处理"))
            #expect(page.text.contains("id=\"history\""))
            #expect(page.text.contains("<a href=\"/runs/1\">1</a>"))
            #expect(page.text.contains("Outbound review packet"))
            #expect(page.text.contains("SKYWARD SYSTEMS LIMITED"))
            #expect(page.text.contains("name=\"entry\" value=\"hf94210b8f2879ee0\""))
            #expect(WorkbenchClient.csrf(in: page) != nil)
            let packet = try await client.get("/dossiers/\(Self.licence)/packet.html")
            #expect(packet.status == .ok)
            #expect(packet.bytes == written, "the packet page is byte for byte the run's")
            let line = try await client.get("/dossiers/\(Self.licence)/packet.json")
            let jsonl = try String(contentsOfFile: fixture.folder + "/out/packets.jsonl", encoding: .utf8)
            #expect(jsonl.split(separator: "\n").contains(Substring(line.text)))
            let api = try await client.get("/api/dossiers/\(Self.licence)")
            let object = try #require(try JSONSerialization.jsonObject(with: api.bytes) as? [String: Any])
            #expect((object["packet"] as? [String: Any])?["dossierID"] as? String == Self.licence)
            #expect((object["decisions"] as? [Any])?.count == 1)
            #expect((object["review"] as? [String: Any])?["status"] as? String == "open")
        }
    }

    @Test func searchFindsByIdPartyAssetNumberAndEntry() async throws {
        let fixture = try WorkbenchFixture()
        let numbered = try #require(fixture.workbench.index.dossiers.first { !$0.assetNumbers.isEmpty })
        let number = try #require(numbered.assetNumbers.first)
        let entry = try #require(fixture.workbench.index.dossiers.first { !$0.entries.isEmpty }?.entries.first)
        try await fixture.serve { client in
            for (query, reason) in [
                ("rv-licence-uav", "dossier id"), ("skyward+SYSTEMS", "party Skyward Systems Ltd"), (number.lowercased(), "asset number"),
                (entry.identity, "catalogue entry"),
            ] {
                let page = try await client.get("/search?q=\(query)")
                #expect(page.status == .ok)
                #expect(page.text.contains(reason), "\(query)")
            }
            let hostile = try await client.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            #expect(hostile.status == .ok)
            #expect(!hostile.text.contains("<script>alert"))
            #expect(hostile.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let api = try await client.get("/api/search?q=skyward")
            let search = try JSONDecoder().decode(WorkbenchJSON.Search.self, from: api.bytes)
            #expect(search.hits.map(\.dossier.id).contains(Self.licence))
        }
    }

    @Test func runsAndTheirReportsAndTheApiListsAnswer() async throws {
        let fixture = try WorkbenchFixture()
        try await fixture.serve { client in
            let runs = try await client.get("/runs")
            #expect(runs.status == .ok && runs.text.contains("href=\"/runs/1\""))
            let run = try await client.get("/runs/1")
            #expect(run.status == .ok && run.text.contains("outcomes.xml"))
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let apiRuns = try decoder.decode([WorkbenchJSON.Run].self, from: try await client.get("/api/runs").bytes)
            #expect(apiRuns.map(\.id) == [1])
            #expect(apiRuns.first?.status == "finished")
            let queues = try JSONDecoder().decode(WorkbenchJSON.Queues.self, from: try await client.get("/api/queues").bytes)
            #expect(queues.queues.count == fixture.workbench.index.queues.count)
            #expect(try await client.get("/api/runs/1/reclassify").status == .notFound)
            let actions = try decoder.decode(WorkbenchJSON.Actions.self, from: try await client.get("/api/actions").bytes)
            #expect(actions.actions.isEmpty)
            let csv = try await client.get("/actions.csv")
            #expect(csv.text == "id,recorded_at,dossier_id,reviewer,kind,result,party,list_id,entry_id,decision_run,note\r\n")
        }
    }

    @Test func badAddressesAreRefusedWithAReason() async throws {
        let fixture = try WorkbenchFixture()
        try await fixture.serve { client in
            for (uri, status) in [
                ("/dossiers/NO-SUCH-DOSSIER", HTTPResponse.Status.notFound), ("/dossiers/NO-SUCH/packet.html", .notFound),
                ("/queues/no-such-queue", .notFound), ("/runs/99", .notFound), ("/runs/abc", .badRequest),
                ("/dossiers/a%01b", .badRequest), ("/dossiers/..%2F..%2Fetc%2Fpasswd", .badRequest),
                ("/dossiers/" + String(repeating: "A", count: 300), .badRequest), ("/dossiers/%E0%A4%A", .badRequest),
                ("/api/dossiers/NO-SUCH", .notFound), ("/api/actions?limit=0", .badRequest), ("/nowhere", .notFound),
            ] {
                let page = try await client.get(uri)
                #expect(page.status == status, "\(uri)")
                #expect(page.headers[.contentSecurityPolicy] != nil, "\(uri)")
            }
            let queue = try #require(fixture.workbench.index.queues.first)
            for query in ["outcome=nope", "status=later", "filed-from=2026-13-01", "page=0", "sort=name"] {
                let page = try await client.get("/queues/\(PathText.segment(queue.id))?\(query)")
                #expect(page.status == .badRequest, "\(query)")
                #expect(page.text.contains("id=\"refusal\""))
            }
            let api = try await client.get("/api/queues/no-such")
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/json; charset=utf-8")
            #expect(api.text.contains("\"error\""))
        }
    }
}
