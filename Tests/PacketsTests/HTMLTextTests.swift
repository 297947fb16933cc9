import Testing

@testable import Packets

/// The one escaping function and the helpers built on it.
@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("a & b", "a &amp; b"),
        ("&amp;", "&amp;amp;"),
        ("it's", "it&#39;s"),
        ("</style>", "&lt;/style&gt;"),
        ("中文", "中文"),
        ("nul\u{0}bel\u{7}c1\u{85}", "nul\u{FFFD}bel\u{FFFD}c1\u{FFFD}"),
        ("tab\tline\n", "tab\tline\n"),
    ])
    func escapesMarkupQuotesAndForbiddenCharacters(_ input: String, _ expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    @Test func nonCharactersAreReplaced() throws {
        var text = ""
        text.unicodeScalars.append(try #require(Unicode.Scalar(0xFFFF)))
        text.unicodeScalars.append(try #require(Unicode.Scalar(0xFDD0)))
        #expect(HTMLText.escape(text) == "\u{FFFD}\u{FFFD}")
    }

    @Test func languageTagsAreCheckedAndChineseIsDetected() {
        #expect(HTMLText.languageTag("zh-Hans") == "zh-Hans")
        #expect(HTMLText.languageTag("zh\" onmouseover=\"x") == nil)
        #expect(HTMLText.languageTag("") == nil)
        #expect(HTMLText.language(of: "示例", declared: nil) == "zh")
        #expect(HTMLText.language(of: "Acme", declared: nil) == nil)
        #expect(HTMLText.language(of: "Acme", declared: "<x>") == nil)
        #expect(HTMLText.span("示例") == "<span lang=\"zh\">示例</span>")
        #expect(HTMLText.span("a<b") == "a&lt;b")
    }

    @Test func hrefsArePercentEncodedRelativePaths() {
        #expect(HTMLText.href("packets/JS-1/packet.html") == "packets/JS-1/packet.html")
        #expect(HTMLText.href("packets/a%2Fb/packet.html") == "packets/a%252Fb/packet.html")
        #expect(HTMLText.href("javascript:alert(1)") == "javascript%3Aalert%281%29")
        #expect(HTMLText.href("x\"><y") == "x%22%3E%3Cy")
        #expect(HTMLText.href("江/p") == "%E6%B1%9F/p")
    }
}

/// The byte-level fast path of `HTMLText.escape` gives what the scalar-by-scalar escape gives.
@Suite struct HTMLTextFastPathTests {
    @Test func fastPathAgreesWithTheScalarEscape() {
        var rng = SplitMix(seed: 11)
        var texts =
            SortedJSONEncoderTests.hostileStrings + [
                "a & b < c > d \" e ' f", "\u{80}\u{9F}\u{A0}©",
                String(
                    String.UnicodeScalarView(
                        [0xFDD0, 0xFDEF, 0xFDF0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xFFDA, 0xFFEE].compactMap(Unicode.Scalar.init))),
            ]
        texts += (0..<2000).map { _ in rng.string() }
        for text in texts {
            #expect(HTMLText.escape(text) == HTMLText.escapeScalars(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
