import Foundation
import Testing

@testable import Catalogue

/// `MatchText` reads the UTF-8 bytes directly; these tests compare it with the scalar-view
/// implementation it replaced (kept here as the reference) on real texts in many scripts.
@Suite struct MatchTextReferenceTests {
    /// The implementation before the byte loop: normalised bytes and, per byte, the UTF-8
    /// offset of the character it came from.
    static func reference(_ text: String) -> (bytes: [UInt8], origins: [Int]) {
        var out: [UInt8] = []
        var origins: [Int] = []
        var offset = 0
        var lastWasSpace = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if let fold = referenceFastFold(scalar), next == scalars.endIndex || referenceFastFold(scalars[next]) != nil {
                switch fold {
                case .separator:
                    if !lastWasSpace {
                        out.append(0x20)
                        origins.append(offset)
                        lastWasSpace = true
                    }
                case .byte(let byte):
                    out.append(byte)
                    origins.append(offset)
                    lastWasSpace = false
                case .same:
                    for byte in scalar.utf8 {
                        out.append(byte)
                        origins.append(offset)
                    }
                    lastWasSpace = false
                case .folded:
                    preconditionFailure("the reference's fast path has no table")
                }
                offset += UTF8.width(scalar)
                index = next
                continue
            }
            let character = text[index]
            if MatchText.isSeparator(character) {
                if !lastWasSpace {
                    out.append(0x20)
                    origins.append(offset)
                    lastWasSpace = true
                }
            } else {
                let start = out.count
                referenceFolded(character, to: &out, lastWasSpace: &lastWasSpace)
                for _ in start..<out.count { origins.append(offset) }
            }
            offset += character.utf8.count
            index = text.unicodeScalars.index(index, offsetBy: character.unicodeScalars.count)
        }
        return (out, origins)
    }

    /// The fast path of the reference: ASCII, CJK ideographs and punctuation, full-width ASCII.
    static func referenceFastFold(_ scalar: Unicode.Scalar) -> MatchText.FastFold? {
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

    static func referenceFolded(_ c: Character, to out: inout [UInt8], lastWasSpace: inout Bool) {
        if let ascii = c.asciiValue {
            out.append(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
            lastWasSpace = false
            return
        }
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first,
            [0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3001...0x3002, 0x3008...0x3011].contains(where: { $0.contains(s.value) })
        {
            out.append(contentsOf: String(c).utf8)
            lastWasSpace = false
            return
        }
        for f in String(c).precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive], locale: nil) {
            if MatchText.isSeparator(f) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(contentsOf: f.utf8)
                lastWasSpace = false
            }
        }
    }

    /// Every text node of the XML files of realdata/A-ip-records and testdata/inbox.
    static let texts: [String] = {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var out: [String] = []
        for folder in ["../shared/realdata/A-ip-records", "testdata/inbox"] {
            let walker = FileManager.default.enumerator(at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            for case let url as URL in walker?.allObjects ?? [] where url.pathExtension == "xml" {
                guard let data = try? Data(contentsOf: url) else { continue }
                for part in String(decoding: data, as: UTF8.self).split(separator: "<") {
                    guard let close = part.firstIndex(of: ">") else { continue }
                    let text = part[part.index(after: close)...]
                    if text.contains(where: { !$0.isWhitespace }) { out.append(String(text)) }
                }
            }
        }
        return out
    }()

    static let tricky = [
        "", "a", "A\u{0301}", "e\u{0301}", "Ａ\u{0301}Ｂ", "中\u{0301}文", "ガ", "カ\u{3099}", "ｶﾞｽ", "Straße", "İ", "ﬁ",
        "text – to\u{2014}speech", "  a\n\t b  ", "\r\n\r\n", "a\u{200D}b", "🇨🇳 flag", "👩‍🔬 lab", "㎏ and ㎒", "Ⅻ①½",
        "ＬｉＤＡＲ　系统", "２．６ｇ／ｃｍ３", "mAh·g⁻¹", "한국어 텍스트", "한\u{11A8}", "\u{0600}非", "x\u{FE0F}", "end\u{0301}",
    ]

    /// Every scalar the fast path takes that the reference's did not (kana, Hangul syllables,
    /// CJK extension A, the scalars of `MatchText.ScalarFolds`), alone and next to what could
    /// join or compose with it.
    static var scalarTexts: [String] {
        var out: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), MatchText.fastFold(value) != nil,
                referenceFastFold(scalar) == nil
            else { continue }
            out += [
                "\(scalar)", "a\(scalar)b", "\(scalar)\u{0301}", "\(scalar)\u{3099}", "\(scalar)\u{11A8}", "\u{1100}\(scalar)",
                "\(scalar)\(scalar) \(scalar)", "e\u{0301}\(scalar)-\(scalar)\u{200D}x", "\u{1F469}\u{200D}\(scalar)",
            ]
        }
        return out
    }

    @Test func everyFastScalarNormalisesAsBefore() {
        let texts = Self.scalarTexts
        #expect(texts.count > 9 * 15_000)
        for text in texts {
            let expected = Self.reference(text)
            let actual = MatchText(text)
            #expect(actual.bytes == expected.bytes, "bytes differ for \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            guard actual.bytes == expected.bytes else { continue }
            for i in actual.bytes.indices where actual.originalSpan(of: i..<(i + 1)).lowerBound != expected.origins[i] {
                Issue.record("origin of byte \(i) differs for \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                break
            }
        }
    }

    /// The characters of units and formulae in dossier texts fold without Foundation: those
    /// that become other bytes (`℃`, `³`, `μ`, `ß`, `①`) and a dash that becomes a space.
    @Test func unitsAndLettersOfEuropeanScriptsTakeTheTable() {
        for value: UInt32 in [0xB0, 0xB3, 0x2103, 0x3BC, 0x3B2, 0xB1, 0x2082, 0xE9, 0x1EAD, 0xDF, 0x2460, 0x2264] {
            guard case .folded = MatchText.fastFold(value) else {
                Issue.record("U+\(String(value, radix: 16)) has no table entry")
                continue
            }
        }
        guard case .separator = MatchText.fastFold(0x2013) else {
            Issue.record("the en dash is not a separator")
            return
        }
        #expect(MatchText("25℃ ±1μm, Straße ①").bytes == Array("25°c ±1μm, strasse 1".utf8))
        // A combining mark after a table scalar makes one character with it: not the table.
        #expect(MatchText.fastFold(0x0301) == nil)
    }

    @Test func realTextsNormaliseAsBefore() {
        #expect(Self.texts.count > 1_000)
        for text in Self.texts + Self.tricky {
            let expected = Self.reference(text)
            let actual = MatchText(text)
            #expect(actual.bytes == expected.bytes, "bytes differ for \(text.prefix(80).debugDescription)")
            guard actual.bytes == expected.bytes else { continue }
            for i in actual.bytes.indices {
                let span = actual.originalSpan(of: i..<(i + 1))
                #expect(span.lowerBound == expected.origins[i], "origin of byte \(i) differs for \(text.prefix(80).debugDescription)")
                if span.lowerBound != expected.origins[i] { break }
            }
        }
    }
}
