import DossierModel
import XMLStream

/// Reads an attached patent document (WIPO ST.36 family with the EPO and legacy USPTO
/// variants, WIPO ST.96, CNIPA) into a `PatentDocument` while it streams.
///
/// Only the elements a review needs (publication number, titles, abstracts, claims,
/// classifications, applicants) are collected as small trees; everything else, above all
/// the description that can run to megabytes, is passed event by event and never held.
public enum PatentDocumentReader {
    /// Reads an attached patent document as it streams; `href` becomes the `source` of every
    /// text and classification.
    ///
    /// Throws `PatentDocumentError` (`attachment.malformed`, with libxml2's first error and
    /// its line) when the document is not well-formed, and `attachment.unreadable` when the
    /// byte source fails. Returns format `.opaque` with nothing filled when the root is not a
    /// known patent-document root; the rest of such a document is not read.
    ///
    /// No DTD or external entity is ever loaded: an entity the unread DTD would declare is
    /// left out of the text, as libxml2 reports it only as a recoverable error.
    public static func read(_ source: any ByteSource, href: String) throws -> PatentDocument {
        let reader: XMLPullReader
        do {
            reader = try XMLPullReader(source: source, url: href)
        } catch {
            throw PatentDocumentError(id: "attachment.unreadable", message: "\(error)", line: 0)
        }
        guard let root = firstElement(reader) else {
            throw failure(of: reader, rootClosed: false)
                ?? PatentDocumentError(id: "attachment.malformed", message: "the document has no root element", line: 0)
        }
        switch root.name {
        case "us-patent-grant", "us-patent-application", "patent-document", "ep-patent-document", "PATDOC":
            return try run(reader, root: root, profile: ST36Profile(format: .st36), href: href)
        case "cn-patent-document":
            return try run(reader, root: root, profile: ST36Profile(format: .cnipa), href: href)
        case "PatentDocumentAndRelated":
            return try run(reader, root: root, profile: CNIPAProfile(), href: href)
        case "PatentPublication":
            return try run(reader, root: root, profile: ST96Profile(), href: href)
        default:
            return PatentDocument(format: .opaque, root: root.name)
        }
    }

    /// Walks the document below `root`: the profile decides, element by element, whether to
    /// collect it as a tree, pass over it, or descend into it.
    private static func run<Profile: PatentFormatProfile>(_ reader: XMLPullReader, root: XMLStartTag, profile: Profile, href: String) throws
        -> PatentDocument
    {
        var profile = profile
        var builder = PatentDocumentBuilder(root: root, format: profile.format, href: href)
        profile.begin(root, into: &builder)
        var parents = [root.name]
        // The language each open element declares or inherits: an EPO `<claims lang="de">`
        // gives its claims their language.
        var languages = [builder.language]
        while let parent = parents.last, let event = reader.next() {
            switch event {
            case .start(let tag):
                switch profile.action(for: tag, parent: parent) {
                case .capture:
                    builder.enclosingLanguage = languages.last ?? nil
                    profile.take(reader.readSubtree(tag), into: &builder)
                case .skip:
                    reader.skipSubtree()
                case .descend:
                    parents.append(tag.name)
                    languages.append(PatentText.language(tag.attributes) ?? languages.last ?? nil)
                }
            case .end:
                parents.removeLast()
                languages.removeLast()
            case .text:
                break
            }
        }
        let rootClosed = parents.isEmpty
        // Comments and processing instructions may follow the root; anything else is an error
        // libxml2 reports, and a document glued to another is not one attachment.
        while reader.next() != nil {}
        if let error = failure(of: reader, rootClosed: rootClosed) { throw error }
        return builder.document
    }

    /// The root element's start tag, or nil when the document ends (or breaks) before it.
    private static func firstElement(_ reader: XMLPullReader) -> XMLStartTag? {
        while let event = reader.next() {
            if case .start(let tag) = event { return tag }
        }
        return nil
    }

    /// The error that stopped the reader, if any.
    ///
    /// A fatal libxml2 error means the document is not well-formed. Errors libxml2 recovers
    /// from (an entity that only the unread external DTD declares, a namespace error) do not
    /// make it malformed, unless they stopped the reader before the root element closed.
    private static func failure(of reader: XMLPullReader, rootClosed: Bool) -> PatentDocumentError? {
        if let error = reader.sourceError {
            return PatentDocumentError(id: "attachment.unreadable", message: "the attachment could not be read: \(error)", line: 0)
        }
        if let fatal = reader.problems.first(where: { $0.level == .fatal }) {
            return PatentDocumentError(id: "attachment.malformed", message: fatal.message, line: fatal.line)
        }
        if !rootClosed {
            let first = reader.problems.first { $0.level != .warning }
            return PatentDocumentError(
                id: "attachment.malformed", message: first?.message ?? "the document ends before its root element is closed",
                line: first?.line ?? 0)
        }
        return nil
    }
}

/// An attached patent document that cannot be read: not well-formed, or its bytes failed.
public struct PatentDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `attachment.malformed` or `attachment.unreadable`.
    public var id: String
    /// libxml2's message for the first error, or what failed.
    public var message: String
    /// 1-based line of the error in the document; 0 when unknown.
    public var line: Int

    public init(id: String, message: String, line: Int) {
        self.id = id
        self.message = message
        self.line = line
    }

    public var description: String {
        line > 0 ? "line \(line): \(message) [\(id)]" : "\(message) [\(id)]"
    }
}

/// What the walk does with an element.
enum ElementAction {
    /// Collect the element and its subtree as a `ParsedElement` and hand it to the profile.
    case capture
    /// Pass over the element and its subtree without keeping anything.
    case skip
    /// Go on into the element's children.
    case descend
}

/// The element names of one patent-document family: which elements to collect and how to
/// read them.
protocol PatentFormatProfile {
    /// The family this profile reads.
    var format: AttachmentFormat { get }
    /// Elements read whole into a small tree.
    static var captured: Set<String> { get }
    /// Elements passed over without reading their children.
    static var skipped: Set<String> { get }
    /// Reads what the root element's start tag says (EPO and CNIPA roots carry the number).
    mutating func begin(_ root: XMLStartTag, into builder: inout PatentDocumentBuilder)
    /// What to do with an element met below an element named `parent` (local names).
    func action(for tag: XMLStartTag, parent: String) -> ElementAction
    /// Reads an element the profile asked to capture.
    mutating func take(_ element: ParsedElement, into builder: inout PatentDocumentBuilder)
}

extension PatentFormatProfile {
    /// The action the name lists give an element, or nil when neither lists it.
    static func listedAction(_ name: String) -> ElementAction? {
        if captured.contains(name) { return .capture }
        if skipped.contains(name) { return .skip }
        return nil
    }
}
