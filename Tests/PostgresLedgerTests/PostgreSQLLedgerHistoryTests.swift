import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Testing

@testable import PostgresLedger

/// Versions, the current-decision flip, history, states of many ids and the stored-dossier
/// paging, on PostgreSQL (the cases of `SQLiteLedgerHistoryTests` and
/// `SQLiteLedgerStoredDossierTests`).
@Suite(.enabled(if: PostgresTestServer.isConfigured, "OUTBOUND_TEST_POSTGRES_URL is not set"))
struct PostgreSQLLedgerHistoryTests {
    typealias F = PGFixtures

    @Test func theCurrentDecisionFlipsAndTheHistoryKeepsEveryVersion() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let a = F.dossier("JS-2026-000200")
            let b = F.dossier("JS-2026-000200", revision: 2, filed: "2026-04-02")
            var runs: [RunID] = []
            for (version, outcome) in [(a, Outcome.registration), (b, .exportLicence), (a, .ipSecurityReview)] {
                let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
                try ledger.record([try F.decided(version, outcome: outcome)], in: run)
                try ledger.finishRun(run, status: .finished, counts: [:])
                runs.append(run)
            }
            let state = try #require(try ledger.state(of: a.id))
            #expect(state.contentHash == a.contentHash)
            #expect(state.outcome == .ipSecurityReview)
            #expect(state.decision?.runID == runs[2])

