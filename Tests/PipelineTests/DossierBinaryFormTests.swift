import DevTools
import DossierModel
import Foundation
import Generator
import Testing

@testable import Ledger

/// The dossier blob's direct writer and reader (`BinaryEncoding.writeDossier`,
/// `BinaryDecoding.readDossier`) write and read exactly what the `Codable` path does: on every
/// dossier of a generated corpus and of the bundled test data (attachments, quarantine-free
/// diagnostics, USPTO-shaped and hand-written cases), and on one dossier with every optional
/// field and every array filled, and one with none.
@Suite struct DossierBinaryFormTests {
    static let root = BlobEncodingTests.root

    static func check(_ dossier: Dossier) throws {
        let bytes = try BinaryEncoder.encode(dossier)
        #expect(bytes == (try BinaryEncoder.encodeCodable(dossier)), "\(dossier.id)")
        let direct = try BinaryDecoder.decode(Dossier.self, from: bytes)
        let codable = try BinaryDecoder.decodeCodable(Dossier.self, from: bytes)
        #expect(direct == codable, "\(dossier.id)")
        #expect(direct == dossier, "\(dossier.id)")
    }

    @Test func writesAndReadsEveryDossierOfACorpusAsCodableDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-reader-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = GeneratorOptions(count: 400, seed: 23, layout: .batch, dossiersPerBatch: 400)
        _ = try GenerateJob(options: options, outputDirectory: folder).run()
        let inputs = [folder] + ["inbox", "review", "inbox-bad"].map { Self.root + "/testdata/" + $0 }
        let dossiers = try ReviewedDecisions.of(inputs, root: Self.root).compactMap(\.1)
        #expect(dossiers.count >= 400)
        #expect(dossiers.contains { !$0.diagnostics.isEmpty })
        #expect(dossiers.contains { $0.assets.contains { !$0.claims.isEmpty } })
        for dossier in dossiers { try Self.check(dossier) }
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
