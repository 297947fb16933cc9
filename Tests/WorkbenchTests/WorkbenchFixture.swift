import DossierModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Ledger
import Logging
import Pipeline
import Testing

@testable import Workbench

/// A nightly run of the bundled review cases (`testdata/review/outcomes.xml`) screened
/// against the bundled sample list, into a fresh folder, and a workbench over its ledger.
final class WorkbenchFixture: Sendable {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let quiet = Logger(label: "outbound.workbench.test", factory: { _ in SwiftLogNoOpLogHandler() })

    let folder: String
    let definition: String
    let workbench: Workbench

    init(users: WorkbenchUsers? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-workbench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        definition = try Self.writeDefinition(in: folder)
        _ = try Self.nightly(definition)
        let store = try LedgerLocation.openExisting(folder + "/ledger.sqlite", missing: "serve.no-ledger", logger: Self.quiet)
        workbench = try Workbench(ledger: store, location: folder + "/ledger.sqlite", users: users, logger: Self.quiet)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static func writeDefinition(in folder: String) throws -> String {
        let references = repo.appendingPathComponent("pipelines").path
        let text = """
            kind: pipeline
            id: nightly
            title: workbench test
            inputs: [\(repo.path)/testdata/review/outcomes.xml, \(repo.path)/testdata/inbox/nightly-batch.xml]
            references:
              catalogues: \(references)/catalogues
              routing: \(references)/routing
              calendars: \(references)/calendars
              clocks: \(references)/clocks.yml
              party-lists: [\(repo.path)/testdata/lists/sample-csl.csv]
            stages: [extract, normalise, classify, route, packets]
            ledger: \(folder)/ledger.sqlite
            output: \(folder)/out

            """
        let path = folder + "/nightly.yml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @discardableResult
    static func nightly(_ definition: String, day: String = "2026-11-21") throws -> NightlyReport {
        let request = NightlyRequest(
            definitionPath: definition, today: CalendarDate(iso: day)!, generatedAt: day + "T00:00:00Z", concurrency: 2)
        return try NightlyRun.run(request, logger: quiet)
    }

    /// Runs `body` against the workbench served on a real loopback socket.
    func serve(_ body: @escaping @Sendable (WorkbenchClient) async throws -> Void) async throws {
        let app = try WorkbenchServer.application(workbench, listen: WorkbenchListen(host: "127.0.0.1", port: 0), logger: Self.quiet)
        try await app.test(.live) { client in try await body(WorkbenchClient(client: client)) }
    }
}

/// A browser-like client over a live test server: keeps the session cookie, finds the CSRF
/// token in the last page, posts forms.
final class WorkbenchClient: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var authorization: String?

    init(client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var text: String
        var bytes: Data
    }

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    func post(_ uri: String, form: [(String, String)], contentType: String = "application/x-www-form-urlencoded") async throws -> Page {
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body))
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if let authorization { headers[.authorization] = authorization }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        let bytes = Data(response.body.readableBytesView)
        return Page(status: response.status, headers: response.headers, text: String(decoding: bytes, as: UTF8.self), bytes: bytes)
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The CSRF token of a page's forms.
    static func csrf(in page: Page) -> String? {
        guard let range = page.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) else { return nil }
        return String(page.text[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }
}