            let history = try ledger.history(of: a.id)
            #expect(history.versions.map(\.key) == [F.key(a), F.key(b)])
            #expect(history.versions.map(\.filed) == [CalendarDate(iso: "2026-03-14"), CalendarDate(iso: "2026-04-02")])
            #expect(history.versions.first?.firstSeenRun == runs[0])
            #expect(history.versions.first?.lastSeenRun == runs[2])
            #expect(history.decisions.map(\.runID) == runs)
            #expect(history.decisions.map(\.outcome) == [.registration, .exportLicence, .ipSecurityReview])
            #expect(history.decisions.map(\.isCurrent) == [false, false, true])
            #expect(try ledger.storedVersion(F.key(b)) != nil, "the other version stays stored")
        }
    }

    @Test func theLastDecisionRecordedInOneRunWinsAndAReplayChangesNothing() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let a = F.dossier("JS-2026-000300")
            let b = F.dossier("JS-2026-000300", revision: 2)
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let batch = [try F.decided(a, outcome: .registration), try F.decided(b, outcome: .prohibited)]
            #expect(try ledger.record(batch, in: run) == BatchReceipt(newVersions: 2, newDecisions: 2))
            #expect(try ledger.record(batch, in: run) == BatchReceipt(alreadyRecorded: 2))
            try ledger.record([batch[0]], in: run)
            #expect(try ledger.state(of: a.id)?.outcome == .prohibited)
            #expect(try ledger.rowCount("decision") == 2)
        }
    }

    @Test func anUnknownIdHasAnEmptyHistoryAndNoState() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            #expect(try ledger.history(of: "JS-2026-404404").isEmpty)
            #expect(try ledger.state(of: "JS-2026-404404") == nil)
            #expect(try ledger.states(of: []) == [:])
        }
    }

    @Test func theStatesOfManyIdsComeBackInOneCall() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let dossiers = (0..<500).map { F.dossier(String(format: "MS-%06d", $0)) }
            try ledger.record(try dossiers.map { try F.decided($0, outcome: $0.id.hasSuffix("7") ? .prohibited : .registration) }, in: run)
            let withPackets = dossiers.prefix(100).flatMap { dossier in
                PacketKind.allCases.map {
                    PacketEntry(key: F.key(dossier), kind: $0, path: "packets/\(dossier.id).\($0.rawValue)", sha256: F.hash(dossier.id))
                }
            }
            try ledger.recordPackets(withPackets, in: run)
            try ledger.record((500..<520).map { .quarantined(F.quarantine(String(format: "MS-%06d", $0), line: $0)) }, in: run)

            let asked = (0..<600).map { String(format: "MS-%06d", $0) } + ["MS-000001", "MS-000001"]
            let states = try ledger.states(of: asked)
            #expect(states.count == 520)
            #expect(states.values.filter { $0.outcome == .quarantined }.count == 20)
            #expect(states.values.filter { $0.outcome == .prohibited }.count == 50)
            #expect(states.values.filter { $0.hasPackets([.json, .html]) }.count == 100)
            let one = try #require(states["MS-000042"])
            #expect(one.packets.map(\.entry.kind) == [.html, .json])
            #expect(one.packets.first?.entry.path == "packets/MS-000042.html")
            #expect(states["MS-000142"]?.packets == [])
        }
    }

    /// A ledger holding `count` dossiers (ids `BK-000000`...), filed across 2024-2026, every
    /// seventh one `prohibited`, recorded in batches of 500 in one run.
    static func backlog(_ count: Int, _ ledger: PostgreSQLLedger) throws -> RunID {
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        var batch: [LedgerResult] = []
        for index in 0..<count {
            let filed = "\(2024 + index % 3)-0\(1 + index % 9)-1\(index % 10)"
            let dossier = F.dossier(String(format: "BK-%06d", index), filed: filed)
            batch.append(try F.decided(dossier, outcome: index % 7 == 0 ? .prohibited : .registration))
            if batch.count == 500 {
                try ledger.record(batch, in: run)
                batch.removeAll()
            }
        }
        try ledger.record(batch, in: run)
        try ledger.finishRun(run, status: .finished, counts: ["decided": count])
        return run
    }

    @Test func storedDossiersArePagedInIdOrderAndTheBodyMayRecordWhileIterating() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try Self.backlog(2_000, ledger)
            var pages = 0
            var ids: [String] = []
            try ledger.forEachStoredDossier(matching: .all, pageSize: 256) { page in
                pages += 1
                ids += page.map(\.version.key.dossierID)
                for stored in page.prefix(3) {
                    let dossier = try LedgerBlobCodec.decode(Dossier.self, stored.version.body)
                    #expect(dossier.id == stored.version.key.dossierID)
                    #expect(dossier.filed == stored.version.filed)
                    #expect(stored.decision.runID == run)
                }
            }
            #expect(pages == 8)
            #expect(ids == ids.sorted())
            #expect(Set(ids).count == 2_000)

            let reclassify = try ledger.beginRun(pipelineID: "reclassify", outboundVersion: "0.5.0")
            var visited = 0
            try ledger.forEachStoredDossier(matching: .all, pageSize: 300) { page in
                visited += page.count
                try ledger.record(
                    page.map { stored in
                        LedgerResult.decided(
                            stored.version,
                            DecisionEntry(
                                outcome: .exportLicence, catalogueID: "CN-2025", references: F.references("CN-2025"),
                                body: stored.decision.body))
                    }, in: reclassify)
            }
            #expect(visited == 2_000)
            #expect(try ledger.rowCount("decision") == 4_000)
            var current = 0
            try ledger.forEachStoredDossier(matching: StoredDossierFilter(outcomes: [.exportLicence]), pageSize: 500) { page in
                current += page.count
                #expect(page.allSatisfy { $0.decision.runID == reclassify })
            }
            #expect(current == 2_000)
        }
    }

    @Test func theFilterSelectsByFilingDateAndOutcomeAndLeavesQuarantinedIdsOut() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            _ = try Self.backlog(700, ledger)
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            try ledger.record([.quarantined(F.quarantine("BK-000002", hashSeed: "BK-000002 broken"))], in: run)
            func ids(_ filter: StoredDossierFilter) throws -> [Int] {
                var found: [Int] = []
                try ledger.forEachStoredDossier(matching: filter, pageSize: 64) { page in
                    found += page.map { Int($0.version.key.dossierID.dropFirst(3))! }
                }
                return found
            }
            let year2025 = StoredDossierFilter(
                filedOnOrAfter: CalendarDate(iso: "2025-01-01"), filedBefore: CalendarDate(iso: "2026-01-01"))
            #expect(try ids(year2025) == (0..<700).filter { $0 % 3 == 1 })
            #expect(try ids(StoredDossierFilter(outcomes: [.prohibited])) == (0..<700).filter { $0 % 7 == 0 })
            let both = StoredDossierFilter(filedOnOrAfter: CalendarDate(iso: "2026-01-01"), outcomes: [.prohibited])
            #expect(try ids(both) == (0..<700).filter { $0 % 7 == 0 && $0 % 3 == 2 && $0 != 2 })
            #expect(try ids(StoredDossierFilter(outcomes: [])) == [])
            #expect(try ids(.all) == (0..<700).filter { $0 != 2 })
            #expect(throws: LedgerError.self) { try ledger.forEachStoredDossier(matching: .all, pageSize: 0) { _ in } }
        }
    }

    @Test func hitsAreIndexedForReclassificationAndMatchTextsStored() throws {
        try TestSchema.with { schema in
            let ledger = try schema.ledger()
            let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
            let hit = DecisionHitKey(catalogueID: "CN-2023", entryIdentity: "battery-cathode", controlPoint: "", status: .hit)
            let pointHit = DecisionHitKey(catalogueID: "CN-2023", entryIdentity: "uav", controlPoint: "uav.range", status: .thresholdFailed)
            let a = F.dossier("RC-000001")
            let b = F.dossier("RC-000002")
            let c = F.dossier("RC-000003")
            guard case .decided(let versionA, var entryA) = try F.decided(a), case .decided(let versionB, var entryB) = try F.decided(b)
            else {
                Issue.record("fixtures are not decided results")
                return
            }
            entryA.hits = [hit]
            entryB.hits = [pointHit]
            try ledger.record([.decided(versionA, entryA), .decided(versionB, entryB), try F.decided(c)], in: run)

            #expect(try ledger.currentDossiers(catalogueID: "CN-2023", hittingEntries: ["battery-cathode"], targets: []) == ["RC-000001"])
            #expect(
                try ledger.currentDossiers(
                    catalogueID: "CN-2023", hittingEntries: [],
                    targets: [DecisionHitTarget(entryIdentity: "uav", controlPoint: "uav.range")]) == ["RC-000002"])
            #expect(try ledger.currentDossiers(catalogueID: "CN-2025", hittingEntries: ["battery-cathode"], targets: []) == [])

            let unindexed = try ledger.unindexedDecisions(after: "", limit: 10)
            #expect(unindexed.map(\.key.dossierID) == ["RC-000003"])
            try ledger.indexHits([(decision: unindexed[0], hits: [hit])])
            try ledger.indexHits([(decision: unindexed[0], hits: [pointHit])])  // indexed already: left alone
            #expect(try ledger.unindexedDecisions(after: "", limit: 10).isEmpty)
            #expect(
                try ledger.currentDossiers(catalogueID: "CN-2023", hittingEntries: ["battery-cathode"], targets: []) == [
                    "RC-000001", "RC-000003",
                ])
            #expect(try ledger.rowCount("decision_hit") == 3)

            let text = EncodedBlob(bytes: Data("texts".utf8))
            try ledger.recordMatchTexts([(key: F.key(a), body: text)])
            try ledger.recordMatchTexts([(key: F.key(a), body: EncodedBlob(bytes: Data("other".utf8)))])
            #expect(try ledger.matchTexts(of: [F.key(a), F.key(b)]) == [F.key(a): text])
        }
    }
}
