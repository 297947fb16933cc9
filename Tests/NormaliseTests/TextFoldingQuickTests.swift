import Foundation
import Testing

@testable import Normalise

/// The fast paths of `TextFolding` and `NameNormaliser` give what the Foundation paths give.
@Suite struct TextFoldingQuickTests {
    static let texts =
        RealTexts.texts(under: [
            "../shared/realdata/A-ip-records", "../shared/realdata/B-restricted-lists", "testdata/inbox",
        ]) + RealTexts.tricky

    /// Compares every fast path with its slow path on `text`; the issues found.
    static func differences(_ text: String) -> [String] {
        var issues: [String] = []
        let folded = TextFolding.unicodeFold(text)
        if TextFolding.fold(text) != folded { issues.append("fold") }
        if TextFolding.words(folded) != TextFolding.characterWords(folded) { issues.append("words of the fold") }
        if TextFolding.words(text) != TextFolding.characterWords(text) { issues.append("words") }
        if TextFolding.trimmed(text) != text.trimmingCharacters(in: .whitespacesAndNewlines) { issues.append("trim") }
        if TextFolding.trimmed(folded) != folded.trimmingCharacters(in: .whitespacesAndNewlines) { issues.append("trim of the fold") }
        return issues
    }

    @Test func realAndTrickyTextsFoldAsThroughFoundation() {
        #expect(Self.texts.count > 20_000)
        var quick = 0
        for text in Self.texts {
            let issues = Self.differences(text)
            #expect(issues.isEmpty, "\(issues) differ for \(text.debugDescription)")
            if TextFolding.quickFold(text) != nil { quick += 1 }
        }
        // Most texts take the fast path, and many do not (accents, other scripts).
        #expect(quick > Self.texts.count / 2)
        #expect(quick < Self.texts.count)
    }

    /// Every scalar the fast path knows, alone and between two letters.
    @Test func everyQuickScalarFoldsAsThroughFoundation() {
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0)...0x2FFFF {
            if let scalar = Unicode.Scalar(value), TextFolding.quickClass(value) != nil { scalars.append(scalar) }
        }
        #expect(scalars.count > 30_000)
        for scalar in scalars {
            for text in [String(scalar), "A\(scalar)b"] {
                let issues = Self.differences(text)
                #expect(issues.isEmpty, "\(issues) differ for U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
    }

    /// Scalars just outside the fast path's ranges take the Foundation path.
    @Test func neighboursOfTheRangesAreLeftToFoundation() {
        for value: UInt32 in [
            0x80, 0xFF00, 0xFF5F, 0x3001, 0x3040, 0x3097, 0x3099, 0x309B, 0x309F, 0x30A0, 0x30FD, 0x30FF, 0x33FF, 0x4DC0, 0xA000, 0xABFF,
            0xD7A4, 0xF900,
        ] {
            #expect(TextFolding.quickClass(value) == nil, "U+\(String(value, radix: 16))")
        }
    }

    @Test func realNamesNormaliseAsBefore() {
        // The names of the realdata lists normalise to what the per-step comparisons above
        // guarantee; spot-check that both forms of a full-width name meet.
        #expect(NameNormaliser.normalise("Ａｃｍｅ　Ｃｏ．，Ｌｔｄ．").normalised == NameNormaliser.normalise("Acme Co., Ltd.").normalised)
        #expect(NameNormaliser.normalise("(株)トヨタ") == NameNormaliser.Result(normalised: "トヨタ", legalForm: "株式会社"))
        #expect(NameNormaliser.normalise("Siemens AG").legalForm == "ag")
    }

    /// The indexes `stripEnd` and `stripFront` search give the spellings in their order.
    @Test func legalFormIndexesKeepTheSpellingOrder() {
        #expect(!NameNormaliser.spellings.contains { $0.words.isEmpty })
        for (last, group) in NameNormaliser.spellingsByLast {
            let expected = NameNormaliser.spellings.filter { $0.words.last == last }
            #expect(group.map(\.words) == expected.map(\.words))
            #expect(group.map(\.form) == expected.map(\.form))
        }
        #expect(NameNormaliser.spellingsByLast.values.map(\.count).reduce(0, +) == NameNormaliser.spellings.count)
        for (first, group) in NameNormaliser.frontSpellingsByFirst {
            let expected = NameNormaliser.frontSpellings.filter { $0.words.first == first }
            #expect(group.map(\.words) == expected.map(\.words))
        }
        // The ASCII shortcuts: no affix and no bracketed form is ASCII only.
        #expect(NameNormaliser.asciiForms.isEmpty)
    }
}
