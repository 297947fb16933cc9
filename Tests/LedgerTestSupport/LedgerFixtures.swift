import DossierModel
import Foundation
import Ledger

/// Dossiers, decisions and quarantines as Pipeline would hand them to the ledger: real
/// `Dossier` and `Decision` values encoded by `LedgerBlobCodec`. One set for the SQLite suites
/// (`LedgerTests`) and the PostgreSQL suites (`PostgresLedgerTests`), which test the same
/// contract.
public enum LedgerFixtures {
    /// The fixed clock every test ledger uses.
    public static let now = Date(timeIntervalSince1970: 1_795_219_200)  // 2026-11-21

    /// A 64-digit lowercase hex string derived from `seed` (four FNV-1a rounds with different
    /// salts): a stand-in for a SHA-256, which the ledger treats as an opaque identifier.
    public static func hash(_ seed: String) -> String {
        (0..<4).map { salt -> String in
            var value: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(salt)
            for byte in seed.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01b3
            }
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// A transfer dossier with two parties and a filing date.
    public static func dossier(_ id: String, revision: Int = 1, filed: String = "2026-03-14") -> Dossier {
        Dossier(
            id: id, filedRaw: filed, filed: CalendarDate(iso: filed), office: Office(province: "CN-JS", channel: "online"),
            transaction: Transaction(
                type: .assignment, technologySummaries: [LocalisedText(lang: "en", text: "Lithium battery cathode, revision \(revision)")]),
            parties: [
                Party(
                    id: "P1", role: .transferor, kind: .enterprise, names: [PartyName(lang: "zh", original: "江苏某电池有限公司")],
                    country: Country(raw: "CN", code: "CN")),
                Party(
                    id: "P2", role: .transferee, kind: .enterprise, names: [PartyName(lang: "en", original: "Cathode GmbH")],
                    country: Country(raw: "DE", code: "DE")),
            ],
            source: SourceLocation(file: "inbox/batch-\(revision).xml", line: 3, column: 1),
            contentHash: hash("\(id) r\(revision)"))
    }

    /// The decision Classify would give, for tests that only need a plausible one.
    public static func decision(for dossier: Dossier, outcome: Outcome = .registration, catalogue: String = "CN-2023") -> Decision {
        Decision(
            dossierID: dossier.id, contentHash: dossier.contentHash, filed: dossier.filed, outcome: outcome,
            outbound: OutboundTest(
                isOutbound: true, holderID: "P1", holderCountry: "CN", foreignReceiverIDs: ["P2"], reason: "CN holder to a DE transferee"),
            catalogueID: catalogue, hits: [], screening: [], flags: [], route: nil,
            audit: Audit(references: references(catalogue), rules: ["outcome.\(outcome.rawValue)"], version: "0.4.0"))
    }

    public static func references(_ catalogue: String) -> [ReferenceUse] {
        [ReferenceUse(kind: "catalogue", id: catalogue, path: "catalogues/\(catalogue).yml", sha256: hash(catalogue))]
    }

    /// The key of a dossier's version.
    public static func key(_ dossier: Dossier) -> DossierKey { DossierKey(dossierID: dossier.id, contentHash: dossier.contentHash!) }

    /// A decided result: the dossier and the decision encoded as the ledger stores them.
    public static func decided(_ dossier: Dossier, outcome: Outcome = .registration, catalogue: String = "CN-2023") throws -> LedgerResult {
        let decision = decision(for: dossier, outcome: outcome, catalogue: catalogue)
        let version = DossierVersion(key: key(dossier), filed: dossier.filed, body: try LedgerBlobCodec.encode(dossier))
        let entry = DecisionEntry(
            outcome: outcome, catalogueID: catalogue, references: decision.audit.references, body: try LedgerBlobCodec.encode(decision))
        return .decided(version, entry)
    }

    /// A quarantine of a malformed dossier, with or without a known id.
    public static func quarantine(_ id: String?, file: String = "inbox/broken.xml", line: Int = 7, hashSeed: String? = nil) -> Quarantine {
        let diagnostic = Diagnostic(
            id: "xml.malformed", severity: .error, message: "the dossier is not well-formed XML: expected '>'",
            location: SourceLocation(file: file, line: line, column: 12), dossier: id)
        return Quarantine(diagnostic, location: SourceLocation(file: file, line: line), dossierId: id, contentHash: hashSeed.map(hash))
    }

    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }
}
