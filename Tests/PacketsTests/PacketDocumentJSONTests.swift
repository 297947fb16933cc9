import DossierModel
import Foundation
import Testing

@testable import Packets

/// `JSONWriter` writes the bytes of the packet document's synthesised `Codable` through
/// Foundation's `JSONEncoder` (`[.sortedKeys, .withoutEscapingSlashes]`, and `.prettyPrinted`),
/// in both layouts: compared byte for byte on the fixtures and on a document with every
/// optional set (a re-classification's `change` included) and one with every optional and
/// array empty, so that a key written out of order, a field missing from the writer or a
/// wrong empty container fails here.
@Suite struct PacketDocumentJSONTests {
    static func foundation(_ document: PacketDocument, pretty: Bool = true) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(document))
    }

    static func expectSame(_ document: PacketDocument, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for pretty in [true, false] {
            let mine =
                pretty ? try CanonicalJSON.encode(document, PrettyLayout.self) : try CanonicalJSON.encode(document, CompactLayout.self)
            let theirs = try foundation(document, pretty: pretty)
            #expect(
                mine == theirs, "\(String(decoding: mine, as: UTF8.self))\nvs\n\(String(decoding: theirs, as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
    }

    @Test func fixturesMatchFoundation() throws {
        for fixture in [PacketFixtures.plain, PacketFixtures.hostile] {
            try Self.expectSame(PacketDocument(decision: fixture.decision(), dossier: fixture.dossier(), run: PacketFixtures.run))
            try Self.expectSame(PacketDocument(decision: fixture.decision(), dossier: nil, run: PacketFixtures.run))
            try Self.expectSame(
                PacketDocument(decision: fixture.decision(outcome: .outOfScope), dossier: fixture.dossier(), run: PacketFixtures.run))
        }
        try Self.expectSame(PacketDocument(decision: PacketFixtures.quarantine(), dossier: nil, run: PacketFixtures.run))
        try Self.expectSame(PacketDocument(decision: PacketFixtures.quarantine(id: nil), dossier: nil, run: PacketFixtures.run))
    }

    @Test func everyOptionalSetMatches() throws {
        try Self.expectSame(Self.full(filled: true))
        try Self.expectSame(Self.full(filled: false))
    }

    @Test func renderIsTheWriterPlusANewline() throws {
        let f = PacketFixtures.hostile
        let data = try PacketJSON.render(f.decision(), dossier: f.dossier(), run: PacketFixtures.run)
        let document = PacketDocument(decision: f.decision(), dossier: f.dossier(), run: PacketFixtures.run)
        #expect([UInt8](data) == (try Self.foundation(document)) + [0x0A])
    }

    /// A document of every part: with `filled`, every optional set and every array holding
    /// one element (strings with characters to escape); else every optional nil and every
    /// array empty.
    static func full(filled f: Bool) -> PacketDocument {
        typealias P = PacketDocument
        func s(_ text: String) -> String? { f ? text + " \"q\" \\ / \u{1}" : nil }
        func a<T>(_ value: T) -> [T] { f ? [value] : [] }
        let text = P.TextPart(lang: s("zh"), text: "t", source: s("s"))
        let identifier = P.IdentifierPart(scheme: "lei", value: "v", normalised: s("n"), checkValid: f ? true : nil)
        let attachment = P.AttachmentPart(href: "h", kind: s("k"), format: "xml", documentNumber: s("d"))
        let location = P.LocationPart(assetID: s("A1"), field: "claim", index: s("1"), lang: s("zh"), source: s("x"), text: "asset A1")
        let snippet = f ? P.SnippetPart(before: "b", match: "m", after: "a") : nil
        let match = P.MatchPart(
            listID: "l", entryID: "e", entryName: "n", matchedName: "m", queryName: "q", score: 0.875,
            features: a(P.FeaturePart(id: "f", kind: .main, value: 1e-7, explanation: "x")), clearance: s("c"))
        let hit = P.HitPart(
            catalogueID: "c", entryIdentity: "i", entryCode: s("ec"), entryName: "n", entryNameEn: "ne", part: "restricted",
            controlPoint: s("cp"), controlPointLabel: s("cpl"), controlPointName: s("cpn"), status: "hit", counts: true, score: 2.5,
            assetIDs: a("A1"),
            evidence: a(
                P.EvidencePart(
                    kind: "keyword", location: location, term: "t", matched: "m", snippet: snippet,
                    spanStart: f ? 3 : nil, spanEnd: f ? 12 : nil, negated: false)),
            thresholds: a(
                P.ThresholdPart(
                    quantity: "q", limit: "l", verdict: "fails",
                    stated: a(P.StatedPart(value: 100, unit: "mm", converted: 0.1, meets: false, location: location, snippet: snippet)))),
            notes: a("note"))
        let decision = P.DecisionPart(
            outcome: "prohibited", consequence: "c",
            outbound: P.OutboundPart(isOutbound: f, holderID: s("P1"), holderCountry: s("CN"), foreignReceiverIDs: a("P2"), reason: "r"),
            catalogueID: s("cat"), hits: a(hit),
            flags: a(P.FlagPart(kind: "k", detail: "d", partyID: s("P1"), assetID: s("A1"), screening: f ? match : nil)),
            screening: a(P.ScreeningPart(partyID: "P1", candidatesScored: 12, matches: a(match), suppressed: a(match))),
            route: f
                ? P.RoutePart(
                    province: s("JS"), routingTable: "rt", tracks: a(P.TrackPart(id: "t", title: "T")),
                    authorities: a(P.AuthorityPart(id: "i", name: "n", nameEn: "ne", role: "r", track: .a, assetIDs: a("A1"))),
                    clocks: a(
                        P.ClockPart(
                            id: "i", title: "t", days: 20, unit: "working-days", startsOn: "s", start: s("2026-01-02"),
                            due: s("2026-02-03"), calendar: s("cn"))), notes: a("n")) : nil,
            notes: a("n"),
            audit: P.AuditPart(references: a(P.ReferencePart(kind: "k", id: "i", path: "p/q", sha256: "00")), rules: a("r"), version: "v"),
            contentHash: s("h"))
        let dossier = P.DossierSummary(
            id: "D", filed: s("2026-01-01"), filedRaw: s("raw"), office: f ? P.OfficePart(province: s("JS"), channel: s("c")) : nil,
            transaction: P.TransactionPart(
                type: "licence", track: s("t"), value: f ? P.ValuePart(currency: s("CNY"), raw: "1", amount: s("1.00")) : nil,
                contractRef: s("c"), technologySummaries: a(text)),
            parties: a(
                P.PartyPart(
                    id: "P1", role: "holder", kind: "company", names: a(text),
                    country: f ? P.CountryPart(raw: "China", code: s("CN")) : nil,
                    identifiers: a(identifier), address: s("addr"), controlledBy: a("P2"))),
            assets: a(
                P.AssetPart(
                    id: "A1", type: "invention-patent", owner: s("P1"), titles: a(text), identifiers: a(identifier),
                    classifications: a("H01M 4/58"), fiscalFunding: f ? false : nil, fundingProgramme: s("863"), secrecy: s("none"),
                    claimCount: 7, attachments: a(attachment))),
            attachments: a(attachment), source: "in.xml:2", contentHash: s("h"))
        var change = ReclassifyChange(
            old: PacketFixtures.plain.decision(outcome: .registration), new: PacketFixtures.plain.decision(), reasons: a("hits"),
            previousRun: "3", since: "cn-export-tech-2025", packet: f ? PacketPaths(dossierID: "D/1") : nil)
        change.filed = s("2026-01-01")
        change.oldCatalogue = s("old")
        change.newCatalogue = s("new")
        change.hits = a(
            ReclassifyChange.HitChange(
                change: "gained", entryIdentity: "e", controlPoint: s("cp"), label: "l \"q\"", entryLabel: "el", oldStatus: s("code-only"),
                newStatus: s("hit")))
        var document = PacketDocument(
            schema: PacketDocument.schemaName, kind: "decision", dossierID: "D", outcome: "prohibited",
            run: P.Run(id: "r", generatedAt: "g", outboundVersion: "v"), dossier: dossier, decision: decision,
            quarantine: P.QuarantinePart(
                reason: "r", diagnosticID: "d", file: "f", member: s("m"), line: f ? 4 : nil, column: f ? 2 : nil,
                contentHash: s("h"), diagnostics: a("x")))
        document.change = change
        return document
    }
}
