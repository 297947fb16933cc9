import DossierModel
import XMLStream

/// Reads the WIPO ST.36 family: `us-patent-grant`, `us-patent-application`,
/// `patent-document`, the EPO `ep-patent-document` with its SDOBI B-tags, the legacy USPTO
/// ST.32 `PATDOC` (upper-case B-tags) and the old CNIPA `cn-patent-document`.
///
/// Every claims set is kept: an EPO grant carries its claims in German, English and French,
/// and each can match a catalogue keyword.
struct ST36Profile: PatentFormatProfile {
    let format: AttachmentFormat
    /// The kind code, once the legacy `B100` block is read: a `PATDOC` design patent (kind
    /// `S…`) classifies by Locarno in `B510`, which is not an IPC symbol.
    private var kind: String?

    init(format: AttachmentFormat) {
        self.format = format
    }

    /// Elements collected whole.
    static let captured: Set<String> = [
        "publication-reference", "cn-publication-reference", "invention-title", "abstract",
        "classification-ipcr", "classification-ipc", "classification-cpc",
        "us-applicant", "applicant", "assignee", "cn-applicant",
        // EPO SDOBI and legacy USPTO B-tags
        "B100", "B510", "B540", "B711", "B731", "SDOAB",
    ]

    /// Elements passed over: descriptions, drawings, citations, people who are not applicants,
    /// and B-tags with nothing the review reads.
    static let skipped: Set<String> = [
        "description", "drawings", "us-references-cited", "references-cited", "search-report-data",
        "ep-reference-list", "inventors", "agents", "examiners", "us-related-documents",
        "related-documents", "priority-claims", "application-reference", "classification-national",
        "us-field-of-classification-search", "field-of-search", "cn-related-documents",
        "cn-related-publication", "cn-inventors", "cn-agents", "sequence-list-doc", "us-sequence-list-doc",
        "table-external-doc", "us-chemistry", "us-math", "us-claim-statement",
        "B000", "B200", "B300", "B400", "B520", "B560", "B580", "B590", "B600", "B720", "B740",
        "B745", "B780", "B800", "B900", "SDODE", "SDODR",
    ]

    mutating func begin(_ root: XMLStartTag, into builder: inout PatentDocumentBuilder) {
        // EPO roots carry the number: <ep-patent-document country="EP" doc-number="3404678" kind="B1">.
        let attributes = root.attributes
        builder.setNumber(
            country: PatentText.attribute("country", in: attributes),
            number: PatentText.attribute("doc-number", in: attributes),
            kind: PatentText.attribute("kind", in: attributes))
    }

    func action(for tag: XMLStartTag, parent: String) -> ElementAction {
        if let listed = Self.listedAction(tag.name) { return listed }
        if tag.name == "claim", parent == "claims" { return .capture }
        if tag.name == "CLM", parent == "CL" { return .capture }
        return .descend
    }

    mutating func take(_ e: ParsedElement, into builder: inout PatentDocumentBuilder) {
        switch e.name {
        case "publication-reference", "cn-publication-reference":
            guard let id = PatentText.child(e, ["document-id"]) else { return }
            builder.setNumber(
                country: PatentText.childText(id, ["country"]), number: PatentText.childText(id, ["doc-number"]),
                kind: PatentText.childText(id, ["kind"]))
        case "B100":
            kind = PatentText.childText(e, ["B130"])
            builder.setNumber(country: PatentText.childText(e, ["B190"]), number: PatentText.childText(e, ["B110"]), kind: kind)
        case "invention-title":
            builder.addTitle(PatentText.text(e), lang: builder.language(of: e))
        case "B540":
            takeTitles(e, into: &builder)
        case "abstract", "SDOAB":
            builder.addAbstract(PatentText.text(e), lang: builder.language(of: e))
        case "claim":
            builder.addClaim(
                number: PatentText.attribute("num", in: e.attributes), text: PatentText.claimText(e), lang: builder.language(of: e))
        case "CLM":
            let id = PatentText.attribute("ID", in: e.attributes)
            builder.addClaim(
                number: id.map { $0.hasPrefix("CLM-") ? String($0.dropFirst(4)) : $0 }, text: PatentText.claimText(e),
                lang: builder.language(of: e))
        case "classification-ipcr":
            builder.addClassification(
                scheme: "IPC", raw: PatentText.structuredSymbol(e) ?? PatentText.childText(e, ["text"]).flatMap(PatentText.symbol(inText:)))
        case "classification-ipc":
            for symbol in e.elements where symbol.name == "main-classification" || symbol.name == "further-classification" {
                builder.addClassification(scheme: "IPC", raw: PatentText.symbol(inText: PatentText.text(symbol)))
            }
        case "classification-cpc":
            builder.addClassification(
                scheme: "CPC", raw: PatentText.structuredSymbol(e) ?? PatentText.childText(e, ["text"]).flatMap(PatentText.symbol(inText:)))
        case "B510":
            guard kind?.hasPrefix("S") != true else { return }  // Locarno, not IPC
            for symbol in e.elements where symbol.name == "B511" || symbol.name == "B512" {
                builder.addClassification(scheme: "IPC", raw: PatentText.symbol(inText: PatentText.text(symbol)))
            }
        case "us-applicant", "applicant", "assignee", "cn-applicant":
            let book = PatentText.child(e, ["addressbook"]) ?? e
            let name =
                PatentText.childText(book, ["orgname", "name"])
                ?? PatentText.personName(last: PatentText.childText(book, ["last-name"]), first: PatentText.childText(book, ["first-name"]))
            builder.addApplicant(name, lang: PatentText.language(book.attributes) ?? PatentText.language(e.attributes))
        case "B711", "B731":
            builder.addApplicant(Self.bTagName(e), lang: nil)
        default:
            break
        }
    }

    /// EPO titles come as `B541` language and `B542` title pairs; the legacy USPTO `B540`
    /// holds the title alone.
    private func takeTitles(_ e: ParsedElement, into builder: inout PatentDocumentBuilder) {
        var lang = builder.language
        var paired = false
        for child in e.elements {
            if child.name == "B541" {
                let code = PatentText.text(child).lowercased()
                lang = code.isEmpty ? nil : code
            } else if child.name == "B542" {
                paired = true
                builder.addTitle(PatentText.text(child), lang: lang)
            }
        }
        if !paired { builder.addTitle(PatentText.text(e), lang: builder.language(of: e)) }
    }

    /// The name in an EPO party (`snm`) or a legacy USPTO `PARTY-US` (`NAM` with `ONM`, or
    /// `SNM` and `FNM`).
    private static func bTagName(_ e: ParsedElement) -> String? {
        if let name = PatentText.childText(e, ["snm"]) { return name }
        guard let nam = PatentText.descendant(e, ["NAM"]) else { return nil }
        return PatentText.childText(nam, ["ONM"])
            ?? PatentText.personName(last: PatentText.childText(nam, ["SNM"]), first: PatentText.childText(nam, ["FNM"]))
    }
}
