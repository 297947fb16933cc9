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
        let count = text.utf8.count
        var sink = FoldSink(capacity: count + 16)
        var lastWasSpace = false
        var copy = text
        copy.withUTF8 { bytes in
            var offset = 0
            // The scalar at `offset` and its fast fold, decoded once and carried to the next turn.
            var (value, width) = Self.decodeScalar(bytes, at: 0)
            var fold = count > 0 ? Self.fastFold(value) : nil
            while offset < count {
                // A run of ASCII followed by ASCII, a byte at a time (the fast path below, without
                // decoding).
                if offset + 1 < count, bytes[offset] < 0x80, bytes[offset + 1] < 0x80 {
                    repeat {
                        let byte = bytes[offset]
                        if byte == 0x20 || byte == 0x2D || byte == 0x5F || (byte >= 0x09 && byte <= 0x0D) {
                            if !lastWasSpace {
                                sink.append(0x20, origin: offset)
                                lastWasSpace = true
                            }
                        } else {
                            sink.append(byte &- 0x41 < 26 ? byte + 0x20 : byte, origin: offset)
                            lastWasSpace = false
                        }
                        offset += 1
                    } while offset + 1 < count && bytes[offset] < 0x80 && bytes[offset + 1] < 0x80
                    (value, width) = Self.decodeScalar(bytes, at: offset)
                    fold = Self.fastFold(value)
                }
                let next = offset + width
                var nextValue: UInt32 = 0
                var nextWidth = 0
                var nextFold: FastFold?
                if next < count {
                    (nextValue, nextWidth) = Self.decodeScalar(bytes, at: next)
                    nextFold = Self.fastFold(nextValue)
                }
                // Fast path: a character whose NFKC and case fold are known without lookup
                // (ASCII, CJK ideographs and punctuation, kana, Hangul syllables, full-width
                // ASCII), when no combining mark follows.
                if let known = fold, next == count || nextFold != nil {
                    switch known {
                    case .separator:
                        if !lastWasSpace {
                            sink.append(0x20, origin: offset)
                            lastWasSpace = true
                        }
                    case .byte(let byte):
                        sink.append(byte, origin: offset)
                        lastWasSpace = false
                    case .same:
                        for i in offset..<next { sink.append(bytes[i], origin: offset) }
                        lastWasSpace = false
                    case .folded(let slot):
                        ScalarFolds.shared.forEachByte(of: slot) { sink.append($0, origin: offset) }
                        lastWasSpace = false
                    }
                    offset = next
                    value = nextValue
                    width = nextWidth
                    fold = nextFold
                    continue
                }
                // Anything else, one whole character (grapheme cluster) at a time.
                let utf8 = text.utf8
                let character = text[utf8.index(utf8.startIndex, offsetBy: offset)]
                let characterWidth = character.utf8.count
                if Self.isSeparator(character) {
                    if !lastWasSpace {
                        sink.append(0x20, origin: offset)
                        lastWasSpace = true
                    }
                } else {
                    var folded: [UInt8] = []
                    Self.appendFolded(character, to: &folded, lastWasSpace: &lastWasSpace)
                    for byte in folded { sink.append(byte, origin: offset) }
                }
                offset += characterWidth
                if offset < count {
                    (value, width) = Self.decodeScalar(bytes, at: offset)
                    fold = Self.fastFold(value)
                }
            }
        }
        (bytes, origins) = sink.finish()
    }

    /// The normalised bytes and, for each, its origin, as `init` writes them: two buffers
    /// that grow together, without the checks of an array append per byte. `finish` hands
    /// them over as arrays and frees them; it is called once.
    struct FoldSink {
        private var bytes: UnsafeMutablePointer<UInt8>
        private var origins: UnsafeMutablePointer<Int32>
        private var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            bytes = .allocate(capacity: capacity)
            origins = .allocate(capacity: capacity)
        }

        @inline(__always)
        mutating func append(_ byte: UInt8, origin: Int) {
            if count == capacity { grow() }
            bytes[count] = byte
            origins[count] = Int32(truncatingIfNeeded: origin)
            count += 1
        }

        private mutating func grow() {
            let larger = capacity * 2
            let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            let newOrigins = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
            newBytes.update(from: bytes, count: count)
            newOrigins.update(from: origins, count: count)
            bytes.deallocate()
            origins.deallocate()
            bytes = newBytes
            origins = newOrigins
            capacity = larger
        }

        func finish() -> ([UInt8], [Int32]) {
            defer {
                bytes.deallocate()
                origins.deallocate()
            }
            return (Array(UnsafeBufferPointer(start: bytes, count: count)), Array(UnsafeBufferPointer(start: origins, count: count)))
        }
    }

    /// The scalar value at `index` of valid UTF-8 and its width in bytes; (0, 0) past the end.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        guard index < bytes.count else { return (0, 0) }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// What the fast path does with one scalar.
    enum FastFold {
        /// Becomes (part of) one space.
        case separator
        /// Becomes this ASCII byte.
        case byte(UInt8)
        /// Stays as it is.
        case same
        /// Becomes the bytes the character alone folds to (`ScalarFolds`: a slot of its table).
        case folded(UInt32)
    }

    /// The fold of a scalar that NFKC and case folding treat simply, or nil: ASCII (letters
    /// lower-cased, whitespace, `-` and `_` separators), CJK unified ideographs (U+4E00-U+9FFF,
    /// extension A), CJK punctuation (U+3001-U+3029), kana and Hangul syllables as they are
    /// (NFKC composes them back, they have no case), and full-width ASCII (U+FF01-U+FF5E) as
    /// ASCII, which is what NFKC makes of it; and the letters, digits, symbols and
    /// punctuation of the European scripts and the symbol blocks that `ScalarFolds` lists, as
    /// the character alone folds. `MatchTextReferenceTests` checks every one.
    @inline(__always)
    static func fastFold(_ scalar: Unicode.Scalar) -> FastFold? {
        fastFold(scalar.value)
    }

    /// `fastFold` of a scalar value.
    @inline(__always)
    static func fastFold(_ scalarValue: UInt32) -> FastFold? {
        var value = scalarValue
        if value >= 0xFF01, value <= 0xFF5E { value -= 0xFEE0 }
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2D, 0x5F: return .separator
            case 0x41...0x5A: return .byte(byte + 0x20)
            default: return .byte(byte)
            }
        }
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF,  // CJK unified ideographs and extension A
            0x3001...0x3029,  // CJK punctuation
            0x3041...0x3096, 0x30A1...0x30FC,  // hiragana, katakana (not the voicing marks, U+309F, U+30FF)
            0xAC00...0xD7A3:  // Hangul syllables
            return .same
        case ScalarFolds.range:
            return ScalarFolds.shared.fold(of: value)
        default:
            return nil
        }
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
        if let quick = Self.quickContext(original, of: span, radius: radius) { return quick }
        return Self.characterContext(original, of: span, radius: radius)
    }

    /// `context(of:radius:)` character by character (any text).
    static func characterContext(_ original: String, of span: Range<Int>, radius: Int) -> (before: String, match: String, after: String) {
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

    /// `context(of:radius:)` on the UTF-8 bytes when every code point from the one before
    /// the context to the one after it is its own character and forms no cluster with its
    /// neighbours (`isPlainCharacter`): then a character is a code point. Nil otherwise (the
    /// caller counts characters), also when a bound is out of range.
    static func quickContext(_ original: String, of span: Range<Int>, radius: Int) -> (before: String, match: String, after: String)? {
        var text = original
        return text.withUTF8 { bytes -> (before: String, match: String, after: String)? in
            let count = bytes.count
            guard span.lowerBound >= 0, span.lowerBound <= span.upperBound, span.upperBound <= count else { return nil }
            /// The code point starting at `i` when it is plain, else nil.
            func plain(at i: Int) -> Bool {
                let lead = bytes[i]
                if lead < 0x80 { return lead != 0x0D }
                let scalar: UInt32
                switch lead {
                case 0xE0...0xEF where i + 2 < count:
                    scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                default:
                    return false
                }
                return isPlainCharacter(scalar)
            }
            func isLead(_ i: Int) -> Bool { bytes[i] & 0xC0 != 0x80 }
            // Both ends of the match on code points, each plain (the span is not walked).
            guard span.lowerBound == count || (isLead(span.lowerBound) && plain(at: span.lowerBound)) else { return nil }
            guard span.upperBound == count || isLead(span.upperBound) else { return nil }
            if span.upperBound > span.lowerBound {
                var last = span.upperBound - 1
                while last > span.lowerBound && !isLead(last) { last -= 1 }
                guard plain(at: last) else { return nil }
            }
            // Back `radius` code points from the match, then the one before, all plain.
            var from = span.lowerBound
            var taken = 0
            while taken < radius && from > 0 {
                from -= 1
                while from > 0 && !isLead(from) { from -= 1 }
                guard plain(at: from) else { return nil }
                taken += 1
            }
            if from > 0 {
                var before = from - 1
                while before > 0 && !isLead(before) { before -= 1 }
                guard plain(at: before) else { return nil }
            }
            // Forward `radius` code points after it, then the one after, all plain.
            var to = span.upperBound
            taken = 0
            while taken < radius && to < count {
                guard plain(at: to) else { return nil }
                to += 1
                while to < count && !isLead(to) { to += 1 }
                taken += 1
            }
            if to < count { guard plain(at: to) else { return nil } }
            func flat(_ range: Range<Int>) -> String {
                var out = Array(UnsafeBufferPointer(rebasing: bytes[range]))
                for i in out.indices where out[i] >= 0x09 && out[i] <= 0x0C { out[i] = 0x20 }
                return String(decoding: out, as: UTF8.self)
            }
            let match = String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self)
            return (flat(from..<span.lowerBound), match, flat(span.upperBound..<to))
        }
    }

    /// A code point that is always a character of its own, whatever is next to it: ASCII
    /// but CR (CR LF is one character), CJK unified ideographs, the CJK punctuation
    /// U+3001...U+3011, full-width ASCII forms and the curly double quotes. (None is an
    /// extending, joining, spacing or prepended mark, or half of a pair.)
    static func isPlainCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x80: return scalar != 0x0D
        case 0x4E00...0x9FFF, 0x3001...0x3011, 0xFF01...0xFF5E, 0x201C, 0x201D: return true
        default: return false
        }
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
    static func appendFolded(_ c: Character, to out: inout [UInt8], lastWasSpace: inout Bool) {
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
            Self.isWordByte(bytes[range.lowerBound - 1])
        {
            return false
        }
        if range.upperBound < bytes.count, Self.isWordByte(bytes[range.upperBound - 1]),
            Self.isWordByte(bytes[range.upperBound])
        {
            return false
        }
        return true
    }
}
