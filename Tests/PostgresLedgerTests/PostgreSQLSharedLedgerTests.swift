import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Testing

@testable import PostgresLedger

/// What many workers sharing one ledger rely on: one run joined by key, chunks claimed by
/// exactly one worker at a time, leases that expire and are taken over, one finisher, and
/// concurrent records that stay correct. Several ledger instances (each its own pool, as
/// separate processes would have) on one schema.
@Suite(.enabled(if: PostgresTestServer.isConfigured, "OUTBOUND_TEST_POSTGRES_URL is not set"))
struct PostgreSQLSharedLedgerTests {
    typealias F = PGFixtures

    static func chunks(_ count: Int, file: String = "inbox/batch-1.xml") -> [WorkChunk] {
        (0..<count).map { WorkChunk(file: file, index: $0) }
    }

    @Test func twoWorkersJoinOneRunByKey() throws {
        try TestSchema.with { schema in
            let first = try schema.ledger()
            let second = try schema.ledger()
            let a = try first.joinRun(
                pipelineID: "nightly", runKey: "2026-11-21", outboundVersion: "0.5.0", chunkSize: 64, generatedAt: nil)
            let b = try second.joinRun(
                pipelineID: "nightly", runKey: "2026-11-21", outboundVersion: "0.5.0", chunkSize: 128, generatedAt: nil)
            #expect(a.started)
            #expect(!b.started)
            #expect(a.run.id == b.run.id)
            #expect(b.chunkSize == 64, "the run's chunk size is the first worker's")
            #expect(b.run.status == .running)
            let other = try second.joinRun(
                pipelineID: "nightly", runKey: "2026-11-22", outboundVersion: "0.5.0", chunkSize: 128, generatedAt: nil)
            #expect(other.started && other.run.id != a.run.id && other.chunkSize == 128)

            try first.finishRun(a.run.id, status: .finished, counts: ["decided": 1])
            let late = try second.joinRun(
                pipelineID: "nightly", runKey: "2026-11-21", outboundVersion: "0.5.0", chunkSize: 64, generatedAt: nil)
            #expect(!late.started)
            #expect(late.run.status == .finished, "a finished run is returned as it is")
            #expect(try second.latestRun(pipelineID: "nightly")?.id == other.run.id)
        }
    }

