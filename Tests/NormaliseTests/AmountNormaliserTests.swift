import DossierModel
import Testing

@testable import Normalise

@Suite struct AmountNormaliserTests {
    @Test(arguments: [
        ("1250000.00", "1250000.00"), ("1,250,000.00", "1250000.00"), ("1 250 000", "1250000"),
        ("1'250'000", "1250000"), ("1.250.000,00", "1250000.00"), ("1 250 000,50", "1250000.50"),
        ("1,250", "1250"), ("12,50", "12.50"), ("0.5", "0.5"), ("007", "7"), ("0", "0"),
        ("125万", "1250000"), ("125万元", "1250000"), ("1.5亿", "150000000"), ("1.5亿元人民币", "150000000"),
        ("12.34567万", "123456.7"), ("0.5亿", "50000000"), ("3千", "3000"), ("2百万", "2000000"),
        ("CNY 125万元", "1250000"), ("¥1,250,000.00", "1250000.00"), ("￥ 1,250,000", "1250000"),
        ("USD 1.2 million", "1200000"), ("RMB 800,000", "800000"), ("€ 2.000.000", "2000000"),
        ("１，２５０，０００．００", "1250000.00"), ("1 250 000 元", "1250000"),
    ])
    func readsAmounts(raw: String, amount: String) {
        #expect(AmountNormaliser.amount(from: raw) == amount)
    }

    @Test(arguments: [
        "", "万", "about a million", "-1000", "1,25,000", "1,250.000.00", "12 50", "1..5", "1.", ",5",
        "1,250,000.0a", "one hundred",
    ])
    func rejectsNonAmounts(raw: String) {
        #expect(AmountNormaliser.amount(from: raw) == nil)
    }

    /// The plain-number fast path gives what the full reading gives, on every text of up to
    /// six characters from digits, `,` and `.`, and on the shapes the generator writes.
    @Test func plainNumbersReadAsTheFullReadingReadsThem() {
        let alphabet: [Character] = ["0", "1", "5", "9", ",", "."]
        var texts = ["9240000.00", "647142.00", "1,250,000.00", "1.250.000,00", "0.00", "000", "12,50", "1,25,000"]
        var layer = [""]
        for _ in 1...6 {
            layer = layer.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts += layer
        }
        var plain = 0
        for text in texts {
            #expect(AmountNormaliser.amount(from: text) == AmountNormaliser.amount(written: text), "\(text)")
            if AmountNormaliser.isPlainNumber(text) { plain += 1 }
        }
        #expect(plain == texts.count)
        for text in ["", " 1", "1 ", "1 000", "¥1", "1万", "１", "1e5"] {
            #expect(!AmountNormaliser.isPlainNumber(text), "\(text)")
        }
    }

    @Test func valueKeepsItsRawTextAndReadsTheCurrency() {
        let context = NormaliseContext()
        let out = AmountNormaliser.normalise(MonetaryValue(currency: " rmb ", raw: "1,250,000.00"), context: context)
        #expect(out == MonetaryValue(currency: "CNY", raw: "1,250,000.00", amount: "1250000.00"))
        let bad = AmountNormaliser.normalise(MonetaryValue(currency: "CNY", raw: "TBD"), context: context)
        #expect(bad.amount == nil)
        #expect(context.collector.diagnostics.map(\.id) == ["amount.invalid"])
    }
}
