import DossierModel
import Foundation
import Hashing
import Testing

/// `outbound classify` and `outbound explain`, run as a user would, on the hand-written
/// dossiers of `testdata/review` (one per outcome row and flag of review-rules.md).
@Suite struct ReviewTests {
    static let today = ["--today", "2026-11-21"]

    static func decisions(_ result: OutboundBinary.Result) throws -> [String: Decision] {
        var out: [String: Decision] = [:]
        for line in result.lines {
            let decision = try JSONDecoder().decode(Decision.self, from: Data(line.utf8))
            #expect(out[decision.dossierID] == nil, "decision \(decision.dossierID) written twice")
            out[decision.dossierID] = decision
        }
        return out
    }

    static let expected: [(id: String, outcome: Outcome, flags: [FlagKind], tracks: [ReviewTrack])] = [
        ("RV-PROHIBITED", .prohibited, [.nationalStrategicHolder], [.refusal]),
        ("RV-IPSR-LFP", .ipSecurityReview, [.stateFunded, .nationalStrategicHolder], [.a]),
        ("RV-BELOW-LFP", .registration, [], [.registration]),
        ("RV-UNSTATED-LFP", .ipSecurityReview, [], [.a]),
        ("RV-LICENCE-UAV", .exportLicence, [], [.licence]),
        ("RV-TRADESECRET", .exportLicence, [], [.licence]),
        ("RV-NEGATED", .registration, [], [.registration]),
        ("RV-LANG-EN", .registration, [], [.registration]),
        ("RV-LANG-ZH", .ipSecurityReview, [], [.a]),
        ("RV-ACQUISITION", .acquisitionReview, [], [.b]),
        ("RV-CONTROLLER", .ipSecurityReview, [], [.a, .b]),
        ("RV-DESIGN", .ipSecurityReview, [.designScopeContested], [.a]),
        ("RV-DOMESTIC", .outOfScope, [], []),
        ("RV-HONGKONG", .registration, [.hkMoTw], [.registration]),
        ("RV-CODE-2020", .ipSecurityReview, [], [.a]),
        // Issue 18: an entry's own name alone does not count; official names of the regions;
        // the 2020 additions; parties on China's lists and an office list (screened below).
        ("RV-ENTRY-NAME-ONLY", .registration, [], [.registration]),
        ("RV-TAIWAN-REGION", .registration, [.hkMoTw], [.registration]),
        ("RV-MACAO-SAR", .registration, [.hkMoTw], [.registration]),
        ("RV-2020-HEAVY", .ipSecurityReview, [], [.a]),
        ("RV-2020-REEF", .exportLicence, [], [.licence]),
        ("RV-CN-LIST-EN", .registration, [], [.registration]),
        ("RV-CN-LIST-ZH", .registration, [], [.registration]),
        ("RV-OFFICE-LIST", .registration, [], [.registration]),
        // USPTO assignments (a foreign registry): only holders shown to be Chinese are outbound.
        ("USPTO-090001-0011", .registration, [], [.registration]),
        ("USPTO-090001-0012", .registration, [], [.registration]),
        ("USPTO-090001-0013", .outOfScope, [.countryUnknown], []),
        ("USPTO-090001-0014", .outOfScope, [], []),
    ]

    @Test func everyOutcomeRowAndFlagOfTheReviewTestdata() throws {
        let result = try OutboundBinary.run(["classify", "testdata/review"] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = try Self.decisions(result)
        #expect(decisions.count == Self.expected.count)
        for row in Self.expected {
            let decision = try #require(decisions[row.id])
            #expect(decision.outcome == row.outcome, "\(row.id)")
            #expect(decision.flags.map(\.kind) == row.flags, "\(row.id)")
            #expect(decision.route?.tracks == row.tracks, "\(row.id)")
            #expect(decision.audit.rules.contains("outcome.\(row.outcome.rawValue)"), "\(row.id)")
        }
        #expect(
            result.stderr.contains(
                "classify: 2 inputs, 27 dossiers (1 prohibited, 7 ip-security-review, 3 export-licence, 1 acquisition-review, 12 registration, 3 out-of-scope)"
            ))
    }

