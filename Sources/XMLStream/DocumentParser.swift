import CLibXML2
import DossierModel

/// A small document (one dossier record, one attachment) parsed into a `ParsedElement`
/// tree, with every problem libxml2 raised for it.
public struct ParsedDocument: Sendable {
    /// The element of interest: the document's root, or for a wrapped record the first
    /// element inside the wrapper. Nil when the document is not well-formed.
    public var root: ParsedElement?
    /// Parse errors and warnings, then schema validity errors, in order.
    public var problems: [XMLProblem]
    /// How many further problems were dropped after the cap.
    public var droppedProblems: Int

    /// True when libxml2 raised an error (not only warnings).
    public var hasErrors: Bool { problems.contains { $0.level != .warning } }
}

/// Parses small documents held in memory with the safe options and a per-context error
/// handler. Thread-safe: each call has its own parser context.
public enum DocumentParser {
    /// Parses `bytes` (UTF-8, or any encoding its XML declaration names).
    ///
    /// - Parameters:
    ///   - unwrap: the bytes are a record wrapped in its batch's root start tag; the result's
    ///     root is the first element inside that wrapper.
    ///   - validator: validates the result's root element against a schema.
    public static func parse(_ bytes: [UInt8], unwrap: Bool = false, validator: SchemaValidator? = nil) -> ParsedDocument {
        XMLStream.initialise()
        let collector = ProblemCollector()
        guard let ctxt = xmlNewParserCtxt() else {
            return ParsedDocument(
                root: nil, problems: [XMLProblem(level: .fatal, code: 2, message: "out of memory", line: 0, column: 0, isValidity: false)],
                droppedProblems: 0)
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        ctxt.pointee._private = box.toOpaque()
        ctxt.pointee.sax.pointee.serror = parserContextCallback

        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlCtxtReadMemory(ctxt, chars, Int32(buffer.count), nil, nil, XMLStream.safeOptions)
            }
        }
        guard let doc else {
            if collector.problems.isEmpty {
                collector.problems.append(
                    XMLProblem(level: .fatal, code: 4, message: "Document is empty", line: 1, column: 1, isValidity: false))
            }
            return ParsedDocument(root: nil, problems: collector.problems, droppedProblems: collector.dropped)
        }
        defer { xmlFreeDoc(doc) }
        // libxml2 in recovery-free mode returns no document on a fatal error, but a document
        // with only non-fatal errors (namespace errors) is returned: keep it, with its errors.
        guard var node = xmlDocGetRootElement(doc) else {
            return ParsedDocument(root: nil, problems: collector.problems, droppedProblems: collector.dropped)
        }
        if unwrap {
            guard let inner = firstElementChild(of: node) else {
                return ParsedDocument(root: nil, problems: collector.problems, droppedProblems: collector.dropped)
            }
            node = inner
        }
        if let validator {
            validator.validate(node, into: collector)
        }
        var names = NameStrings()
        return ParsedDocument(root: convert(node, &names), problems: collector.problems, droppedProblems: collector.dropped)
    }

    /// The Swift strings of the names and namespace URIs of one document, by the address of
    /// libxml2's copy: a name comes back on most elements (libxml2 keeps one copy of each in
    /// its dictionary) and every element of a namespace points at the same URI, so each is
    /// decoded once per document. The addresses stay valid until the document is freed,
    /// after the conversion.
    struct NameStrings {
        private var strings: [UnsafePointer<xmlChar>: String] = [:]

        mutating func string(_ pointer: UnsafePointer<xmlChar>) -> String {
            if let known = strings[pointer] { return known }
            let string = String(cString: pointer)
            strings[pointer] = string
            return string
        }
    }

    static func firstElementChild(of node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { return c }
            child = c.pointee.next
        }
        return nil
    }

    /// Copies a libxml2 element and its subtree into Swift values.
    static func convert(_ node: xmlNodePtr, _ names: inout NameStrings) -> ParsedElement {
        let name = names.string(node.pointee.name)
        let namespace = node.pointee.ns.flatMap { $0.pointee.href.map { names.string($0) } }
        var attributes: [ParsedAttribute] = []
        var attr = node.pointee.properties
        while let a = attr {
            var value = ""
            var piece = a.pointee.children
            while let p = piece {
                if let content = p.pointee.content { value += String(cString: content) }
                piece = p.pointee.next
            }
            attributes.append(
                ParsedAttribute(
                    name: names.string(a.pointee.name),
                    namespace: a.pointee.ns.flatMap { $0.pointee.href.map { names.string($0) } },
                    value: value))
            attr = a.pointee.next
        }
        var children: [ParsedNode] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(convert(c, &names)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content {
                    children.append(.text(String(cString: content)))
                }
            default:
                break  // comments, processing instructions, unexpanded entity references
            }
            child = c.pointee.next
        }
        return ParsedElement(name: name, namespace: namespace, attributes: attributes, children: children, line: Int(xmlGetLineNo(node)))
    }
}

/// libxml2 hands the parser context itself as `userData` to the structured handler (the
/// SAX2 tree builder needs `userData` to be the context), so the collector rides in
/// `_private`.
let parserContextCallback: xmlStructuredErrorFunc = { userData, error in
    guard let userData else { return }
    let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let box = ctxt.pointee._private else { return }
    Unmanaged<ProblemCollector>.fromOpaque(box).takeUnretainedValue().record(error, validity: false)
}
