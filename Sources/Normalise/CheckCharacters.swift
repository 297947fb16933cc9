import Foundation

/// The Unified Social Credit Code of GB 32100-2015: 18 characters over a 31-character
/// alphabet, the last a check character computed from the first 17.
///
/// The alphabet is `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, S, V or Z). Each of the first
/// 17 characters counts as its index in the alphabet, multiplied by the weight of its
/// position (3^(i) mod 31: 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);
/// the check character is the one at index `31 - (sum mod 31)`, with 31 written `0`.
public enum USCC {
    /// The 31 characters a code may use, in the order that gives each its value.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weights of positions 1 to 17.
    public static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The check character for the first 17 characters of a code, or nil when `s` is not
    /// 17 characters of the alphabet (upper case only).
    public static func checkCharacter(forFirst17 s: String) -> Character? {
        let chars = Array(s)
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (i, c) in chars.enumerated() {
            guard let v = value(of: c) else { return nil }
            sum += v * weights[i]
        }
        let check = 31 - sum % 31
        return alphabet[check == 31 ? 0 : check]
    }

    /// True when `code` is exactly 18 upper-case characters of the alphabet whose last is the
    /// check character of the first 17. Callers canonicalise first (see `canonical(_:)`).
    public static func isValid(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 18, let check = checkCharacter(forFirst17: String(chars[0..<17])) else {
            return false
        }
        return chars[17] == check
    }

    /// The code as it should be written: NFKC (full-width digits become ASCII), upper case,
    /// with spaces and hyphens removed.
    public static func canonical(_ raw: String) -> String {
        let folded = TextFolding.nfkc(raw).uppercased()
        return String(folded.filter { !$0.isWhitespace && $0 != "-" })
    }

    /// The value of one character of the alphabet.
    static func value(of c: Character) -> Int? {
        alphabet.firstIndex(of: c)
    }
}

/// Chinese patent application numbers (申请号) and their check digit.
///
/// Since 1 October 2003 a number has 12 digits (year, type, serial: `202010123456`) and
/// before that 8 digits (`88100001`); either is followed by a check digit, usually after a
/// dot (`202010123456.7`). The check digit is the weighted sum of the digits modulo 11,
/// written `X` for 10; the weights are 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 for 12 digits and
/// 2 to 9 for 8 digits. Numbers are often written with a prefix `CN` or `ZL` (专利号).
public enum CNApplicationNumber {
    /// Weights of the 12 digits of numbers issued since 2003.
    public static let weights12: [Int] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    /// Weights of the 8 digits of older numbers.
    public static let weights8: [Int] = [2, 3, 4, 5, 6, 7, 8, 9]

    /// The check digit (`0`-`9` or `X`) for 12 or 8 ASCII digits, or nil for anything else.
    public static func checkDigit(forDigits s: String) -> Character? {
        // The usual case on the bytes: 12 or 8 ASCII digits (anything else is nil below too).
        let bytes = s.utf8
        if bytes.count == 12 || bytes.count == 8, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let weights = bytes.count == 12 ? weights12 : weights8
            var sum = 0
            for (byte, weight) in zip(bytes, weights) { sum += Int(byte - 0x30) * weight }
            let check = sum % 11
            return check == 10 ? "X" : Character(Unicode.Scalar(UInt8(0x30 + check)))
        }
        let digits = s.compactMap { c -> Int? in
            guard c.isASCII, let v = c.wholeNumberValue else { return nil }
            return v
        }
        guard digits.count == s.count else { return nil }
        let weights: [Int]
        switch digits.count {
        case 12: weights = weights12
        case 8: weights = weights8
        default: return nil
        }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = sum % 11
        return check == 10 ? "X" : Character(String(check))
    }

    /// Splits a number as written into its digits and its check digit, if one is written.
    ///
    /// Accepts a `CN` or `ZL` prefix (any case), spaces, full-width characters and the dot
    /// before the check digit: `ZL 202010123456.7`, `CN202010123456.7`, `200510012345X`,
    /// `202010123456`. Returns nil when what is left is not 8 or 12 digits with an optional
    /// check digit. Whether the check digit is right is `isValid(_:)`'s business.
    public static func normalise(_ raw: String) -> (digits: String, check: Character?)? {
        var text = TextFolding.nfkc(raw).uppercased()
        text = String(text.filter { !$0.isWhitespace })
        for prefix in ["CN", "ZL"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        var chars = Array(text)
        var check: Character?
        if chars.count >= 2, chars[chars.count - 2] == "." {
            check = chars[chars.count - 1]
            chars.removeLast(2)
        } else if chars.count == 13 || chars.count == 9 {
            check = chars.removeLast()
        }
        guard chars.count == 12 || chars.count == 8,
            chars.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        if let c = check, !(c == "X" || (c.isASCII && c.isNumber)) { return nil }
        return (String(chars), check)
    }

    /// True when `raw` reads as an application number whose check digit is written and right.
    public static func isValid(_ raw: String) -> Bool {
        guard let parts = normalise(raw), let check = parts.check else { return false }
        return checkDigit(forDigits: parts.digits) == check
    }

    /// The canonical form `202010123456.7` (digits, dot, check digit; digits alone when no
    /// check digit was written), or nil when `raw` is not an application number.
    public static func canonical(_ raw: String) -> String? {
        guard let parts = normalise(raw) else { return nil }
        guard let check = parts.check else { return parts.digits }
        return "\(parts.digits).\(check)"
    }
}