    @Test func manyWorkersJoiningAtOnceStartTheRunOnce() throws {
        try TestSchema.with { schema in
            let ledgers = try (0..<4).map { _ in try schema.ledger() }
            let results = Locked<[(RunID, Bool)]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                if let joined = try? ledgers[index].joinRun(
                    pipelineID: "nightly", runKey: "k", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil)
                {
                    results.set(results.get() + [(joined.run.id, joined.started)])
                }
            }
            let joined = results.get()
            #expect(joined.count == 4)
            #expect(Set(joined.map(\.0)).count == 1)
            #expect(joined.filter(\.1).count == 1)
        }
    }

    @Test func everyChunkIsGrantedExactlyOnceUnderContention() throws {
        try TestSchema.with { schema in
            let ledgers = try (0..<4).map { _ in try schema.ledger() }
            let run = try ledgers[0].joinRun(
                pipelineID: "nightly", runKey: "contention", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil
            ).run.id
            let all = Self.chunks(100) + Self.chunks(100, file: "inbox/batch-2.xml")
            let granted = Locked<[String: [WorkChunk]]>([:])
            let failures = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                let worker = "worker-\(index)"
                var mine: [WorkChunk] = []
                do {
                    // Each worker walks the chunks in its own order, one claim per chunk and some in sets.
                    let order = index % 2 == 0 ? all : all.reversed()
                    for (position, chunk) in order.enumerated() {
                        if position % 10 == 0 {
                            mine += try ledgers[index].claim(
                                Array(order[position..<min(position + 5, order.count)]), in: run, worker: worker, leaseSeconds: 60)
                        } else {
                            mine += try ledgers[index].claim([chunk], in: run, worker: worker, leaseSeconds: 60)
                        }
                    }
                } catch {
                    failures.set(failures.get() + ["\(error)"])
                }
                granted.set(granted.get().merging([worker: mine]) { $0 + $1 })
            }
            #expect(failures.get() == [])
            // A worker may be granted its own chunk again (its lease extended); across workers, exactly once.
            let perWorker = granted.get().mapValues(Set.init)
            let union = perWorker.values.reduce(into: Set<WorkChunk>()) { $0.formUnion($1) }
            #expect(union == Set(all))
            #expect(perWorker.values.map(\.count).reduce(0, +) == 200, "no chunk went to two workers")
            #expect(try ledgers[0].chunkProgress(in: run) == ChunkProgress(known: 200, done: 0, leased: 200, expired: 0))
        }
    }

    @Test func anExpiredLeaseIsTakenOverAndOnlyTheHolderCompletes() throws {
        try TestSchema.with { schema in
            let dead = try schema.ledger()
            let alive = try schema.ledger()
            let run = try dead.joinRun(pipelineID: "nightly", runKey: "lease", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil)
                .run.id
            let chunks = Self.chunks(4)
            #expect(try dead.claim(chunks, in: run, worker: "dead", leaseSeconds: 1) == chunks)
            #expect(try alive.claim(chunks, in: run, worker: "alive", leaseSeconds: 60) == [], "leased to a live worker")
            #expect(try alive.claimExpired(in: run, worker: "alive", leaseSeconds: 60, limit: 10) == [])
            #expect(try dead.complete([chunks[0]], in: run, worker: "dead") == [chunks[0]])

            Thread.sleep(forTimeInterval: 1.6)
            #expect(try alive.chunkProgress(in: run) == ChunkProgress(known: 4, done: 1, leased: 0, expired: 3))
            #expect(try alive.claimExpired(in: run, worker: "alive", leaseSeconds: 60, limit: 2) == [chunks[1], chunks[2]])
            #expect(try alive.claim([chunks[3]], in: run, worker: "alive", leaseSeconds: 60) == [chunks[3]], "claimed again once expired")
            #expect(try alive.claim([chunks[0]], in: run, worker: "alive", leaseSeconds: 60) == [], "a done chunk is never claimed again")

            #expect(try dead.complete(Array(chunks[1...]), in: run, worker: "dead") == [], "the dead worker no longer holds them")
            #expect(try dead.renewLeases(in: run, worker: "dead", leaseSeconds: 60) == 0)
            #expect(try alive.renewLeases(in: run, worker: "alive", leaseSeconds: 60) == 3)
            #expect(try alive.complete(Array(chunks[1...]), in: run, worker: "alive") == Array(chunks[1...]))
            #expect(try alive.complete([chunks[1]], in: run, worker: "alive") == [chunks[1]], "completing again is harmless")
            #expect(try alive.chunkProgress(in: run) == ChunkProgress(known: 4, done: 4, leased: 0, expired: 0))
        }
    }

    @Test func aRenewedLeaseDoesNotExpire() throws {
        try TestSchema.with { schema in
            let holder = try schema.ledger()
            let other = try schema.ledger()
            let run = try holder.joinRun(pipelineID: "nightly", runKey: "renew", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil)
                .run.id
            let chunks = Self.chunks(2)
            _ = try holder.claim(chunks, in: run, worker: "holder", leaseSeconds: 1)
            #expect(try holder.renewLeases(in: run, worker: "holder", leaseSeconds: 30) == 2)
            Thread.sleep(forTimeInterval: 1.3)
            #expect(try other.claimExpired(in: run, worker: "other", leaseSeconds: 30, limit: 10) == [])
            #expect(try other.chunkProgress(in: run).leased == 2)
        }
    }

    @Test func exactlyOneWorkerWinsTheFinishAndOnlyOnceEveryChunkIsDone() throws {
        try TestSchema.with { schema in
            let ledgers = try (0..<4).map { _ in try schema.ledger() }
            let run = try ledgers[0].joinRun(
                pipelineID: "nightly", runKey: "finish", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil
            ).run.id
            let chunks = Self.chunks(3)
            _ = try ledgers[0].claim(chunks, in: run, worker: "w0", leaseSeconds: 60)
            _ = try ledgers[0].complete(Array(chunks.prefix(2)), in: run, worker: "w0")
            #expect(try !ledgers[1].claimFinish(in: run, worker: "w1", leaseSeconds: 60), "a chunk is not done")
            _ = try ledgers[0].complete(chunks, in: run, worker: "w0")

            let winners = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                if (try? ledgers[index].claimFinish(in: run, worker: "w\(index)", leaseSeconds: 60)) == true {
                    winners.set(winners.get() + ["w\(index)"])
                }
            }
            #expect(winners.get().count == 1)
            let winner = try #require(winners.get().first)
            let loser = winner == "w1" ? "w2" : "w1"
            #expect(try ledgers[0].claimFinish(in: run, worker: loser, leaseSeconds: 60) == false)
            try ledgers[0].finishRun(run, status: .finished, counts: [:])
            #expect(try ledgers[0].claimFinish(in: run, worker: winner, leaseSeconds: 60) == false, "a finished run has nothing to finish")
        }
    }

    @Test func aFinisherThatDiesIsReplacedWhenItsLeaseExpires() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.joinRun(
                pipelineID: "nightly", runKey: "finisher", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil
            ).run.id
            #expect(try ledger.claimFinish(in: run, worker: "first", leaseSeconds: 1))
            #expect(try !ledger.claimFinish(in: run, worker: "second", leaseSeconds: 1))
            Thread.sleep(forTimeInterval: 1.5)
            #expect(try ledger.claimFinish(in: run, worker: "second", leaseSeconds: 60))
        }
    }

    /// Two workers decide versions of the same ids at the same moment: every decision is
    /// stored, and each id ends with exactly one current decision (the retries resolve the
    /// clashes on `decision_current`).
    @Test func concurrentRecordsOfOneIdLeaveExactlyOneCurrentDecision() throws {
        try TestSchema.with { schema in
            let ledgers = try (0..<4).map { _ in try schema.ledger() }
            let run = try ledgers[0].joinRun(
                pipelineID: "nightly", runKey: "race", outboundVersion: "0.5.0", chunkSize: 10, generatedAt: nil
            ).run.id
            let ids = (0..<40).map { String(format: "RACE-%04d", $0) }
            let failures = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                do {
                    for round in 0..<5 {
                        // Each worker its own revision of every id, in its own order, in batches of 10.
                        let order = worker % 2 == 0 ? ids : ids.reversed()
                        let batch = try order.map { try F.decided(F.dossier($0, revision: 100 * worker + round)) }
                        for start in stride(from: 0, to: batch.count, by: 10) {
                            try ledgers[worker].record(Array(batch[start..<start + 10]), in: run)
                        }
                    }
                } catch {
                    failures.set(failures.get() + ["\(error)"])
                }
            }
            #expect(failures.get() == [])
            #expect(try ledgers[0].rowCount("decision") == 40 * 4 * 5)
            let states = try ledgers[1].states(of: ids)
            #expect(states.count == 40)
            for id in ids.prefix(5) {
                let history = try ledgers[2].history(of: id)
                #expect(history.versions.count == 20)
                #expect(history.decisions.filter(\.isCurrent).count == 1)
                #expect(history.decisions.filter(\.isCurrent).first?.key.contentHash == states[id]?.contentHash)
            }
        }
    }
}
