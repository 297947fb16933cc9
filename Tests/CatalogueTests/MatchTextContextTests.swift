import Testing

@testable import Catalogue

/// `MatchText.quickContext` (bytes) gives what `characterContext` (characters) gives, or
/// declines: on every span boundary of texts that mix ASCII, CJK, line breaks, CR LF,
/// combining marks, emoji and Hangul, with several radii.
@Suite struct MatchTextContextTests {
    static let texts: [String] = [
        "LiDAR sensor with a 905 nm laser\tand\na scanning mirror, 2.6 GHz",
        "一种高压实磷酸铁锂正极材料，其特征在于：压实密度≥2.6 g/cm³。“高镍”三元材料",
        "line one\r\nline two\r\n\r\nthe end\u{0B}\u{0C}x",
        "cafe\u{301} re\u{301}sume\u{301} — naïve 👩‍🔬 test 🇨🇳 flag",
        "한국어 텍스트 and 日本語のテキスト ｶﾞ ｱ",
        "\u{0600}1 prepended, \u{200D} joiner, e\u{0308}\u{0301} marks",
        "",
    ]

    @Test func quickContextAgreesWithCharacters() {
        var quick = 0
        for text in Self.texts {
            let count = text.utf8.count
            // Every code point boundary pair (spans of up to 12 bytes).
            let starts = (0...count).filter { $0 == count || Array(text.utf8)[$0] & 0xC0 != 0x80 }
            for lower in starts {
                for upper in starts where upper >= lower && upper - lower <= 12 {
                    for radius in [0, 1, 3, 40] {
                        guard let fast = MatchText.quickContext(text, of: lower..<upper, radius: radius) else { continue }
                        quick += 1
                        let slow = MatchText.characterContext(text, of: lower..<upper, radius: radius)
                        #expect(fast == slow, "\(text) \(lower)..<\(upper) radius \(radius)")
                    }
                }
            }
        }
        #expect(quick > 1000)
    }
}
