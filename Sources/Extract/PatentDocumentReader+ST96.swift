import DossierModel
import XMLStream

/// Reads a WIPO ST.96 `PatentPublication` (any prefix; USPTO and JPO use their own): the
/// publication identification, titles, abstracts, claims, IPCR and CPC classifications, and
/// applicants and assignees by entity, organisation or person name.
struct ST96Profile: PatentFormatProfile {
    var format: AttachmentFormat { .st96 }

    /// Elements collected whole.
    static let captured: Set<String> = [
        "PatentPublicationIdentification", "InventionTitle", "Abstract", "IPCRClassification",
        "CPCClassification", "Applicant", "Assignee",
    ]

    /// Elements passed over: descriptions, drawings, citations, related documents, and people
    /// who are not applicants.
    static let skipped: Set<String> = [
        "Description", "Drawings", "ReferenceCitationBag", "RelatedDocumentBag", "PriorityClaimBag",
        "ApplicationIdentification", "InventorBag", "ExaminerBag", "RegisteredPractitionerBag",
        "CorrespondenceAddress", "SearchField", "ExternalDocumentBag", "SequenceListDocument",
        "NationalClassification",
    ]

    mutating func begin(_ root: XMLStartTag, into builder: inout PatentDocumentBuilder) {}

    func action(for tag: XMLStartTag, parent: String) -> ElementAction {
        if let listed = Self.listedAction(tag.name) { return listed }
        if tag.name == "Claim", parent == "Claims" { return .capture }
        return .descend
    }

    mutating func take(_ e: ParsedElement, into builder: inout PatentDocumentBuilder) {
        switch e.name {
        case "PatentPublicationIdentification":
            builder.setNumber(
                country: PatentText.childText(e, ["IPOfficeCode"]), number: PatentText.childText(e, ["PublicationNumber"]),
                kind: PatentText.childText(e, ["PatentDocumentKindCode"]))
        case "InventionTitle":
            builder.addTitle(PatentText.text(e), lang: builder.language(of: e))
        case "Abstract":
            builder.addAbstract(PatentText.text(e), lang: builder.language(of: e))
        case "Claim":
            builder.addClaim(number: PatentText.childText(e, ["ClaimNumber"]), text: PatentText.claimText(e), lang: builder.language(of: e))
        case "IPCRClassification":
            builder.addClassification(scheme: "IPC", raw: Self.symbol(e))
        case "CPCClassification":
            builder.addClassification(scheme: "CPC", raw: Self.symbol(e))
        case "Applicant", "Assignee":
            builder.addApplicant(Self.name(e), lang: nil)
        default:
            break
        }
    }

    /// A structured symbol, or the one in `PatentClassificationText`.
    private static func symbol(_ e: ParsedElement) -> String? {
        PatentText.structuredSymbol(e)
            ?? PatentText.nonEmptyText(PatentText.descendant(e, ["PatentClassificationText"])).flatMap(PatentText.symbol(inText:))
    }

    /// The party's name: an entity or organisation name, else a person's full name, else a
    /// structured person name, family name first.
    private static func name(_ party: ParsedElement) -> String? {
        for names: Set<String> in [["EntityName"], ["OrganizationStandardName"], ["PersonFullName"]] {
            if let name = PatentText.nonEmptyText(PatentText.descendant(party, names)) { return name }
        }
        if let person = PatentText.descendant(party, ["PersonStructuredName"]) {
            let given = [PatentText.childText(person, ["FirstName"]), PatentText.childText(person, ["MiddleName"])].compactMap { $0 }
            return PatentText.personName(
                last: PatentText.childText(person, ["LastName"]), first: given.isEmpty ? nil : given.joined(separator: " "))
        }
        return PatentText.nonEmptyText(PatentText.descendant(party, ["OrganizationName"]))
    }
}
