import DevTools
import DossierModel
import Foundation
import Generator
import Testing

@testable import Ledger

/// The direct writers and readers of dossier and decision blobs (`BinaryEncoding.writeDossier`
/// and `writeDecision`, `BinaryDecoding.readDossier` and `readDecision`) write and read
/// exactly what the `Codable` path does: on every dossier and decision of a generated corpus
/// and of the bundled test data (attachments, quarantine-free diagnostics, screening matches,
/// thresholds, USPTO-shaped and hand-written cases), and on one dossier and one decision
/// with every optional field and every array filled, and one with none.
@Suite struct BlobBinaryFormTests {
    static let root = BlobEncodingTests.root

    static func check(_ dossier: Dossier) throws { try check(dossier, "\(dossier.id)") }

    static func check(_ decision: Decision) throws { try check(decision, "decision of \(decision.dossierID)") }

    /// The direct path writes the `Codable` path's bytes and reads them back as it does.
    static func check<Value: Codable & Equatable>(_ value: Value, _ label: String) throws {
        let bytes = try BinaryEncoder.encode(value)
        #expect(bytes == (try BinaryEncoder.encodeCodable(value)), "\(label)")
        let direct = try BinaryDecoder.decode(Value.self, from: bytes)
        let codable = try BinaryDecoder.decodeCodable(Value.self, from: bytes)
        #expect(direct == codable, "\(label)")
        #expect(direct == value, "\(label)")
    }

