import CLibXML2
import DossierModel

/// One error or warning libxml2 raised for a document, with its position in that document.
public struct XMLProblem: Sendable, Hashable {
    public enum Level: Sendable, Hashable { case warning, error, fatal }

    public var level: Level
    /// libxml2's error code (`xmlParserErrors`).
    public var code: Int
    /// libxml2's message, trimmed.
    public var message: String
    /// 1-based line in the parsed text (0 when unknown).
    public var line: Int
    /// 1-based column in the parsed text (0 when unknown).
    public var column: Int
    /// True when the problem came from schema validation rather than parsing.
    public var isValidity: Bool

    /// The diagnostic id for the problem (`xml.malformed`, `xml.schema`, `xml.entity`, …).
    public var diagnosticId: String {
        if isValidity { return "xml.schema" }
        let entity: Set<xmlParserErrors> = [
            XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY, XML_ERR_ENTITY_PE_INTERNAL,
            XML_ERR_ENTITY_LOOP, XML_ERR_ENTITY_BOUNDARY, XML_ERR_UNPARSED_ENTITY,
            XML_ERR_ENTITYREF_NO_NAME, XML_WAR_ENTITY_REDEFINED,
        ]
        let encoding: Set<xmlParserErrors> = [
            XML_ERR_INVALID_CHAR, XML_ERR_UNKNOWN_ENCODING, XML_ERR_UNSUPPORTED_ENCODING,
            XML_ERR_INVALID_ENCODING,
        ]
        let known = xmlParserErrors(rawValue: UInt32(truncatingIfNeeded: code))
        if entity.contains(known) { return "xml.entity" }
        if encoding.contains(known) { return "xml.encoding" }
        return level == .warning ? "xml.warning" : "xml.malformed"
    }
}

/// Collects the structured errors of one parser or validation context. libxml2 calls it
/// through an unmanaged pointer handed to the context, never through global state.
final class ProblemCollector {
    var problems: [XMLProblem] = []
    /// Stop recording after this many: a hostile document can raise millions.
    let cap = 200
    var dropped = 0

    func record(_ error: xmlErrorPtr?, validity: Bool) {
        guard let e = error?.pointee else { return }
        if problems.count >= cap {
            dropped += 1
            return
        }
        let level: XMLProblem.Level =
            switch e.level {
            case XML_ERR_WARNING: .warning
            case XML_ERR_FATAL: .fatal
            default: .error
            }
        var message = e.message.map { String(cString: $0) } ?? "unknown XML error"
        while let last = message.last, last.isWhitespace { message.removeLast() }
        problems.append(
            XMLProblem(
                level: level, code: Int(e.code), message: message, line: Int(e.line),
                column: Int(e.int2), isValidity: validity || e.domain == Int32(XML_FROM_SCHEMASV.rawValue)))
    }

    var hasErrors: Bool { problems.contains { $0.level != .warning } }

    /// The C callback: `userData` is an unretained `ProblemCollector`.
    static let parserCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData else { return }
        let collector = Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.record(error, validity: false)
    }

    static let validityCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData else { return }
        let collector = Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.record(error, validity: true)
    }
}
