import DossierModel

/// One record cut from a stream: the bytes of one element (a `<transfer-dossier>` of a
/// batch, a `<patent-assignment>`), and where it starts in the file.
public struct XMLRecord: Sendable {
    /// The element's bytes, UTF-8, from its `<` to the end of its end tag.
    public var bytes: [UInt8]
    /// 0-based position among the records of the stream.
    public var index: Int
    /// 1-based line and column where the record starts in the (UTF-8) stream.
    public var line: Int
    public var column: Int
    /// The `id` attribute of the record's start tag, read without parsing, so that even a
    /// malformed record can be named.
    public var idAttribute: String?
    /// True when the stream ended, or another record began, before the record's end tag.
    public var isTruncated: Bool
}

/// A problem with the stream outside any record (no root, trailing content, a record too
/// large to hold).
public struct SplitProblem: Sendable, Error {
    public var id: String
    public var message: String
    public var line: Int
    public var column: Int
    /// The record it concerns, when there is one.
    public var recordId: String?
    public var recordIndex: Int?
}

/// What the splitter yields.
public enum SplitItem: Sendable {
    case record(XMLRecord)
    case problem(SplitProblem)
}