    @Test func evidenceForAndAgainst() throws {
        let decisions = try Self.decisions(try OutboundBinary.run(["classify", "testdata/review"] + Self.today))
        // Below the threshold: kept as evidence against, with the stated value.
        let below = try #require(decisions["RV-BELOW-LFP"]?.hits.first { $0.controlPoint == "lithium-iron-phosphate" })
        #expect(below.status == .thresholdFailed)
        let density = try #require(below.thresholds.first { $0.quantity == "compaction-density" })
        #expect(density.stated.map(\.value) == [2.5] && density.stated.allSatisfy { !$0.meets })
        // Above: every stated value passes.
        let above = try #require(decisions["RV-IPSR-LFP"]?.hits.first { $0.controlPoint == "lithium-iron-phosphate" })
        #expect(above.status == .hit && above.entryCode == "252604X")
        #expect(above.thresholds.allSatisfy { !$0.stated.isEmpty && !$0.fails })
        // Not stated: the hit stands and the reviewer must verify.
        let unstated = try #require(decisions["RV-UNSTATED-LFP"])
        #expect(unstated.notes.contains { $0.contains("compaction-density is not stated; the reviewer must verify it") })
        // Language qualifier and negation.
        #expect(decisions["RV-LANG-EN"]?.hits.first?.status == .qualifierNotMet)
        #expect(decisions["RV-NEGATED"]?.hits.first?.status == .negated)
        // Evidence names the field, the span and a snippet.
        let evidence = try #require(above.evidence.first { $0.kind == .keyword })
        #expect(evidence.location.assetID == "A1" && evidence.span != nil && evidence.snippet?.match == evidence.matched)
        // The same entry under the code of each version.
        #expect(decisions["RV-CODE-2020"]?.hits.first?.entryCode == "056101X")
        #expect(decisions["RV-CONTROLLER"]?.hits.first?.entryCode == "086501X")
        #expect(decisions["RV-CODE-2020"]?.hits.first?.entryIdentity == decisions["RV-CONTROLLER"]?.hits.first?.entryIdentity)
        // Out of scope still lists the hits, for information.
        #expect(decisions["RV-DOMESTIC"]?.hits.first?.part == .prohibited)
    }

    @Test func theAuditNamesEveryFileWithItsHash() throws {
        let decisions = try Self.decisions(try OutboundBinary.run(["classify", "testdata/review"] + Self.today))
        let decision = try #require(decisions["RV-IPSR-LFP"])
        let kinds = decision.audit.references.map(\.kind)
        #expect(kinds == ["catalogue", "routing-table", "routing-table", "calendar", "clocks"])
        for reference in decision.audit.references {
            #expect(!reference.path.hasPrefix("/"), "paths stay as given: \(reference.path)")
            let actual = try ContentHash.sha256(file: OutboundBinary.repo.appendingPathComponent(reference.path).path)
            #expect(reference.sha256 == actual, "\(reference.path)")
        }
        #expect(decision.audit.version.isEmpty == false)
        #expect(decision.route?.clocks.first { $0.id == "restricted-export-decision" }?.due != nil)
    }

