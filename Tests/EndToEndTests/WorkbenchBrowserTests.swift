import Foundation
import Testing

/// The reviewer workbench in a real headless Chromium, as a new user meets it: the nightly
/// runs, `outbound serve` starts, the reviewer opens a queue, opens a packet, takes the
/// dossier, clears a screening match and sees it recorded; the next nightly shows it cleared
/// with the reviewer's note. No console error, no request outside the server.
/// `OUTBOUND_SCREENSHOTS=DIR` keeps a screenshot of each step.
@Suite(.serialized) struct WorkbenchBrowserTests {
    static let dossier = "RV-LICENCE-UAV"

    static func definition(in folder: URL) throws -> String {
        let text = """
            kind: pipeline
            id: nightly
            title: Workbench browser test
            inputs: [testdata/review/outcomes.xml]
            references:
              catalogues: pipelines/catalogues
              routing: pipelines/routing
              calendars: pipelines/calendars
              clocks: pipelines/clocks.yml
              party-lists: [testdata/lists/sample-csl.csv]
            stages: [extract, normalise, classify, route, packets]
            concurrency: 2
            ledger: \(folder.path)/ledger.sqlite
            output: \(folder.path)/out

            """
        let path = folder.appendingPathComponent("nightly.yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(.enabled(if: HeadlessBrowser.executable != nil, "no headless Chromium"))
    func aReviewerWorksAQueueAndClearsAMatchThatTheNextNightlyApplies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-workbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let definition = try Self.definition(in: folder)
        let first = try OutboundBinary.run(["run", definition, "--no-progress"])
        #expect(first.status == 0, "\(first.stderr)")

        let server = try WorkbenchProcess(definition: definition)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)"
        let browser = try BrowserSession(executable: try #require(HeadlessBrowser.executable))
        defer { browser.close() }
        let shots = ProcessInfo.processInfo.environment["OUTBOUND_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
        func shot(_ name: String) throws {
            guard let shots else { return }
            try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
            try browser.screenshot(to: shots.appendingPathComponent(name + ".png"))
        }

        // The home page: the queues with their counts.
        try browser.open(base + "/")
        #expect(try browser.text().contains("Queues 审查队列"))
        try shot("1-home")

        // A queue with export-licence dossiers, filtered from the home page's count link, that
        // lists the dossier.
        let links = try #require(
            try browser.evaluate(
                #"[...document.querySelectorAll('#queues a[href*="outcome=export-licence"]')].map(a => a.getAttribute('href'))"#)
                as? [String])
        #expect(!links.isEmpty)
        var found = false
        for link in links {
            try browser.act("document.querySelector('#queues a[href=\"\(link)\"]').click()")
            if try browser.evaluate("!!document.querySelector('a[href=\"/dossiers/\(Self.dossier)\"]')") as? Bool == true {
                found = true
                break
            }
            try browser.open(base + "/")
        }
        try #require(found, "no export-licence queue lists \(Self.dossier)")
        #expect(try browser.text().contains("export-licence"))
        try shot("2-queue")

        // The dossier: the packet from the ledger, the open match with its clear form.
        try browser.act("document.querySelector('a[href=\"/dossiers/\(Self.dossier)\"]').click()")
        var text = try browser.text()
        #expect(text.uppercased().contains("OUTBOUND REVIEW PACKET"))
        #expect(text.contains("SKYWARD SYSTEMS LIMITED"))
        #expect(text.contains("Clear match 排除命中"))
        try shot("3-dossier")

        // Take it, then clear the match with a reason.
        try browser.act(
            """
            const take = document.querySelector('form#take');
            take.querySelector('input[name=reviewer]').value = 'Wang Li';
            take.querySelector('button').click();
            """)
        text = try browser.text()
        #expect(text.contains("taken 处理中 by Wang Li"))
        try browser.act(
            """
            const form = document.querySelector('form#clear-1');
            form.querySelector('input[name=reviewer]').value = 'Wang Li';
            form.querySelector('textarea[name=note]').value = 'Registered in Shenzhen; the listed entity is in Hong Kong.';
            form.querySelector('button').click();
            """)
        #expect(try browser.location().hasSuffix("/dossiers/\(Self.dossier)#action-2"))
        text = try browser.text()
        #expect(text.contains("cleared 已排除 by Wang Li"))
        #expect(text.contains("Registered in Shenzhen; the listed entity is in Hong Kong."))
        #expect(!text.contains("Clear match 排除命中"))
        try shot("4-cleared")

        // The actions page lists both, the CSV has them.
        try browser.open(base + "/actions")
        text = try browser.text()
        #expect(text.contains("take 领取") && text.contains("clear 排除命中"))

        // The next nightly applies the clearance: the packet carries the reviewer's note.
        let second = try OutboundBinary.run(["run", definition, "--no-progress"])
        #expect(second.status == 0, "\(second.stderr)")
        try browser.open(base + "/dossiers/\(Self.dossier)")
        text = try browser.text()
        #expect(text.contains("cleared by Wang Li"), "the packet shows the clearance's audit note")
        #expect(!text.contains("Screening matches to check"))
        try shot("5-next-nightly")

        #expect(browser.problems.isEmpty, "\(browser.problems)")
        // `data:` URLs are the browser's own (a date field's calendar icon), not fetches.
        let outside = browser.requestedURLs.filter { !$0.hasPrefix(base + "/") && !$0.hasPrefix("data:") }
        #expect(outside.isEmpty, "requests outside the server: \(outside)")
        #expect(browser.requestedURLs.count >= 8)
    }
}

/// `outbound serve` started as a user starts it, on a free loopback port.
final class WorkbenchProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let errors = Pipe()

    init(definition: String, arguments: [String] = []) throws {
        process.executableURL = OutboundBinary.executable
        process.arguments = ["serve", definition, "--listen", "127.0.0.1:0"] + arguments
        process.currentDirectoryURL = OutboundBinary.repo
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        // "Outbound workbench on http://127.0.0.1:PORT over LEDGER" on the standard error.
        var seen = ""
        let deadline = Date().addingTimeInterval(60)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
            if let range = seen.range(of: #"Outbound workbench on http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                port = Int(seen[range].split(separator: ":").last!)
            }
        }
        guard let port else {
            process.terminate()
            throw BrowserSession.Failure(description: "outbound serve did not start: \(seen)")
        }
        self.port = port
        // Keep draining the log so the server never blocks on a full pipe.
        errors.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
    }

    func stop() {
        errors.fileHandleForReading.readabilityHandler = nil
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
