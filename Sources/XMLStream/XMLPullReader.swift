import CLibXML2
import DossierModel

/// A start tag met by the pull reader.
public struct XMLStartTag: Sendable {
    public var name: String
    public var namespace: String?
    public var attributes: [ParsedAttribute]
    public var line: Int
    public var depth: Int

    /// The value of an attribute with no namespace.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }
}

/// What the pull reader yields.
public enum XMLEvent: Sendable {
    case start(XMLStartTag)
    case end(name: String, namespace: String?)
    case text(String)
}

/// A streaming reader over libxml2's xmlTextReader that pulls its input from a
/// `ByteSource`, so a gzip stream or an archive member is parsed while it inflates and no
/// document is ever held whole. Safe options, and its own structured error handler.
public final class XMLPullReader {
    private var reader: xmlTextReaderPtr?
    private let input: InputBox
    private let collector = ProblemCollector()
    private var pendingEnd: (String, String?)?
    private var done = false

    /// Problems libxml2 raised so far.
    public var problems: [XMLProblem] { collector.problems }
    /// True when libxml2 raised an error (not only warnings).
    public var hasErrors: Bool { collector.hasErrors }
    /// An error thrown by the byte source, if reading stopped because of it.
    public var sourceError: (any Error)? { input.error }

    /// - Parameter url: a name for messages only; nothing is ever loaded from it.
    public init(source: any ByteSource, url: String? = nil) throws {
        XMLStream.initialise()
        input = InputBox(source)
        let context = Unmanaged.passUnretained(input).toOpaque()
        reader = xmlReaderForIO(
            { context, buffer, length in
                guard let context, let buffer, length > 0 else { return -1 }
                let box = Unmanaged<InputBox>.fromOpaque(context).takeUnretainedValue()
                do {
                    return Int32(try box.source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
                } catch {
                    box.error = error
                    return -1
                }
            }, nil, context, url, nil, XMLStream.safeOptions)
        guard let reader else { throw SchemaError(message: "libxml2 could not create a reader") }
        xmlTextReaderSetStructuredErrorHandler(reader, ProblemCollector.parserCallback, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    /// The next event; nil at the end of the document or after an error (see `problems`).
    public func next() -> XMLEvent? {
        if let (name, ns) = pendingEnd {
            pendingEnd = nil
            return .end(name: name, namespace: ns)
        }
        guard !done, let reader else { return nil }
        while true {
            let status = xmlTextReaderRead(reader)
            if status != 1 {
                done = true
                if status < 0, collector.problems.isEmpty {
                    collector.problems.append(
                        XMLProblem(
                            level: .fatal, code: 1, message: input.error.map { "read failed: \($0)" } ?? "the document could not be read",
                            line: 0, column: 0, isValidity: false))
                }
                return nil
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let tag = startTag(reader)
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = (tag.name, tag.namespace) }
                return .start(tag)
            case 15:  // end element
                return .end(
                    name: string(xmlTextReaderConstLocalName(reader)) ?? "", namespace: string(xmlTextReaderConstNamespaceUri(reader)))
            case 3, 4, 13, 14:  // text, CDATA, whitespace
                if let value = string(xmlTextReaderConstValue(reader)) { return .text(value) }
            default:
                continue
            }
        }
    }

    /// Reads the element whose start tag was just returned, with its subtree, into a tree.
    public func readSubtree(_ start: XMLStartTag) -> ParsedElement {
        var children: [ParsedNode] = []
        while let event = next() {
            switch event {
            case .start(let child):
                children.append(.element(readSubtree(child)))
            case .text(let t):
                children.append(.text(t))
            case .end:
                return ParsedElement(
                    name: start.name, namespace: start.namespace, attributes: start.attributes, children: children, line: start.line)
            }
        }
        return ParsedElement(
            name: start.name, namespace: start.namespace, attributes: start.attributes, children: children, line: start.line)
    }

    /// Skips the rest of the element whose start tag was just returned.
    public func skipSubtree() {
        var depth = 1
        while depth > 0, let event = next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    private func startTag(_ reader: xmlTextReaderPtr) -> XMLStartTag {
        let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
        let namespace = string(xmlTextReaderConstNamespaceUri(reader))
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        let depth = Int(xmlTextReaderDepth(reader))
        var attributes: [ParsedAttribute] = []
        if xmlTextReaderHasAttributes(reader) == 1, xmlTextReaderMoveToFirstAttribute(reader) == 1 {
            repeat {
                let attrNamespace = string(xmlTextReaderConstNamespaceUri(reader))
                if attrNamespace == "http://www.w3.org/2000/xmlns/" { continue }
                attributes.append(
                    ParsedAttribute(
                        name: string(xmlTextReaderConstLocalName(reader)) ?? "", namespace: attrNamespace,
                        value: string(xmlTextReaderConstValue(reader)) ?? ""))
            } while xmlTextReaderMoveToNextAttribute(reader) == 1
            xmlTextReaderMoveToElement(reader)
        }
        return XMLStartTag(name: name, namespace: namespace, attributes: attributes, line: line, depth: depth)
    }

    private func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        p.map { String(cString: $0) }
    }
}

/// Holds the byte source for the C read callback, and the error it threw.
private final class InputBox {
    let source: any ByteSource
    var error: (any Error)?
    init(_ source: any ByteSource) { self.source = source }
}