    @Test func writesAndReadsEveryDossierAndDecisionOfACorpusAsCodableDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-reader-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = GeneratorOptions(count: 400, seed: 23, layout: .batch, dossiersPerBatch: 400)
        _ = try GenerateJob(options: options, outputDirectory: folder).run()
        let inputs = [folder] + ["inbox", "review", "inbox-bad"].map { Self.root + "/testdata/" + $0 }
        let reviewed = try ReviewedDecisions.of(inputs, root: Self.root)
        let dossiers = reviewed.compactMap(\.1)
        #expect(dossiers.count >= 400)
        #expect(dossiers.contains { !$0.diagnostics.isEmpty })
        #expect(dossiers.contains { $0.assets.contains { !$0.claims.isEmpty } })
        for dossier in dossiers { try Self.check(dossier) }
        let decisions = reviewed.map(\.0)
        #expect(decisions.contains { $0.quarantine != nil })
        #expect(decisions.contains { $0.screening.contains { !$0.result.matches.isEmpty } })
        #expect(decisions.contains { $0.hits.contains { !$0.thresholds.isEmpty } })
        #expect(decisions.contains { $0.route?.clocks.isEmpty == false })
        for decision in decisions { try Self.check(decision) }
    }

    static let everything: Dossier = {
        let here = SourceLocation(file: "in.xml", member: "a/b.xml", line: 3, column: 9)
        let text = LocalisedText(lang: "zh", text: "无人机", source: "att-1.xml")
        let identifier = Identifier(scheme: "uscc", value: "91110000600037341L", normalised: "91110000600037341L", checkValid: false)
        let attachment = Attachment(href: "att-1.xml", kind: "spec", format: .st36, size: -42, text: "body", documentNumber: "US1")
        let party = Party(
            id: "P1", role: PartyRole(rawValue: "licensor"), kind: PartyKind(rawValue: "enterprise"),
            names: [
                PartyName(lang: "en", original: "Acme Ltd", normalised: "acme", legalForm: "ltd"), PartyName(lang: nil, original: "甲"),
            ],
            country: Country(raw: "China", code: "CN"), identifiers: [identifier, Identifier(scheme: "lei", value: "x")],
            address: "Beijing", controlledBy: ["P2", "P3"])
        let asset = Asset(
            id: "A1", type: AssetType(rawValue: "patent"), owner: "P1", identifiers: [identifier], titles: [text, text],
            classifications: [Classification(scheme: "IPC", raw: "G06F 3/01", code: "G06F3/01", source: "att-1.xml")],
            abstracts: [LocalisedText(lang: nil, text: "")], claims: [Claim(number: "1", text: "a claim", lang: "en", source: "s")],
            applicants: [text], funding: Funding(fiscal: true, programme: "863"), secrecy: SecrecyStatus(rawValue: "defence"),
            attachments: [attachment])
        let diagnostic = Diagnostic(
            id: "x.y", severity: .warning, message: "m", location: here, dossier: "D", stage: .normalise, notes: ["n1", "n2"])
        return Dossier(
            id: "D-ALL", filedRaw: "2026-03-14", filed: CalendarDate(iso: "2026-03-14"),
            office: Office(province: "CN-JS", channel: "online"),
            transaction: Transaction(
                type: TransactionType(rawValue: "assignment"), track: "t",
                value: MonetaryValue(currency: "CNY", raw: "1,000", amount: "1000"), contractRef: "C-1", technologySummaries: [text]),
            parties: [party, party], assets: [asset], attachments: [attachment], source: here,
            contentHash: String(repeating: "a", count: 64),
            diagnostics: [diagnostic, Diagnostic(id: "z", severity: .error, message: "")], foreignRegistry: "US")
    }()

    @Test func writesAndReadsEveryFieldFilledAndNoneFilled() throws {
        try Self.check(Self.everything)
        try Self.check(Dossier(id: "", transaction: Transaction(type: TransactionType(rawValue: "")), source: SourceLocation(file: "")))
        var unknown = Self.everything
        unknown.parties[0].role = PartyRole(rawValue: "not-a-role")
        unknown.assets[0].attachments[0].format = .missing
        try Self.check(unknown)
    }

    static let everyDecisionField: Decision = {
        let location = TextLocation(assetID: "A1", field: .claim, index: "2", lang: "zh", source: "att-1.xml")
        let snippet = Snippet(before: "前", match: "无人机", after: "后")
        let listing = PartyListListing(
            listName: "Entity List", law: "EAR", issuer: "BIS", announcement: "85 FR 1", date: "2020-01-01", url: "https://example.org")
        let clearance = ScreeningClearance(
            party: "P2", listId: "us-csl", entryId: "e1", reviewer: "Wang Li", date: "2026-12-04", reason: "other entity",
            file: "allow.csv", line: 3)
        let match = ScreeningMatch(
            listId: "us-csl", entryId: "e1", entryName: "Skyward", matchedName: "Skyward Ltd", queryName: "skyward", score: 0.93,
            features: [
                ScreeningFeature(id: "name", kind: .main, value: 0.9, explanation: "x"),
                .init(id: "c", kind: .qualifier, value: -0.05, explanation: ""),
            ],
            clearance: clearance, listing: listing)
        let hit = Hit(
            catalogueID: "CN-2023", entryIdentity: "uav", entryCode: "183501X", entryName: "无人机", entryNameEn: "UAV", part: .restricted,
            controlPoint: "1", controlPointLabel: "(1)", controlPointName: "flight control", status: .thresholdFailed, score: 0.875,
            evidence: [
                Evidence(
                    kind: .keyword, location: location, term: "无人机", matched: "无人机", snippet: snippet, span: TextSpan(start: 3, end: -12),
                    negated: true),
                Evidence(kind: .ipc, location: TextLocation(assetID: nil, field: .classification), term: "B64C", matched: "B64C 39/02"),
            ],
            thresholds: [
                ThresholdCheck(
                    quantity: "endurance", limit: ">= 2 h",
                    stated: [StatedValue(value: 1.5, unit: "h", converted: -0.0, meets: false, location: location, snippet: snippet)])
            ],
            notes: ["n1", ""])
        let route = Route(
            province: "CN-GD", routingTable: "routing-2024", tracks: [.a, .licence],
            authorities: [Authority(id: "mofcom", name: "商务部", nameEn: "MOFCOM", role: "licensing", track: .licence, assetIDs: ["A1"])],
            clocks: [
                Clock(
                    id: "c1", title: "T", days: 30, unit: "working-days", startsOn: "filed", start: CalendarDate(iso: "2024-05-06"),
                    due: CalendarDate(iso: "2024-06-17"), calendar: "cn-2024"),
                Clock(id: "c2", title: "", days: -1, unit: "", startsOn: "", start: nil, due: nil, calendar: nil),
            ],
            notes: ["route note"])
        let quarantine = Quarantine(
            dossierId: "D", location: SourceLocation(file: "in.xml", member: "m", line: 4, column: 2), reason: "r", diagnosticId: "x.y",
            diagnostics: [Diagnostic(id: "x.y", severity: .error, message: "m", stage: .extract, notes: ["a"])], contentHash: "h")
        return Decision(
            dossierID: "D-ALL", contentHash: String(repeating: "b", count: 64), filed: CalendarDate(iso: "2024-05-06"),
            outcome: .exportLicence,
            outbound: OutboundTest(isOutbound: true, holderID: "P1", holderCountry: "CN", foreignReceiverIDs: ["P2", "P3"], reason: "why"),
            catalogueID: "CN-2023", hits: [hit, hit],
            screening: [
                PartyScreening(partyID: "P2", result: ScreeningResult(matches: [match], suppressed: [match], candidatesScored: 12)),
                PartyScreening(partyID: "P3", result: ScreeningResult(matches: [], suppressed: [], candidatesScored: 0)),
            ],
            flags: [Flag(.partyListHit, detail: "d", partyID: "P2", assetID: "A1", screening: match), Flag(.stateFunded, detail: "")],
            route: route, notes: ["note"],
            audit: Audit(
                references: [ReferenceUse(kind: "catalogue", id: "CN-2023", path: "c.yml", sha256: String(repeating: "c", count: 64))],
                rules: ["r1", "r2"], version: "0.1.0"),
            quarantine: quarantine)
    }()

    @Test func writesAndReadsADecisionWithEveryFieldAndOneWithNone() throws {
        try Self.check(Self.everyDecisionField)
        try Self.check(
            Decision(
                dossierID: "", filed: nil, outcome: .quarantined,
                outbound: OutboundTest(isOutbound: false, holderID: nil, holderCountry: nil, foreignReceiverIDs: [], reason: ""),
                catalogueID: nil, hits: [], screening: [], flags: [], route: nil, audit: Audit(references: [], rules: [], version: "")))
    }

    @Test func aVocabularyValueItDoesNotKnowIsAnError() throws {
        var bytes = try BinaryEncoder.encode(Self.everything)
        // The attachment's format "st36" becomes "st37", which no AttachmentFormat is.
        let st36 = Array("st36".utf8)
        let at = try #require((0...(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == st36 })
        bytes[at + 3] = UInt8(ascii: "7")
        #expect(throws: BinaryDecodingError.self) { try BinaryDecoder.decode(Dossier.self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryDecoder.decodeCodable(Dossier.self, from: bytes) }
    }
}
