import DossierModel
import Foundation
import Packets
import Testing

@testable import Ledger
@testable import Pipeline

/// The nightly run keeps its summary and queue rows in a `BatchSpill` on disk: on real
/// decisions, with dossiers added twice and in any order, the summary and queue files it
/// streams are byte for byte those of the in-memory builders and of Foundation's encoder.
@Suite struct BatchSpillTests {
    static let run = RunContext(runID: "run-7", generatedAt: "2026-11-21T00:00:00Z", outboundVersion: "0.1.0")

    /// The real decisions, some added again later with another outcome or as skipped, in a
    /// fixed scrambled order.
    static func feed() throws -> [(Decision, SummaryBuilder.Processing)] {
        let decisions = try BlobEncodingTests.decisions().map(\.0)
        var feed = decisions.map { ($0, SummaryBuilder.Processing.processed) }
        for (index, decision) in decisions.enumerated() where index % 13 == 0 {
            var again = decision
            if again.quarantine == nil { again.outcome = index % 2 == 0 ? .registration : .outOfScope }
            feed.append((again, index % 3 == 0 ? .skipped : .processed))
        }
        // A fixed scramble: by a multiplicative hash of the position.
        return feed.enumerated().sorted { ($0.offset * 40_503) % 65_521 < ($1.offset * 40_503) % 65_521 }.map(\.element)
    }

    static func bytes(_ render: (inout ChunkedOutput) throws -> Void) throws -> [UInt8] {
        try ChunkedOutput.collect(render)
    }

    @Test func spilledSummaryAndQueuesAreTheInMemoryBytes() throws {
        let spill = try BatchSpill()
        var memory = (summary: SummaryBuilder(run: Self.run), queues: QueueBuilder())
        var disk = (summary: SummaryBuilder(run: Self.run, store: spill), queues: QueueBuilder(store: spill))
        var replaced = (memory: 0, disk: 0)
        for (decision, processing) in try Self.feed() {
            let packet =
                decision.quarantine != nil && decision.quarantine?.dossierId == nil ? nil : PacketPaths(dossierID: decision.dossierID)
            if try memory.summary.add(decision, packet: packet, processing: processing) { replaced.memory += 1 }
            if try disk.summary.add(decision, packet: packet, processing: processing) { replaced.disk += 1 }
            try memory.queues.add(decision, packet: packet, processing: processing)
            try disk.queues.add(decision, packet: packet, processing: processing)
        }
        #expect(replaced.memory > 20 && replaced.memory == replaced.disk)
        #expect(memory.summary.count == disk.summary.count)
        #expect(disk.summary.counts.totals.skipped > 0 && disk.summary.quarantineCount > 0)

        let whole = try memory.summary.build()
        var foundation = try BlobEncodingTests.foundation(whole, pretty: true)
        foundation.append(0x0A)
        #expect(try Self.bytes { try SummaryJSON.write(disk.summary, into: &$0) } == foundation)
        #expect([UInt8](try SummaryJSON.render(whole)) == foundation)
        #expect(try Self.bytes { try SummaryHTML.write(disk.summary, into: &$0) } == [UInt8](SummaryHTML.render(whole)))
        #expect(try disk.summary.build() == whole)

        let queues = try memory.queues.build()
        var streamed: [(String, [UInt8], [UInt8])] = []
        try disk.queues.forEachQueue { queue, rows in
            streamed.append(
                (
                    queue.authorityID, try Self.bytes { try QueueFiles.writeCSV(rows, into: &$0) },
                    try Self.bytes { try QueueFiles.writeJSONLines(authorityID: queue.authorityID, rows, into: &$0) }
                ))
        }
        #expect(queues.count > 3)
        #expect(streamed.map(\.0) == queues.map(\.authorityID))
        for (queue, (_, csv, lines)) in zip(queues, streamed) {
            #expect(csv == [UInt8](QueueFiles.csv(queue)))
            #expect(lines == [UInt8](try QueueFiles.jsonLines(queue)))
        }
        spill.remove()
    }

    @Test func aReplacedItemComesBackWhole() throws {
        let spill = try BatchSpill()
        defer { spill.remove() }
        let all = try BlobEncodingTests.decisions().map(\.0)
        let picked =
            all.filter { $0.quarantine != nil }.prefix(10) + all.filter { !$0.countingHits.isEmpty }.prefix(30)
            + all.filter { !$0.flags.isEmpty }.prefix(20)
        let items = picked.map { SummaryItem($0, packet: PacketPaths(dossierID: $0.dossierID), processing: .skipped) }
        #expect(items.contains { $0.quarantine != nil } && items.contains { !$0.entries.isEmpty } && items.contains { !$0.flags.isEmpty })
        for (index, item) in items.enumerated() { #expect(try spill.put(item, key: "k\(index)") == nil) }
        for (index, item) in items.enumerated() { #expect(try spill.put(items[0], key: "k\(index)") == item) }
    }

    @Test(arguments: [[], [""], ["a"], ["a", "", "b c"]])
    func listsSurviveTheirColumn(_ list: [String]) {
        #expect(SpillList.decode(SpillList.encode(list)) == list)
    }
}
