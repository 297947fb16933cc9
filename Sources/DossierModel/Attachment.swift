/// A file that a dossier or an asset references by `href`, and what was read from it.
public struct Attachment: Codable, Sendable, Hashable {
    /// The relative `href` as written.
    public var href: String
    /// `@kind` as written (`st36`, `contract`, `technical-description`, …).
    public var kind: String?
    /// What the reader found the file to be.
    public var format: AttachmentFormat
    /// Size in bytes of the member, when it was found.
    public var size: Int?
    /// The text of a plain-text attachment (contracts, technical descriptions), for matching.
    public var text: String?
    /// Publication or patent number of an attached patent document (`US8930553B2`).
    public var documentNumber: String?

    public init(href: String, kind: String?, format: AttachmentFormat, size: Int? = nil, text: String? = nil, documentNumber: String? = nil)
    {
        self.href = href
        self.kind = kind
        self.format = format
        self.size = size
        self.text = text
        self.documentNumber = documentNumber
    }
}

/// What an attachment turned out to be.
public enum AttachmentFormat: String, Codable, Sendable, Hashable {
    /// WIPO ST.36 family: `us-patent-grant`, `us-patent-application`, `patent-document`, `ep-patent-document`.
    case st36
    /// WIPO ST.96 `pat:PatentPublication`.
    case st96
    /// CNIPA `business:PatentDocumentAndRelated` or `cn-patent-document`.
    case cnipa
    /// UTF-8 plain text.
    case text
    /// Listed in the packet, not parsed (PDF, images, unknown XML).
    case opaque
    /// Referenced but not present in the bundle (or the dossier is not in a bundle).
    case missing
}
