import Foundation

/// A text prepared for catalogue matching: its normalised UTF-8 bytes, and a map from every
/// normalised byte back to the UTF-8 byte offsets of the original text.
///
/// Catalogue terms and dossier texts go through the same `MatchText.normalise` rules, so a
/// term matches a text exactly when their normalised bytes meet:
/// - NFKC (full-width `ＬｉＤＡＲ` and `２．６` become `LiDAR` and `2.6`, `³` becomes `3`,
///   `，` becomes `,`), then case folding (`LiDAR` -> `lidar`);
/// - hyphens, dashes, the minus sign and underscores become a space, and every run of
///   whitespace becomes one space (`text-to-speech` = `text to speech`).
///
/// Offsets refer to whole characters (grapheme clusters) of the original, so a span mapped
/// back never cuts a character.
public struct MatchText: Sendable {
    /// The text as written.
    public let original: String
    /// The normalised text, UTF-8.
    public let bytes: [UInt8]
    /// For each normalised byte, the UTF-8 offset in `original` of the character it came from.
    private let origins: [Int32]

    public init(_ text: String) {
        original = text
        var out: [UInt8] = []
        var origins: [Int32] = []
        out.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var offset = 0
        var lastWasSpace = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            // Fast path: a character whose NFKC and case fold are known without lookup (ASCII,
            // CJK ideographs and punctuation, full-width ASCII), when no combining mark follows.
            if let fold = Self.fastFold(scalar), next == scalars.endIndex || Self.fastFold(scalars[next]) != nil {
                switch fold {
                case .separator:
                    if !lastWasSpace {
                        out.append(0x20)
                        origins.append(Int32(truncatingIfNeeded: offset))
                        lastWasSpace = true
                    }
                case .byte(let byte):
                    out.append(byte)
                    origins.append(Int32(truncatingIfNeeded: offset))
                    lastWasSpace = false
                case .same:
                    for byte in scalar.utf8 {
                        out.append(byte)
                        origins.append(Int32(truncatingIfNeeded: offset))
                    }
                    lastWasSpace = false
                }
                offset += UTF8.width(scalar)
                index = next
                continue
            }
            // Anything else, one whole character (grapheme cluster) at a time.
            let character = text[index]
            let width = character.utf8.count
            if Self.isSeparator(character) {
                if !lastWasSpace {
                    out.append(0x20)
                    origins.append(Int32(truncatingIfNeeded: offset))
                    lastWasSpace = true
                }
            } else {
                let start = out.count
                Self.appendFolded(character, to: &out, lastWasSpace: &lastWasSpace)
                for _ in start..<out.count { origins.append(Int32(truncatingIfNeeded: offset)) }
            }
            offset += width
            index = text.unicodeScalars.index(index, offsetBy: character.unicodeScalars.count)
        }
        bytes = out
        self.origins = origins
    }

    /// What the fast path does with one scalar.
    enum FastFold {
        /// Becomes (part of) one space.
        case separator
        /// Becomes this ASCII byte.
        case byte(UInt8)
        /// Stays as it is.
        case same
    }

    /// The fold of a scalar that NFKC and case folding treat simply, or nil: ASCII (letters
    /// lower-cased, whitespace, `-` and `_` separators), CJK unified ideographs
    /// (U+4E00-U+9FFF) and CJK punctuation (U+3001-U+3029) as they are, and full-width ASCII
    /// (U+FF01-U+FF5E) as ASCII, which is what NFKC makes of it.
    @inline(__always)
    static func fastFold(_ scalar: Unicode.Scalar) -> FastFold? {
        var value = scalar.value
        if value >= 0xFF01, value <= 0xFF5E { value -= 0xFEE0 }
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2D, 0x5F: return .separator
            case 0x41...0x5A: return .byte(byte + 0x20)
            default: return .byte(byte)
            }
        }
        if (0x4E00...0x9FFF).contains(value) || (0x3001...0x3029).contains(value) { return .same }
        return nil
    }

    /// The normalised bytes of a catalogue term (leading and trailing spaces removed).
    public static func normalise(_ term: String) -> [UInt8] {
        var bytes = MatchText(term).bytes
        while bytes.last == 0x20 { bytes.removeLast() }
        while bytes.first == 0x20 { bytes.removeFirst() }
        return bytes
    }

    /// The normalised form of `term` as a string (for tests and diagnostics).
    public static func normalisedString(_ term: String) -> String {
        String(decoding: normalise(term), as: UTF8.self)
    }

    /// The original UTF-8 byte range that the normalised byte range `range` came from.
    public func originalSpan(of range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty && range.upperBound <= bytes.count, "empty or out-of-bounds range")
        let start = Int(origins[range.lowerBound])
        let last = Int(origins[range.upperBound - 1])
        // The end is the start of the next character that produced output, else the end of the text.
        var next = range.upperBound
        while next < origins.count, Int(origins[next]) == last { next += 1 }
        let end = next < origins.count ? Int(origins[next]) : original.utf8.count
        return start..<max(end, start)
    }

    /// The original text of the UTF-8 byte range `span` (which lies on character boundaries).
    public func originalText(_ span: Range<Int>) -> String {
        let utf8 = original.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: span.upperBound)
        return String(original[lower..<upper])
    }

    /// Up to `radius` characters of the original before and after `span`, cut at character
    /// boundaries, with line breaks and tabs shown as spaces.
    public func context(of span: Range<Int>, radius: Int = 40) -> (before: String, match: String, after: String) {
        let utf8 = original.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: span.upperBound)
        let from = original.index(lower, offsetBy: -radius, limitedBy: original.startIndex) ?? original.startIndex
        let to = original.index(upper, offsetBy: radius, limitedBy: original.endIndex) ?? original.endIndex
        func flat(_ text: Substring) -> String {
            String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        }
        return (flat(original[from..<lower]), String(original[lower..<upper]), flat(original[upper..<to]))
    }

    /// Characters that become one space: whitespace, hyphens and dashes, the minus sign,
    /// underscores.
    static func isSeparator(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x2D, 0x5F,  // - _
             0x2010...0x2015,  // hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar
             0x2212, 0xFE58, 0xFE63, 0xFF0D, 0xFF3F,  // minus, small em dash, small/full-width hyphen, full-width low line
             0x207B, 0x208B:  // superscript and subscript minus
            return true
        default:
            return false
        }
    }

    /// Appends the folded form of one character: ASCII and CJK ideographs take a fast path,
    /// anything else goes through NFKC and case folding.
    private static func appendFolded(_ c: Character, to out: inout [UInt8], lastWasSpace: inout Bool) {
        if let ascii = c.asciiValue {
            out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
            lastWasSpace = false
            return
        }
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first, isStableIdeograph(s) {
            out.append(contentsOf: String(c).utf8)
            lastWasSpace = false
            return
        }
        let folded = String(c).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
        for f in folded {
            if isSeparator(f) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(contentsOf: f.utf8)
                lastWasSpace = false
            }
        }
    }

    /// CJK unified ideographs and CJK punctuation that NFKC and case folding leave unchanged.
    private static func isStableIdeograph(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3001...0x3002, 0x3008...0x3011:
            return true
        default:
            return false
        }
    }
}

extension MatchText {
    /// True for the bytes of an ASCII word: letters (already lower-case) and digits.
    @inline(__always)
    public static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// True when the normalised bytes `range` neither start nor end inside an ASCII word of
    /// the text: a term that begins (ends) with a letter or digit needs a non-word byte, or the
    /// text's edge, before (after) it.
    public func isOnWordBoundaries(_ range: Range<Int>) -> Bool {
        if range.lowerBound > 0, Self.isWordByte(bytes[range.lowerBound]),
           Self.isWordByte(bytes[range.lowerBound - 1]) { return false }
        if range.upperBound < bytes.count, Self.isWordByte(bytes[range.upperBound - 1]),
           Self.isWordByte(bytes[range.upperBound]) { return false }
        return true
    }
}
