import DossierModel

/// Writes a generated dossier in the v1 interchange format (`urn:outbound:dossier:1`), laid
/// out like the skeleton of the format's specification.
enum DossierXMLWriter {
    /// The namespace of the format.
    static let namespace = "urn:outbound:dossier:1"

    /// A complete document with XML declaration and namespace declaration.
    static func document(_ generated: GeneratedDossier) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(generated, indent: 0, declareNamespace: true)
    }

    /// The `<transfer-dossier>` element, each line indented by `indent` spaces.
    static func element(_ generated: GeneratedDossier, indent: Int, declareNamespace: Bool) -> String {
        let d = generated.dossier
        var out = XMLLines(margin: indent)
        var rootAttributes: [(String, String?)] = [("xmlns", declareNamespace ? namespace : nil), ("id", d.id), ("filed", d.filedRaw)]
        if let ext = generated.officeExtension {
            rootAttributes += [("xmlns:ext", ext.namespace), ("ext:received", ext.received)]
        }
        out.line(0, "<transfer-dossier\(XMLText.attributes(rootAttributes))>")
        if let ext = generated.officeExtension {
            out.element(1, "ext:intake-ref", text: ext.intakeReference)
        }
        if let office = d.office {
            out.empty(1, "office", [("province", office.province), ("channel", office.channel)])
        }
        writeTransaction(d.transaction, into: &out)
        out.line(1, "<parties>")
        for party in d.parties { writeParty(party, into: &out) }
        out.line(1, "</parties>")
        out.line(1, "<assets>")
        for asset in d.assets { writeAsset(asset, into: &out) }
        out.line(1, "</assets>")
        if !d.attachments.isEmpty {
            out.line(1, "<attachments>")
            for attachment in d.attachments {
                out.empty(2, "attachment", [("href", attachment.href), ("kind", attachment.kind)])
            }
            out.line(1, "</attachments>")
        }
        out.line(0, "</transfer-dossier>")
        return out.text
    }

    private static func writeTransaction(_ t: Transaction, into out: inout XMLLines) {
        out.line(1, "<transaction\(XMLText.attributes([("type", t.type.rawValue), ("track", t.track)]))>")
        if let value = t.value { out.element(2, "value", [("currency", value.currency)], text: value.raw) }
        if let ref = t.contractRef { out.element(2, "contract-ref", text: ref) }
        for summary in t.technologySummaries {
            out.element(2, "technology-summary", [("lang", summary.lang)], text: summary.text)
        }
        out.line(1, "</transaction>")
    }

    private static func writeParty(_ p: Party, into out: inout XMLLines) {
        out.line(2, "<party\(XMLText.attributes([("id", p.id), ("role", p.role.rawValue), ("kind", p.kind.rawValue)]))>")
        for name in p.names { out.element(3, "name", [("lang", name.lang)], text: name.original) }
        if let country = p.country { out.element(3, "country", text: country.raw) }
        for identifier in p.identifiers { out.element(3, "identifier", [("scheme", identifier.scheme)], text: identifier.value) }
        if let address = p.address { out.element(3, "address", text: address) }
        for ref in p.controlledBy { out.empty(3, "controlled-by", [("ref", ref)]) }
        out.line(2, "</party>")
    }

    private static func writeAsset(_ a: Asset, into out: inout XMLLines) {
        out.line(2, "<asset\(XMLText.attributes([("id", a.id), ("type", a.type.rawValue), ("owner", a.owner)]))>")
        for identifier in a.identifiers { out.element(3, "identifier", [("scheme", identifier.scheme)], text: identifier.value) }
        for title in a.titles { out.element(3, "title", [("lang", title.lang)], text: title.text) }
        for c in a.classifications { out.element(3, "classification", [("scheme", c.scheme)], text: c.raw) }
        for abstract in a.abstracts { out.element(3, "abstract", [("lang", abstract.lang)], text: abstract.text) }
        for block in ClaimBlocks.split(a.claims) {
            out.line(3, "<claims\(XMLText.attributes([("lang", block.lang)]))>")
            for claim in block.claims { out.element(4, "claim", [("n", claim.number)], text: claim.text) }
            out.line(3, "</claims>")
        }
        if let funding = a.funding {
            out.empty(3, "funding", [("fiscal", funding.fiscal ? "true" : "false"), ("programme", funding.programme)])
        }
        if let secrecy = a.secrecy { out.element(3, "secrecy", text: secrecy.rawValue) }
        for attachment in a.attachments { out.empty(3, "attachment", [("href", attachment.href), ("kind", attachment.kind)]) }
        out.line(2, "</asset>")
    }
}
