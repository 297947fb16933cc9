import CLibXML2
import DossierModel

/// A compiled XML Schema (XSD 1.0, as libxml2 implements it), shared by all threads;
/// each validation gets its own validation context.
public final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles the schema in `bytes`; throws with libxml2's messages when it is invalid.
    public init(xsd bytes: [UInt8], name: String) throws {
        XMLStream.initialise()
        let collector = ProblemCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        let parsed: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let pctxt = xmlSchemaNewMemParserCtxt(chars, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(pctxt) }
                xmlSchemaSetParserStructuredErrors(pctxt, ProblemCollector.validityCallback, box.toOpaque())
                return xmlSchemaParse(pctxt)
            }
        }
        guard let parsed else {
            let detail = collector.problems.map { "\($0.line): \($0.message)" }.joined(separator: "; ")
            throw SchemaError(message: "schema \(name) does not compile: \(detail)")
        }
        schema = parsed
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates one element (and its subtree) of a parsed libxml2 document.
    func validate(_ node: xmlNodePtr, into collector: ProblemCollector) {
        guard let vctxt = xmlSchemaNewValidCtxt(schema) else { return }
        defer { xmlSchemaFreeValidCtxt(vctxt) }
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(vctxt, ProblemCollector.validityCallback, box.toOpaque())
        _ = xmlSchemaValidateOneElement(vctxt, node)
    }
}

/// The schema itself could not be compiled.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
