import DossierModel
import XMLStream

/// Maps a parsed `<transfer-dossier>` element to a `Dossier`: the v1 format's vocabulary,
/// nothing normalised yet. Elements in other namespaces are ignored; a problem that makes a
/// decision impossible (no id, no transaction, an unknown transaction type) is thrown.
public struct DossierMapper {
    /// Where the dossier was read, for diagnostics.
    public var location: SourceLocation
    /// Turns a line of the parsed record into a file position.
    public var position: (Int) -> SourceLocation
    public private(set) var diagnostics: [Diagnostic] = []

    public init(location: SourceLocation, position: @escaping (Int) -> SourceLocation) {
        self.location = location
        self.position = position
    }

    /// Maps `element`, or throws a `DossierError` to quarantine it.
    public mutating func map(_ element: ParsedElement) throws -> Dossier {
        guard element.name == "transfer-dossier", element.namespace == dossierNamespace else {
            throw DossierError(
                .error(
                    "dossier.namespace",
                    "expected <transfer-dossier> in namespace \(dossierNamespace), found <\(element.name)>\(element.namespace.map { " in namespace \($0)" } ?? " without a namespace")",
                    at: position(element.line)))
        }
        guard let id = element.attribute("id").map(collapseWhitespace), !id.isEmpty else {
            throw DossierError(.error("dossier.missing-id", "the dossier has no id attribute", at: position(element.line)))
        }
        guard let transactionElement = own(element, "transaction") else {
            throw DossierError(
                .error("dossier.missing-transaction", "the dossier has no <transaction>", at: position(element.line), dossier: id))
        }
        let transaction = try mapTransaction(transactionElement, dossier: id)
        checkUnknownChildren(of: element, known: ["office", "transaction", "parties", "assets", "attachments"], dossier: id)

        let office = own(element, "office").map { Office(province: $0.attribute("province"), channel: $0.attribute("channel")) }
        let parties = own(element, "parties").map { owned($0, "party").map { mapParty($0, dossier: id) } } ?? []
        let assets = own(element, "assets").map { owned($0, "asset").map { mapAsset($0, dossier: id) } } ?? []
        let attachments = own(element, "attachments").map { owned($0, "attachment").map(mapAttachment) } ?? []
        if parties.isEmpty {
            warn("dossier.no-parties", "the dossier names no parties", line: element.line, dossier: id)
        }
        if assets.isEmpty {
            warn("dossier.no-assets", "the dossier lists no assets", line: element.line, dossier: id)
        }
        checkReferences(parties: parties, assets: assets, dossier: id, line: element.line)

        return Dossier(
            id: id, filedRaw: element.attribute("filed"), office: office, transaction: transaction,
            parties: parties, assets: assets, attachments: attachments, source: position(element.line),
            diagnostics: diagnostics)
    }

    // MARK: - Parts

    private func mapTransaction(_ e: ParsedElement, dossier: String) throws -> Transaction {
        guard let typeText = e.attribute("type"), !typeText.isEmpty else {
            throw DossierError(
                .error("dossier.missing-transaction-type", "<transaction> has no type attribute", at: position(e.line), dossier: dossier))
        }
        let type = TransactionType(rawValue: typeText)
        guard type.isKnown else {
            var d = Diagnostic.error(
                "dossier.unknown-transaction-type", "unknown transaction type '\(typeText)': no decision is possible", at: position(e.line),
                dossier: dossier)
            d.notes = ["known types: " + TransactionType.known.map(\.rawValue).joined(separator: ", ")]
            throw DossierError(d)
        }
        let value = own(e, "value").map { MonetaryValue(currency: $0.attribute("currency"), raw: $0.text) }
        return Transaction(
            type: type, track: e.attribute("track"), value: value, contractRef: own(e, "contract-ref")?.text,
            technologySummaries: owned(e, "technology-summary").compactMap(localised))
    }

