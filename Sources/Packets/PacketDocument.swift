import DossierModel

/// The content of a packet's JSON (schema `outbound-packet/1`, documented field by field in
/// `docs/packet-format.md`): the dossier summary, the decision and the run.
///
/// A field that is unknown is left out rather than written as `null`; arrays are always
/// present. A quarantined dossier has no `dossier` and no `decision`, only `quarantine`.
public struct PacketDocument: Codable, Sendable, Hashable {
    /// The schema name and version this document follows.
    public static let schemaName = "outbound-packet/1"

    public var schema: String
    /// `decision` for a full packet, `short` for an out-of-scope dossier, `quarantine` for a
    /// dossier that could not be read.
    public var kind: String
    public var dossierID: String
    /// The outcome's rawValue (`ip-security-review`).
    public var outcome: String
    public var run: Run
    public var dossier: DossierSummary?
    public var decision: DecisionPart?
    public var quarantine: QuarantinePart?
    /// What a re-classification changed, and since which catalogue; absent otherwise.
    public var change: ReclassifyChange? = nil

    /// The run that rendered the packet.
    public struct Run: Codable, Sendable, Hashable {
        public var id: String
        public var generatedAt: String
        public var outboundVersion: String
    }

    /// What a reviewer needs to know about the dossier itself.
    public struct DossierSummary: Codable, Sendable, Hashable {
        public var id: String
        public var filed: String?
        public var filedRaw: String?
        public var office: OfficePart?
        public var transaction: TransactionPart
        public var parties: [PartyPart]
        public var assets: [AssetPart]
        public var attachments: [AttachmentPart]
        /// Where the dossier was read (`file!member:line:col`, as given).
        public var source: String
        public var contentHash: String?
    }

    public struct OfficePart: Codable, Sendable, Hashable {
        public var province: String?
        public var channel: String?
    }

    public struct TransactionPart: Codable, Sendable, Hashable {
        public var type: String
        public var track: String?
        public var value: ValuePart?
        public var contractRef: String?
        public var technologySummaries: [TextPart]
    }

    public struct ValuePart: Codable, Sendable, Hashable {
        public var currency: String?
        public var raw: String
        public var amount: String?
    }

    /// A text with its language and the attachment it came from.
    public struct TextPart: Codable, Sendable, Hashable {
        public var lang: String?
        public var text: String
        public var source: String?
    }

    public struct PartyPart: Codable, Sendable, Hashable {
        public var id: String
        public var role: String
        public var kind: String
        public var names: [TextPart]
        public var country: CountryPart?
        public var identifiers: [IdentifierPart]
        public var address: String?
        public var controlledBy: [String]
    }

    public struct CountryPart: Codable, Sendable, Hashable {
        public var raw: String
        public var code: String?
    }

    public struct IdentifierPart: Codable, Sendable, Hashable {
        public var scheme: String
        public var value: String
        public var normalised: String?
        public var checkValid: Bool?
    }

    public struct AssetPart: Codable, Sendable, Hashable {
        public var id: String
        public var type: String
        public var owner: String?
        public var titles: [TextPart]
        public var identifiers: [IdentifierPart]
        /// Canonical classification codes (the raw symbol when it did not normalise).
        public var classifications: [String]
        public var fiscalFunding: Bool?
        public var fundingProgramme: String?
        public var secrecy: String?
        public var claimCount: Int
        public var attachments: [AttachmentPart]
    }

    public struct AttachmentPart: Codable, Sendable, Hashable {
        public var href: String
        public var kind: String?
        public var format: String
        public var documentNumber: String?
    }

    /// Why a dossier was quarantined and where.
    public struct QuarantinePart: Codable, Sendable, Hashable {
        public var reason: String
        public var diagnosticID: String
        public var file: String
        public var member: String?
        public var line: Int?
        public var column: Int?
        public var contentHash: String?
        /// Every diagnostic recorded, rendered `path:line:col: severity: message [id]`.
        public var diagnostics: [String]
    }
}

extension PacketDocument {
    /// The packet of one decision; `dossier` adds the dossier summary when the caller has it.
    public init(decision: Decision, dossier: Dossier?, run: RunContext) {
        self.schema = Self.schemaName
        self.dossierID = decision.dossierID
        self.outcome = decision.outcome.rawValue
        self.run = Run(id: run.runID, generatedAt: run.generatedAt, outboundVersion: run.outboundVersion)
        if let quarantine = decision.quarantine {
            self.kind = "quarantine"
            self.dossier = nil
            self.decision = nil
            self.quarantine = QuarantinePart(quarantine)
            return
        }
        self.kind = decision.outcome == .outOfScope ? "short" : "decision"
        self.dossier = dossier.map(DossierSummary.init)
        self.decision = DecisionPart(decision)
        self.quarantine = nil
    }
}

extension PacketDocument.QuarantinePart {
    init(_ q: Quarantine) {
        self.init(
            reason: q.reason, diagnosticID: q.diagnosticId, file: q.location.file, member: q.location.member,
            line: q.location.line, column: q.location.column, contentHash: q.contentHash,
            diagnostics: q.diagnostics.map(\.description))
    }
}

extension PacketDocument.DossierSummary {
    init(_ d: Dossier) {
        typealias P = PacketDocument
        self.init(
            id: d.id, filed: d.filed?.description, filedRaw: d.filedRaw,
            office: d.office.map { P.OfficePart(province: $0.province, channel: $0.channel) },
            transaction: P.TransactionPart(
                type: d.transaction.type.rawValue, track: d.transaction.track,
                value: d.transaction.value.map { P.ValuePart(currency: $0.currency, raw: $0.raw, amount: $0.amount) },
                contractRef: d.transaction.contractRef, technologySummaries: d.transaction.technologySummaries.map(P.TextPart.init)),
            parties: d.parties.map { party in
                P.PartyPart(
                    id: party.id, role: party.role.rawValue, kind: party.kind.rawValue,
                    names: party.names.map { P.TextPart(lang: $0.lang, text: $0.original, source: nil) },
                    country: party.country.map { P.CountryPart(raw: $0.raw, code: $0.code) },
                    identifiers: party.identifiers.map(P.IdentifierPart.init), address: party.address, controlledBy: party.controlledBy)
            },
            assets: d.assets.map { asset in
                P.AssetPart(
                    id: asset.id, type: asset.type.rawValue, owner: asset.owner, titles: asset.titles.map(P.TextPart.init),
                    identifiers: asset.identifiers.map(P.IdentifierPart.init),
                    classifications: asset.classifications.map { $0.code ?? $0.raw },
                    fiscalFunding: asset.funding?.fiscal, fundingProgramme: asset.funding?.programme,
                    secrecy: asset.secrecy?.rawValue, claimCount: asset.claims.count,
                    attachments: asset.attachments.map(P.AttachmentPart.init))
            },
            attachments: d.attachments.map(P.AttachmentPart.init), source: d.source.description, contentHash: d.contentHash)
    }
}

extension PacketDocument.TextPart {
    init(_ text: LocalisedText) { self.init(lang: text.lang, text: text.text, source: text.source) }
}

extension PacketDocument.IdentifierPart {
    init(_ id: Identifier) { self.init(scheme: id.scheme, value: id.value, normalised: id.normalised, checkValid: id.checkValid) }
}

extension PacketDocument.AttachmentPart {
    init(_ a: Attachment) { self.init(href: a.href, kind: a.kind, format: a.format.rawValue, documentNumber: a.documentNumber) }
}