    @Test func screeningWithASampleListAndAnAllowList() throws {
        let result = try OutboundBinary.run(
            [
                "classify", "testdata/review", "--list", "testdata/lists/sample-csl.csv",
                "--allow-list", "testdata/lists/sample-allow-list.csv",
            ] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = try Self.decisions(result)
        let hit = try #require(decisions["RV-CONTROLLER"]?.flags.first { $0.kind == .partyListHit })
        #expect(hit.partyID == "P2" && hit.screening?.entryName == "PACIFIC VOICE HOLDINGS PTE LTD")
        let cleared = try #require(decisions["RV-LICENCE-UAV"])
        #expect(!cleared.has(.partyListHit))
        #expect(cleared.notes.contains { $0.contains("cleared by Reviewer Wang") })
        #expect(cleared.audit.rules.contains("screening.allow-list"))
        #expect(cleared.audit.references.map(\.kind).contains("allow-list"))
    }

    @Test func realListsLoadAndAreCitedInTheAudit() throws {
        let sdn = OutboundBinary.realdata.appendingPathComponent("B-restricted-lists/ofac-sdn-legacy-csv/sdn.csv").path
        let un = OutboundBinary.realdata.appendingPathComponent("B-restricted-lists/un-consolidated-xml/UN_consolidated_2026-02-27.xml")
            .path
        let result = try OutboundBinary.run(["classify", "testdata/inbox", "--no-warnings", "--list", sdn, "--list", un] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = try Self.decisions(result)
        #expect(decisions.count == 51)
        for decision in decisions.values {
            #expect(decision.audit.references.filter { $0.kind == "party-list" }.map(\.path) == [sdn, un])
        }
    }

    @Test func sameOutputWhateverTheJobs() throws {
        let one = try OutboundBinary.run(["classify", "testdata/inbox", "testdata/review", "--jobs", "1"] + Self.today)
        let two = try OutboundBinary.run(["classify", "testdata/inbox", "testdata/review", "--jobs", "2"] + Self.today)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.lines.count == 78)
        #expect(one.stdout == two.stdout)
    }

    @Test func explainOneDossier() throws {
        let result = try OutboundBinary.run(["explain", "testdata/review", "--dossier", "RV-IPSR-LFP"] + Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        for expected in [
            "Outcome: IP-SECURITY-REVIEW", "[hit] 252604X 电池正极材料制备技术 CP1",
            "threshold compaction-density >= 2.58 g/cm3 (at 220 MPa): stated 2.62",
            "state-funded:", "national-strategic-holder:", "江苏省知识产权局", "Clocks:", "calendar cn-holidays-2025", "Audit:",
        ] {
            #expect(result.stdout.contains(expected), "missing: \(expected)")
        }
    }

    @Test func explainNeedsADossierWhenThereAreSeveral() throws {
        let several = try OutboundBinary.run(["explain", "testdata/review"] + Self.today)
        #expect(several.status == 64)
        #expect(
            several.stderr.hasPrefix("testdata/review: error: 27 dossiers here") && several.stderr.contains("--dossier")
                && several.stderr.contains("[explain.several-dossiers]"))
        let unknown = try OutboundBinary.run(["explain", "testdata/review", "--dossier", "NO-SUCH"] + Self.today)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no dossier 'NO-SUCH'") && unknown.stderr.contains("[explain.no-dossier]"))
    }

    @Test func aBadReferenceFileStopsTheRunWithItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-bad-catalogues-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: OutboundBinary.repo.appendingPathComponent("pipelines/catalogues/2025.yml"), encoding: .utf8)
        try original.replacingOccurrences(of: "effective-from:", with: "efective-from:").write(
            to: folder.appendingPathComponent("2025.yml"), atomically: true, encoding: .utf8)
        let result = try OutboundBinary.run(["classify", "testdata/review", "--catalogues", folder.path] + Self.today)
        #expect(result.status == 65)
        #expect(result.stderr.contains("2025.yml:"))
        #expect(result.stderr.contains("effective-from") && result.stderr.contains("[catalogue."))
        #expect(result.stdout.isEmpty)
    }

    @Test func aBrokenListDownloadStopsTheRun() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-list-\(UUID().uuidString).csv")
        try Data("<!DOCTYPE html><html><body>503 Service Unavailable</body></html>".utf8).write(to: page)
        defer { try? FileManager.default.removeItem(at: page) }
        let result = try OutboundBinary.run(["classify", "testdata/review", "--list", page.path] + Self.today)
        #expect(result.status == 65)
        #expect(result.stderr.contains("[list.html-page]"))
    }
}
