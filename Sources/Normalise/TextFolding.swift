import Foundation

/// The folding every normaliser applies before it compares text: compatibility forms,
/// case and Latin diacritics do not count.
enum TextFolding {
    /// NFKC (full-width and compatibility characters become their plain forms), Unicode case
    /// folding (`ß` -> `ss`), and Latin combining diacritics removed (`Côte` -> `cote`).
    ///
    /// Only the combining marks of Latin, Greek and Cyrillic are removed, so Japanese voiced
    /// kana (`ガ`) and Hangul syllables come back as they went in.
    static func fold(_ text: String) -> String {
        if let fast = quickFold(text) { return fast }
        return unicodeFold(text)
    }

    /// NFKC (`precomposedStringWithCompatibilityMapping`), without a trip through Foundation
    /// for ASCII text, which NFKC leaves as it is (no ASCII character has a decomposition).
    static func nfkc(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// `fold` through Foundation's NFKC, case folding, NFD and NFC: every text `quickFold`
    /// does not take.
    static func unicodeFold(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        let folded = compatible.folding(options: [.caseInsensitive], locale: nil)
        let decomposed = folded.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !isLatinDiacritic(scalar) {
            scalars.append(scalar)
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Splits folded text into runs of letters and digits; every other character separates
    /// runs, except apostrophes, which are dropped inside a word (`people's` -> `peoples`).
    static func words(_ folded: String) -> [String] {
        quickWords(folded) ?? characterWords(folded)
    }

    /// `words` one `Character` at a time: every text `quickWords` does not take.
    static func characterWords(_ folded: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in folded {
            if isWordCharacter(c) {
                current.append(c)
            } else if isApostrophe(c) {
                continue
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation for the
    /// texts `quickTrim` takes.
    static func trimmed(_ text: String) -> String {
        quickTrim(text) ?? text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The key two spellings share when they differ only in case, width, diacritics,
    /// punctuation and whitespace.
    static func compactKey(_ text: String) -> String {
        words(fold(text)).joined()
    }

    /// True for letters of any script (CJK included) and digits; a `Character` is a whole
    /// grapheme, so the marks that belong to a letter come with it.
    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }

    /// The apostrophes that join the parts of one word.
    static func isApostrophe(_ c: Character) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}" || c == "`"
    }

    /// True for Han ideographs and Japanese kana, which are written without spaces between
    /// words; Hangul is not, since Korean separates words with spaces.
    static func isUnspacedScript(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF,  // hiragana, katakana
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,  // Han
            0x20000...0x2FA1F, 0x3005, 0x3006:  // Han supplements, 々, 〆
            return true
        default:
            return false
        }
    }

    /// Combining diacritical marks of the Latin, Greek and Cyrillic scripts.
    static func isLatinDiacritic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// True for `0`-`9` only.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
