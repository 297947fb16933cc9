import DossierModel
import XMLStream

/// Collects what a format profile reads into a `PatentDocument`, stamping every text and
/// classification with the attachment's `href` and dropping empty and repeated entries.
struct PatentDocumentBuilder {
    var document: PatentDocument
    /// The attachment's `href`: the `source` of everything read.
    let href: String
    /// The root element's language (`lang`, `xml:lang` or ST.96 `languageCode`), lower-cased.
    let language: String?
    private var classificationKeys: Set<String> = []
    private var applicantKeys: Set<String> = []

    init(root: XMLStartTag, format: AttachmentFormat, href: String) {
        document = PatentDocument(format: format, root: root.name)
        self.href = href
        language = PatentText.language(root.attributes)
    }

    /// The language the elements around the one being read declare (`<claims lang="de">`),
    /// else the root's; set by the walk before each captured element.
    var enclosingLanguage: String?

    /// The language of an element: its own `lang` or `languageCode` attribute, else the one
    /// of the elements around it, else the root's.
    func language(of element: ParsedElement) -> String? {
        PatentText.language(element.attributes) ?? enclosingLanguage ?? language
    }

    /// Sets the publication number from its parts (`US` `08930553` `B2` -> `US08930553B2`),
    /// unless one is already known: the first publication reference is the document's own.
    mutating func setNumber(country: String?, number: String?, kind: String?) {
        guard document.number == nil else { return }
        let parts = [country, number, kind].map { $0.map(PatentText.compact) ?? "" }
        guard !parts[1].isEmpty else { return }
        document.number = parts.map { $0.filter { $0 != " " } }.joined()
    }

    mutating func addTitle(_ text: String, lang: String?) {
        guard !text.isEmpty else { return }
        document.titles.append(LocalisedText(lang: lang, text: text, source: href))
    }

    mutating func addAbstract(_ text: String, lang: String?) {
        guard !text.isEmpty else { return }
        document.abstracts.append(LocalisedText(lang: lang, text: text, source: href))
    }

    /// Adds a claim in `lang`, the language of its claims set or of the document.
    mutating func addClaim(number: String?, text: String, lang: String?) {
        guard !text.isEmpty else { return }
        let number = number.map(PatentText.compact).flatMap { $0.isEmpty ? nil : $0 }
        document.claims.append(Claim(number: number, text: text, lang: lang, source: href))
    }

    /// Adds a classification symbol once per scheme, however many times the document repeats it.
    mutating func addClassification(scheme: String, raw: String?) {
        guard let raw, !raw.isEmpty, classificationKeys.insert(scheme + "\u{0}" + raw).inserted else { return }
        document.classifications.append(Classification(scheme: scheme, raw: raw, source: href))
    }

    /// Adds an applicant, proprietor or assignee once: US grants name the same company as
    /// applicant and as assignee.
    mutating func addApplicant(_ name: String?, lang: String?) {
        guard let name, !name.isEmpty, applicantKeys.insert(name).inserted else { return }
        document.applicants.append(LocalisedText(lang: lang, text: name, source: href))
    }
}
