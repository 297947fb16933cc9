/// The one escaping function for every piece of text that goes into an HTML page, and the
/// small helpers built on it.
///
/// The result is safe in element content and inside a double- or single-quoted attribute
/// value. It is never safe inside `<script>` or `<style>`, and the renderers never put
/// dossier text there.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters HTML forbids (C0 and C1
    /// controls other than tab, line feed and carriage return, and non-characters) with U+FFFD.
    public static func escape(_ text: String) -> String {
        // Most text needs nothing, or only the five ASCII escapes: decided on the UTF-8 bytes.
        var plain = true
        for byte in text.utf8 {
            switch byteClass[Int(byte)] {
            case 0: continue
            case 1: plain = false
            default: return escapeScalars(text)
            }
        }
        if plain { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Per UTF-8 byte: 0 written as is, 1 one of the five ASCII escapes, 2 a byte that may
    /// start a forbidden code point (a control, DEL, C1 controls behind 0xC2, non-characters
    /// behind 0xEF and 0xF0...0xF4): such text takes `escapeScalars`.
    private static let byteClass: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x09, 0x0A, 0x0D: return 0
        case 0x00..<0x20, 0x7F, 0xC2, 0xEF, 0xF0...0xF4: return 2
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: return 1
        default: return 0
        }
    }

    /// The escape scalar by scalar (text with characters to replace).
    static func escapeScalars(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if isForbidden(scalar) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// True for the code points an HTML document may not contain literally.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE { return true }
        return false
    }

    /// A language tag safe to put in a `lang` attribute: the tag as given when it is made of
    /// letters, digits and hyphens (at most 35 characters), else nil.
    public static func languageTag(_ tag: String?) -> String? {
        guard let tag, !tag.isEmpty, tag.count <= 35,
              tag.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
        else { return nil }
        return tag
    }

    /// The language of a text: its declared tag when valid, else `zh` when it holds Han
    /// characters, else nil (the page's English applies).
    public static func language(of text: String, declared: String?) -> String? {
        if let tag = languageTag(declared) { return tag }
        return containsHan(text) ? "zh" : nil
    }

    /// True when the text holds a CJK unified ideograph.
    public static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || (0x20000...0x2EBEF).contains($0.value) }
    }

    /// ` lang="zh"` for a text in a known language, else an empty string.
    static func langAttribute(_ text: String, declared: String? = nil) -> String {
        guard let lang = language(of: text, declared: declared) else { return "" }
        return " lang=\"\(escape(lang))\""
    }

    /// The text escaped, wrapped in a `<span lang>` when it is not English.
    static func span(_ text: String, lang declared: String? = nil, class name: String? = nil) -> String {
        let lang = langAttribute(text, declared: declared)
        let cls = name.map { " class=\"\(escape($0))\"" } ?? ""
        if lang.isEmpty && cls.isEmpty { return escape(text) }
        return "<span\(lang)\(cls)>\(escape(text))</span>"
    }

    /// A relative path as an `href` value: every path segment percent-encoded (so `%`, `:`
    /// `?` and `#` cannot change its meaning and no scheme can appear), then HTML-escaped.
    public static func href(_ relativePath: String) -> String {
        let segments = relativePath.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            var out = ""
            for byte in segment.utf8 {
                let c = Character(Unicode.Scalar(byte))
                if byte < 0x80, c.isLetter || c.isNumber || "-_.~".contains(c) {
                    out.append(c)
                } else {
                    out += "%" + hex(byte)
                }
            }
            return out
        }
        return escape(segments.joined(separator: "/"))
    }

    /// Two uppercase hexadecimal digits.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
