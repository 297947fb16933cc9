import Catalogue
import Testing

/// The normalisation for matching and its map back to the original text.
@Suite struct MatchTextTests {
    @Test(arguments: [
        ("LiDAR", "lidar"),
        ("Text-to-Speech", "text to speech"),
        ("text_to  speech", "text to speech"),
        ("text – to\u{2014}speech", "text to speech"),
        ("ＬｉＤＡＲ　系统", "lidar 系统"),
        ("２．６ｇ／ｃｍ３", "2.6g/cm3"),
        ("2.6 g/cm³", "2.6 g/cm3"),
        ("压实密度为2.60，比容量", "压实密度为2.60,比容量"),
        ("mAh·g⁻¹", "mah·g 1"),
        ("97％", "97%"),
        ("  a\n\t b  ", " a b "),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(MatchText(input).bytes == Array(expected.utf8))
    }

    @Test func termsLoseOuterSpaces() {
        #expect(MatchText.normalisedString("  Speech-Recognition ") == "speech recognition")
    }

    @Test func spansMapBackToOriginalUTF8Offsets() {
        let original = "本发明涉及ＬｉＤＡＲ—Text-to-Speech系统"
        let text = MatchText(original)
        let normalised = String(decoding: text.bytes, as: UTF8.self)
        #expect(normalised == "本发明涉及lidar text to speech系统")
        let lidar = Array(normalised.utf8).firstRange(of: Array("lidar".utf8))!
        let span = text.originalSpan(of: lidar)
        #expect(text.originalText(span) == "ＬｉＤＡＲ")
        #expect(span.lowerBound == "本发明涉及".utf8.count)
        let tts = Array(normalised.utf8).firstRange(of: Array("text to speech".utf8))!
        #expect(text.originalText(text.originalSpan(of: tts)) == "Text-to-Speech")
        let system = Array(normalised.utf8).firstRange(of: Array("系统".utf8))!
        #expect(text.originalSpan(of: system).upperBound == original.utf8.count)
    }

    @Test func contextIsCutAtCharacterBoundaries() {
        let original = String(repeating: "语", count: 50) + "激光雷达" + String(repeating: "é", count: 50)
        let text = MatchText(original)
        let range = Array(text.bytes).firstRange(of: Array("激光雷达".utf8))!
        let parts = text.context(of: text.originalSpan(of: range), radius: 40)
        #expect(parts.before == String(repeating: "语", count: 40))
        #expect(parts.match == "激光雷达")
        #expect(parts.after == String(repeating: "é", count: 40))
        let short = MatchText("a\nlidar\tb")
        let lidar = short.bytes.firstRange(of: Array("lidar".utf8))!
        let around = short.context(of: short.originalSpan(of: lidar))
        #expect(around.before == "a " && around.after == " b")
    }

    @Test func wordBoundariesAreASCIIWordsOnly() {
        let text = MatchText("solidarity, lidar2, 激光lidar传感器, (LiDAR)")
        let bytes = text.bytes
        var found: [Bool] = []
        var from = 0
        while let range = bytes[from...].firstRange(of: Array("lidar".utf8)) {
            found.append(text.isOnWordBoundaries(range))
            from = range.upperBound
        }
        #expect(found == [false, false, true, true])
    }
}
