import Testing

@testable import Generator

@Suite struct BilingualTests {
    @Test func fillsTheSameValueIntoBothLanguages() {
        let phrase = Bilingual.t("于{680..780}℃烧结{6..12} h", "sintering at {680..780} °C for {6..12} h")
        var r = SeededRandom(seed: 1)
        for _ in 0..<100 {
            let filled = phrase.filled(&r)
            let zhNumbers = numbers(in: filled.zh)
            #expect(zhNumbers == numbers(in: filled.en))
            #expect(zhNumbers.count == 2)
            #expect((680...780).contains(zhNumbers[0]) && (6...12).contains(zhNumbers[1]))
        }
    }

    @Test func keepsTheDecimalsOfTheBounds() {
        var r = SeededRandom(seed: 2)
        let filled = Bilingual.t("D50为{0.30..0.60} μm", "D50 of {0.30..0.60} μm").filled(&r)
        #expect(filled.zh.contains("0."))
        let value = filled.en.split(separator: " ")[2]
        #expect(value.split(separator: ".")[1].count == 2)
    }

    @Test func leavesPlainTextAlone() {
        var r = SeededRandom(seed: 3)
        let phrase = Bilingual.t("机架", "a frame")
        #expect(phrase.filled(&r) == phrase)
    }

    private func numbers(in text: String) -> [Int] {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }
}
