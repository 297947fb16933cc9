import DossierModel
import Foundation

/// Reads a calendar date as inputs write it and checks that it exists.
///
/// Accepted: `2026-11-19`, `20261119`, `2026/11/19`, `2026.11.19`, `2026年11月19日`, with
/// one- or two-digit month and day where there are separators (`2026/1/5`), full-width
/// digits, and surrounding whitespace. The year has four digits. A date that does not exist
/// (`2023-02-29`, `2026-13-01`) is nil, as is anything with a time or a time zone.
public enum DateNormaliser {
    /// The date written in `raw`, or nil.
    public static func date(from raw: String) -> CalendarDate? {
        let text = TextFolding.nfkc(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count == 8, text.allSatisfy(\.isASCIIDigit) {
            let chars = Array(text)
            return make(String(chars[0..<4]), String(chars[4..<6]), String(chars[6..<8]))
        }
        if text.contains("年") {
            let compact = text.filter { !$0.isWhitespace }
            guard compact.hasSuffix("日") else { return nil }
            let parts = compact.dropLast().split(separator: "年", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let monthDay = parts[1].split(separator: "月", omittingEmptySubsequences: false)
            guard monthDay.count == 2 else { return nil }
            return make(String(parts[0]), String(monthDay[0]), String(monthDay[1]))
        }
        for separator in ["-", "/", "."] as [Character] where text.contains(separator) {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3 else { return nil }
            return make(String(parts[0]), String(parts[1]), String(parts[2]))
        }
        return nil
    }

    /// The date written in `raw`; a date that cannot be read is reported as `date.invalid`,
    /// naming `field` (`the filing date`).
    public static func normalise(_ raw: String, field: String, context: NormaliseContext) -> CalendarDate? {
        if let date = date(from: raw) { return date }
        context.warn("date.invalid", "\(field) \"\(raw)\" is not a valid calendar date (YYYY-MM-DD)")
        return nil
    }

    /// A date from a four-digit year and a one- or two-digit month and day.
    private static func make(_ year: String, _ month: String, _ day: String) -> CalendarDate? {
        guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
            (year + month + day).allSatisfy(\.isASCIIDigit),
            let y = Int(year), let m = Int(month), let d = Int(day)
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
