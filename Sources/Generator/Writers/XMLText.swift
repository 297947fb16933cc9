/// Escaping for XML text and attribute values, and a small indented line builder.
enum XMLText {
    /// `text` with `&`, `<` and `>` escaped, for element content.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }

    /// `text` escaped for a double-quoted attribute value.
    static func attribute(_ text: String) -> String {
        var out = escape(text)
        if out.contains("\"") {
            out = out.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "&quot;")
        }
        return out
    }

    /// ` name="value"` for each pair whose value is not nil, in order.
    static func attributes(_ pairs: [(String, String?)]) -> String {
        var out = ""
        for (name, value) in pairs {
            if let value { out += " \(name)=\"\(attribute(value))\"" }
        }
        return out
    }
}

/// Accumulates indented lines of XML.
struct XMLLines {
    private(set) var text = ""
    private let unit = "  "
    /// Written before every line (the indentation of the whole block).
    private let margin: String

    init(margin: Int = 0) {
        self.margin = String(repeating: " ", count: margin)
        text.reserveCapacity(16 * 1024)
    }

    /// Appends `line` at nesting `depth`.
    mutating func line(_ depth: Int, _ line: String) {
        text += margin
        for _ in 0..<depth { text += unit }
        text += line
        text += "\n"
    }

    /// Appends `<name attrs>text</name>`.
    mutating func element(_ depth: Int, _ name: String, _ attributes: [(String, String?)] = [], text: String) {
        line(depth, "<\(name)\(XMLText.attributes(attributes))>\(XMLText.escape(text))</\(name)>")
    }

    /// Appends `<name attrs/>`.
    mutating func empty(_ depth: Int, _ name: String, _ attributes: [(String, String?)]) {
        line(depth, "<\(name)\(XMLText.attributes(attributes))/>")
    }
}
