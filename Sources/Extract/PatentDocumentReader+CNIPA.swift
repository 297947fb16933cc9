import DossierModel
import XMLStream

/// Reads the current CNIPA publication XML, `business:PatentDocumentAndRelated` (`base:`
/// and `business:` namespaces): the number from the root's attributes or the first
/// `PublicationReference`, `InventionTitle`, `Abstract`, `Claims/Claim/ClaimText`,
/// `ClassificationIPCR` (structured, else its `Text`) and `ApplicantDetails/Applicant`.
/// The older `cn-patent-document` is ST.36-like and read by `ST36Profile`.
struct CNIPAProfile: PatentFormatProfile {
    var format: AttachmentFormat { .cnipa }

    /// Elements collected whole.
    static let captured: Set<String> = [
        "PublicationReference", "InventionTitle", "Abstract", "ClassificationIPCR", "ClassificationCPC",
        "Applicant", "Patentee", "Assignee",
    ]

    /// Elements passed over: descriptions, drawings, related documents, and people who are
    /// not applicants.
    static let skipped: Set<String> = [
        "Description", "Drawings", "ApplicationReference", "PriorityDetails", "RelatedDocuments",
        "PublicAvailabilityDate", "InventorDetails", "AgentDetails", "CitationDetails", "SearchReport",
    ]

    mutating func begin(_ root: XMLStartTag, into builder: inout PatentDocumentBuilder) {
        // <business:PatentDocumentAndRelated country="CN" docNumber="113781974" kind="A">
        let attributes = root.attributes
        builder.setNumber(
            country: PatentText.attribute("country", in: attributes), number: PatentText.attribute("docNumber", in: attributes),
            kind: PatentText.attribute("kind", in: attributes))
    }

    func action(for tag: XMLStartTag, parent: String) -> ElementAction {
        if let listed = Self.listedAction(tag.name) { return listed }
        if tag.name == "Claim", parent == "Claims" { return .capture }
        return .descend
    }

    mutating func take(_ e: ParsedElement, into builder: inout PatentDocumentBuilder) {
        switch e.name {
        case "PublicationReference":
            guard let id = PatentText.child(e, ["DocumentID"]) else { return }
            builder.setNumber(
                country: PatentText.childText(id, ["WIPOST3Code"]), number: PatentText.childText(id, ["DocNumber"]),
                kind: PatentText.childText(id, ["Kind"]))
        case "InventionTitle":
            builder.addTitle(PatentText.text(e), lang: builder.language(of: e))
        case "Abstract":
            builder.addAbstract(PatentText.text(e), lang: builder.language(of: e))
        case "Claim":
            builder.addClaim(
                number: PatentText.attribute("num", in: e.attributes), text: PatentText.claimText(e), lang: builder.language(of: e))
        case "ClassificationIPCR", "ClassificationCPC":
            let raw = PatentText.structuredSymbol(e) ?? PatentText.childText(e, ["Text"]).flatMap(PatentText.symbol(inText:))
            builder.addClassification(scheme: e.name == "ClassificationCPC" ? "CPC" : "IPC", raw: raw)
        case "Applicant", "Patentee", "Assignee":
            let book = PatentText.child(e, ["AddressBook"]) ?? e
            let name =
                PatentText.childText(book, ["Name", "OrganizationName"])
                ?? PatentText.personName(last: PatentText.childText(book, ["LastName"]), first: PatentText.childText(book, ["FirstName"]))
            builder.addApplicant(name, lang: PatentText.language(book.attributes) ?? PatentText.language(e.attributes))
        default:
            break
        }
    }
}
