/// Fast paths of `TextFolding` for the texts most names and places are written in: ASCII,
/// full-width ASCII, CJK ideographs, kana and Hangul syllables. They give exactly what the
/// Foundation paths give (the tests compare both on real and generated names), at a small
/// fraction of the cost; any other scalar sends the whole text down the Foundation path.
///
/// Why the results are identical, scalar by scalar (`QuickClass`):
/// - ASCII: NFKC, NFD and NFC leave it alone and case folding maps only `A`-`Z`;
/// - full-width ASCII (U+FF01-U+FF5E) and the ideographic space (U+3000): NFKC makes them
///   ASCII, which is then folded as ASCII;
/// - CJK unified ideographs, kana and Hangul syllables of the ranges below have no
///   compatibility decomposition, no case, and decompose (Hangul, voiced kana) only into
///   scalars that NFC composes back and that are no Latin diacritics;
/// - none of these scalars is a combining mark, so no composition crosses two of them.
extension TextFolding {
    /// What the fast path knows about one scalar.
    enum QuickClass {
        /// ASCII, with its folded byte.
        case ascii(UInt8)
        /// A letter that stays as it is (CJK ideograph, kana, Hangul syllable).
        case letter
        /// A scalar that stays as it is and is no letter (the katakana middle dot `・`).
        case mark
    }

    /// The class of `value`, or nil when only the Foundation path knows its fold.
    @inline(__always)
    static func quickClass(_ value: UInt32) -> QuickClass? {
        if value < 0x80 {
            let byte = UInt8(truncatingIfNeeded: value)
            return .ascii(byte &- 0x41 < 26 ? byte + 0x20 : byte)
        }
        switch value {
        case 0xFF01...0xFF5E:
            let byte = UInt8(truncatingIfNeeded: value - 0xFEE0)
            return .ascii(byte &- 0x41 < 26 ? byte + 0x20 : byte)
        case 0x3000:
            return .ascii(0x20)
        case 0x4E00...0x9FFF, 0x3400...0x4DBF,  // CJK unified ideographs and extension A
            0x3041...0x3096,  // hiragana (not the voicing marks U+3099-U+309C nor U+309F)
            0x30A1...0x30FA, 0x30FC,  // katakana, prolonged sound mark (not U+30FF)
            0xAC00...0xD7A3:  // Hangul syllables
            return .letter
        case 0x30FB:
            return .mark
        default:
            return nil
        }
    }

    /// `fold(text)` when every scalar of `text` has a `quickClass`; nil otherwise.
    static func quickFold(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            // Pure ASCII without capitals (the most common case) comes back as it is.
            var index = 0
            var changes = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    changes = true
                    break
                }
                if byte &- 0x41 < 26 {
                    changes = true
                    break
                }
                index += 1
            }
            guard changes else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<index]))
            while index < bytes.count {
                let (value, width) = decodeScalar(bytes, at: index)
                guard let kind = quickClass(value) else { return nil }
                switch kind {
                case .ascii(let byte):
                    out.append(byte)
                case .letter, .mark:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
                }
                index += width
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `words(folded)` when every scalar of `folded` has a `quickClass` and folding would not
    /// change it (the text is already folded); nil otherwise. Each such scalar is a whole
    /// character on its own (ASCII `\\r\\n` aside, which separates either way).
    static func quickWords(_ folded: String) -> [String]? {
        var copy = folded
        return copy.withUTF8 { bytes -> [String]? in
            var out: [String] = []
            var current: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let (value, width) = decodeScalar(bytes, at: index)
                guard let kind = quickClass(value) else { return nil }
                var isWord = false
                switch kind {
                case .ascii(let byte):
                    // Only an already folded ASCII scalar: `0xFF01...` and U+3000 fold to
                    // something else, and `words` does not fold.
                    guard value < 0x80 else { return nil }
                    if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                        index += width
                        continue
                    }
                    let ascii = UInt8(truncatingIfNeeded: value)
                    isWord = (ascii &- 0x61 < 26) || (ascii &- 0x41 < 26) || (ascii &- 0x30 < 10)
                case .letter:
                    isWord = true
                case .mark:
                    isWord = false
                }
                if isWord {
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
                } else if !current.isEmpty {
                    out.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                index += width
            }
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
            return out
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` for a text of ASCII and the
    /// scalars of `quickClass` other than U+3000 (none of which is white space): only the
    /// ASCII tab, line feed, vertical tab, form feed, carriage return and space are trimmed.
    /// Nil for any other text.
    static func quickTrim(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var index = 0
            while index < bytes.count {
                let (value, width) = decodeScalar(bytes, at: index)
                if value == 0x3000 || quickClass(value) == nil { return nil }
                index += width
            }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = 0
            var end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if start == 0 && end == bytes.count { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The scalar value at `index` of valid UTF-8 and its width in bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
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
}
