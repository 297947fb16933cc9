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
        var copy = text
        let forbidden = copy.withUTF8 { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                switch byteClass[Int(bytes[index])] {
                case 0: break
                case 1: plain = false
                default: if startsForbidden(bytes, at: index) { return true }
                }
                index += 1
            }
            return false
        }
        if forbidden { return escapeScalars(text) }
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

    /// True when the code point at `index` (whose first byte has class 2) is one HTML
    /// forbids: a control other than tab, line feed and carriage return, DEL, a C1 control
    /// (`C2 80...9F`), U+FDD0...U+FDEF (`EF B7 90...AF`) or a code point ending in FFFE or
    /// FFFF (`EF BF BE...BF`, and `F0...F4 x?F BF BE...BF` beyond the BMP). The bytes are
    /// valid UTF-8 (a `String`'s), so a lead byte has its continuation bytes.
    private static func startsForbidden(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        switch lead {
        case 0xC2:
            return (0x80...0x9F).contains(bytes[index + 1])
        case 0xEF:
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            return (second == 0xB7 && (0x90...0xAF).contains(third)) || (second == 0xBF && third >= 0xBE)
        case 0xF0...0xF4:
            return bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] >= 0xBE
        default:
            return true  // a control or DEL
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
        text.unicodeScalars.contains {
            (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || (0x20000...0x2EBEF).contains($0.value)
        }
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
        // Byte by byte: ASCII letters, digits, `-_.~` and the separating `/` as they are,
        // every other byte as `%XX` (so the result has nothing `escape` changes).
        let digits: StaticString = "0123456789ABCDEF"
        var out: [UInt8] = []
        out.reserveCapacity(relativePath.utf8.count + 8)
        for byte in relativePath.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(digits.utf8Start[Int(byte >> 4)])
                out.append(digits.utf8Start[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Two uppercase hexadecimal digits.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
