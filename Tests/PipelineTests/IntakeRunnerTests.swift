import DossierModel
import Foundation
import Pipeline
import Testing

/// A thread-safe list the emit callback appends to.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    private var concurrent = 0
    private(set) var maxConcurrent = 0
    func append(_ s: String) {
        lock.lock()
        concurrent += 1
        maxConcurrent = max(maxConcurrent, concurrent)
        items.append(s)
        concurrent -= 1
        lock.unlock()
    }
    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

@Suite struct IntakeRunnerTests {
    /// A batch of `count` dossiers, one of them (index `bad`) malformed.
    static func writeBatch(count: Int, bad: Int) throws -> URL {
        var xml = "<?xml version=\"1.0\"?>\n<dossier-batch xmlns=\"urn:outbound:dossier:1\">\n"
        for i in 0..<count {
            let close = i == bad ? "</transactio>" : "</transaction>"
            xml +=
                "<transfer-dossier id=\"T-\(i)\" filed=\"2026-01-0\(i % 9 + 1)\"><transaction type=\"assignment\">\(close)<parties><party id=\"P1\" role=\"transferor\" kind=\"enterprise\"><name>Holder \(i) Co., Ltd.</name><country>CN</country></party></parties></transfer-dossier>\n"
        }
        xml += "</dossier-batch>\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-runner-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: url)
        return url
    }

    @Test(arguments: [1, 2, 4])
    func resultsComeInInputOrderWhateverTheConcurrency(jobs: Int) throws {
        let url = try Self.writeBatch(count: 300, bad: 137)
        defer { try? FileManager.default.removeItem(at: url) }
        let collected = Collected()
        let summary = IntakeRunner(paths: [url.path], concurrency: jobs, window: 5).run(
            transform: { event -> String in
                switch event {
                case .record(.dossier(let d)): d.id
                case .record(.quarantine(let q)): "Q:" + (q.dossierId ?? "?")
                case .problem(let d): "P:" + d.id
                case .unchanged(let id, _, _): "U:" + id
                }
            },
            emit: { collected.append($0) })
        let expected = (0..<300).map { $0 == 137 ? "Q:T-137" : "T-\($0)" }
        #expect(collected.all == expected)
        #expect(collected.maxConcurrent == 1, "emit is never called concurrently")
        #expect(summary.dossiers == 299)
        #expect(summary.quarantined == 1)
        #expect(summary.inputs == 1)
        #expect(!summary.isClean)
    }

    @Test func dossiersAreNormalised() throws {
        let url = try Self.writeBatch(count: 3, bad: -1)
        defer { try? FileManager.default.removeItem(at: url) }
        let collected = Collected()
        _ = IntakeRunner(paths: [url.path], concurrency: 2).run(
            transform: { event -> String in
                guard case .record(.dossier(let d)) = event else { return "" }
                return
                    "\(d.parties.first?.names.first?.normalised ?? "-")|\(d.parties.first?.country?.code ?? "-")|\(d.filed.map(String.init(describing:)) ?? "-")"
            },
            emit: { collected.append($0) })
        #expect(collected.all == ["holder 0|CN|2026-01-01", "holder 1|CN|2026-01-02", "holder 2|CN|2026-01-03"])
    }

    @Test func recordsKnownUnchangedAreNotParsed() throws {
        let url = try Self.writeBatch(count: 20, bad: 7)
        defer { try? FileManager.default.removeItem(at: url) }
        let collected = Collected()
        var runner = IntakeRunner(paths: [url.path], concurrency: 2, window: 4)
        // Every even dossier is "known"; the malformed T-7 is odd, so it is still parsed.
        runner.unchanged = { id, hash in
            hash.count == 64 && Int(id.dropFirst(2)).map { $0 % 2 == 0 } == true
        }
        let summary = runner.run(
            transform: { event -> String in
                switch event {
                case .record(.dossier(let d)): d.id
                case .record(.quarantine(let q)): "Q:" + (q.dossierId ?? "?")
                case .problem(let d): "P:" + d.id
                case .unchanged(let id, _, _): "U:" + id
                }
            },
            emit: { collected.append($0) })
        let expected = (0..<20).map { $0 % 2 == 0 ? "U:T-\($0)" : ($0 == 7 ? "Q:T-7" : "T-\($0)") }
        #expect(collected.all == expected)
        #expect(summary.dossiers == 19 && summary.quarantined == 1)
    }
}