    private mutating func mapParty(_ e: ParsedElement, dossier: String) -> Party {
        let id = e.attribute("id") ?? ""
        if id.isEmpty { warn("party.missing-id", "a <party> has no id attribute", line: e.line, dossier: dossier) }
        let roleText = e.attribute("role") ?? ""
        let role = PartyRole(rawValue: roleText)
        if !role.isKnown {
            warn(
                "party.unknown-role", "party \(id) has an unknown role '\(roleText)'; it is not counted as a transferor or receiving party",
                line: e.line, dossier: dossier)
        }
        let names = owned(e, "name").compactMap { n -> PartyName? in
            let text = n.text
            return text.isEmpty ? nil : PartyName(lang: n.attribute("lang"), original: text)
        }
        if names.isEmpty { warn("party.no-name", "party \(id) has no name", line: e.line, dossier: dossier) }
        return Party(
            id: id, role: role, kind: PartyKind(rawValue: e.attribute("kind") ?? "other"), names: names,
            country: own(e, "country").map { Country(raw: $0.text) }.flatMap { $0.raw.isEmpty ? nil : $0 },
            identifiers: owned(e, "identifier").map { Identifier(scheme: $0.attribute("scheme") ?? "other", value: $0.text) },
            address: own(e, "address")?.text,
            controlledBy: owned(e, "controlled-by").compactMap { $0.attribute("ref") })
    }

    private mutating func mapAsset(_ e: ParsedElement, dossier: String) -> Asset {
        let id = e.attribute("id") ?? ""
        if id.isEmpty { warn("asset.missing-id", "an <asset> has no id attribute", line: e.line, dossier: dossier) }
        let claims = owned(e, "claims").flatMap { claimsElement in
            owned(claimsElement, "claim").map {
                Claim(number: $0.attribute("n"), text: $0.text, lang: $0.attribute("lang") ?? claimsElement.attribute("lang"))
            }
        }
        let funding = own(e, "funding").map { f in
            Funding(fiscal: ["true", "1"].contains(f.attribute("fiscal")?.lowercased() ?? ""), programme: f.attribute("programme"))
        }
        return Asset(
            id: id, type: AssetType(rawValue: e.attribute("type") ?? "other"), owner: e.attribute("owner"),
            identifiers: owned(e, "identifier").map { Identifier(scheme: $0.attribute("scheme") ?? "other", value: $0.text) },
            titles: owned(e, "title").compactMap(localised),
            classifications: owned(e, "classification").map { Classification(scheme: $0.attribute("scheme") ?? "IPC", raw: $0.text) },
            abstracts: owned(e, "abstract").compactMap(localised), claims: claims, funding: funding,
            secrecy: own(e, "secrecy").map { SecrecyStatus(rawValue: $0.text) },
            attachments: owned(e, "attachment").map(mapAttachment))
    }

    private func mapAttachment(_ e: ParsedElement) -> Attachment {
        Attachment(href: e.attribute("href") ?? "", kind: e.attribute("kind"), format: .missing)
    }

    private func localised(_ e: ParsedElement) -> LocalisedText? {
        let text = e.text
        return text.isEmpty ? nil : LocalisedText(lang: e.attribute("lang"), text: text)
    }

    // MARK: - Checks

    private mutating func checkReferences(parties: [Party], assets: [Asset], dossier: String, line: Int) {
        let ids = Set(parties.map(\.id))
        for party in parties {
            for ref in party.controlledBy where !ids.contains(ref) {
                warn(
                    "party.unknown-reference", "party \(party.id) is controlled by '\(ref)', which is not a party of the dossier",
                    line: line, dossier: dossier)
            }
        }
        for asset in assets {
            if let owner = asset.owner, !ids.contains(owner) {
                warn(
                    "asset.unknown-owner", "asset \(asset.id) names owner '\(owner)', which is not a party of the dossier", line: line,
                    dossier: dossier)
            }
        }
    }

    private mutating func checkUnknownChildren(of e: ParsedElement, known: Set<String>, dossier: String) {
        for child in e.elements where child.namespace == dossierNamespace && !known.contains(child.name) {
            warn("dossier.unknown-element", "unknown element <\(child.name)> in <\(e.name)> is ignored", line: child.line, dossier: dossier)
        }
    }

    private mutating func warn(_ id: String, _ message: String, line: Int, dossier: String) {
        diagnostics.append(.warning(id, message, at: position(line), dossier: dossier, stage: .extract))
    }

    /// The first child in the dossier namespace with this name.
    private func own(_ e: ParsedElement, _ name: String) -> ParsedElement? {
        e.first(name, namespace: dossierNamespace)
    }

    /// The children in the dossier namespace with this name.
    private func owned(_ e: ParsedElement, _ name: String) -> [ParsedElement] {
        e.elements(name, namespace: dossierNamespace)
    }
}
