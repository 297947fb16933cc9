import DossierModel

/// What an attached patent document (WIPO ST.36 family, ST.96, EPO, CNIPA) adds to the asset
/// that references it. Every text carries the attachment's `href` as its source.
public struct PatentDocument: Sendable, Hashable {
    /// The family the root element belongs to.
    public var format: AttachmentFormat
    /// The root element's local name (`us-patent-grant`, `ep-patent-document`, …).
    public var root: String
    /// Publication or patent number with country and kind (`US08930553B2`, `EP3404678B1`).
    public var number: String?
    public var titles: [LocalisedText]
    public var abstracts: [LocalisedText]
    public var claims: [Claim]
    /// Classification symbols as written in the document; Normalise makes them canonical.
    public var classifications: [Classification]
    /// Applicants, proprietors and assignees named by the document.
    public var applicants: [LocalisedText]

    public init(
        format: AttachmentFormat, root: String, number: String? = nil, titles: [LocalisedText] = [], abstracts: [LocalisedText] = [],
        claims: [Claim] = [], classifications: [Classification] = [], applicants: [LocalisedText] = []
    ) {
        self.format = format
        self.root = root
        self.number = number
        self.titles = titles
        self.abstracts = abstracts
        self.claims = claims
        self.classifications = classifications
        self.applicants = applicants
    }
}
