import DossierModel
import Foundation

/// Reads a monetary amount as contracts write it and gives it as a plain decimal string:
/// digits, and a `.` before the fraction when there is one (`1250000.00`).
///
/// Accepted: grouping with commas, spaces, apostrophes or (with a decimal comma) dots:
/// `1,250,000.00`, `1 250 000`, `1'250'000`, `1.250.000,00`; Chinese and English
/// multipliers: `125万` (10^4), `1.5亿` (10^8), `千`, `百万`, `千万`, `thousand`, `million`,
/// `billion`; and currency words or symbols around the number (`¥`, `$`, `€`, `£`, `RMB`,
/// `CNY 125万元`, `人民币`). A lone comma before exactly three digits is grouping
/// (`1,250` = 1250), before one or two digits a decimal comma (`12,50`); a lone dot is
/// always a decimal point. The fraction is kept as written unless a multiplier moves the
/// point, and then trailing zeros after the point are dropped. Negative amounts are not
/// amounts.
public enum AmountNormaliser {
    /// The amount as a decimal string without grouping, or nil.
    public static func amount(from raw: String) -> String? {
        if isPlainNumber(raw) { return number(raw).map(write) }
        return amount(written: raw)
    }

    /// True when `raw` holds only ASCII digits, `,` and `.` (most contract values,
    /// `9240000.00`): NFKC, trimming, the currency words and the multipliers leave such a
    /// text as it is (each of those words has a character that is none of these), so it goes
    /// straight to `number` without them.
    static func isPlainNumber(_ raw: String) -> Bool {
        !raw.isEmpty && raw.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }
    }

    /// `amount(from:)` for any text: NFKC, currency words and multipliers.
    static func amount(written raw: String) -> String? {
        var text = TextFolding.nfkc(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        text = stripCurrency(text)
        var shift = 0
        let lower = text.lowercased()
        for (word, power) in multipliers {
            if lower.hasSuffix(word) {
                text = String(text.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
                shift = power
                break
            }
        }
        guard let (integer, fraction) = number(text) else { return nil }
        return shift == 0 ? write(integer, fraction) : scaled(integer, fraction, by: shift)
    }

    /// The value with `amount` set and the currency upper-cased (`RMB` and `人民币` read as
    /// `CNY`); an amount that cannot be read is reported as `amount.invalid`.
    public static func normalise(_ value: MonetaryValue, context: NormaliseContext) -> MonetaryValue {
        var out = value
        out.amount = amount(from: value.raw)
        if let currency = value.currency {
            let code = currency.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            out.currency = ["RMB", "人民币", "元"].contains(code) ? "CNY" : code
        }
        if out.amount == nil {
            context.warn("amount.invalid", "the contract value \"\(value.raw)\" is not an amount")
        }
        return out
    }

    // MARK: - Parts

    /// Multiplier words, longest first, with their power of ten.
    static let multipliers: [(String, Int)] = [
        ("thousand", 3), ("million", 6), ("billion", 9), ("千万", 7), ("百万", 6), ("亿", 8), ("万", 4), ("千", 3),
    ]

    /// Currency words and symbols that may stand before or after the number.
    static let currencyWords: [String] = [
        "人民币", "美元", "欧元", "日元", "港元", "港币", "英镑", "元",
        "US$", "HK$", "RMB", "CNY", "USD", "EUR", "JPY", "HKD", "GBP", "CHF", "KRW", "¥", "$", "€", "£", "₩",
    ]

    /// Removes currency words and symbols from both ends.
    static func stripCurrency(_ text: String) -> String {
        var text = text
        var upper = text.uppercased()  // always `text.uppercased()`, made once per change
        var changed = true
        while changed {
            changed = false
            for word in currencyWords {
                if upper.hasPrefix(word) {
                    text = String(text.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
                    upper = text.uppercased()
                    changed = true
                }
                if upper.hasSuffix(word) {
                    text = String(text.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
                    upper = text.uppercased()
                    changed = true
                }
            }
        }
        return text
    }

    /// Splits a grouped number into its integer digits and fraction digits.
    static func number(_ text: String) -> (String, String?)? {
        let spaced = text.replacingOccurrences(of: "'", with: " ").replacingOccurrences(of: "\u{2019}", with: " ")
        guard !spaced.isEmpty, spaced.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == " " }) else {
            return nil
        }
        let lastComma = spaced.lastIndex(of: ",")
        let lastDot = spaced.lastIndex(of: ".")
        let commas = spaced.filter { $0 == "," }.count
        let dots = spaced.filter { $0 == "." }.count
        var decimal: Character?
        if let c = lastComma, let d = lastDot {
            decimal = c > d ? "," : "."
        } else if commas == 1, let c = lastComma {
            decimal = spaced[spaced.index(after: c)...].count == 3 ? nil : ","
        } else if dots == 1 {
            decimal = "."
        }
        var integerPart = spaced[...]
        var fraction: String?
        if let decimal, let split = spaced.lastIndex(of: decimal) {
            integerPart = spaced[..<split]
            fraction = String(spaced[spaced.index(after: split)...])
            guard let f = fraction, !f.isEmpty, f.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        guard let integer = ungroup(String(integerPart)) else { return nil }
        return (integer, fraction)
    }

    /// The digits of an integer part whose groups after the first have three digits, with
    /// one kind of separator.
    static func ungroup(_ text: String) -> String? {
        let separators = Set(text.filter { !$0.isASCIIDigit })
        guard separators.count <= 1 else { return nil }
        let groups = text.split(separator: separators.first ?? "_", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : Int.max),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        let digits = groups.joined()
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    static func write(_ integer: String, _ fraction: String?) -> String {
        fraction.map { "\(integer).\($0)" } ?? integer
    }

    /// Moves the decimal point `power` places to the right.
    static func scaled(_ integer: String, _ fraction: String?, by power: Int) -> String {
        var fraction = fraction ?? ""
        while fraction.count < power { fraction += "0" }
        var whole = integer + fraction.prefix(power)
        var rest = String(fraction.dropFirst(power))
        while rest.hasSuffix("0") { rest.removeLast() }
        whole = String(whole.drop { $0 == "0" })
        return write(whole.isEmpty ? "0" : whole, rest.isEmpty ? nil : rest)
    }
}
