/// The Legal Entity Identifier of ISO 17442: 18 alphanumeric characters followed by two
/// check digits under ISO 7064 MOD 97-10 (the scheme of the IBAN).
///
/// Letters count as two-digit numbers (`A` = 10 … `Z` = 35); the 20 characters read as one
/// number are congruent to 1 modulo 97 when the code is right.
public enum LEI {
    /// The two check digits for the first 18 characters of a code, or nil when `base` is not
    /// 18 upper-case ASCII letters and digits.
    public static func checkDigits(forFirst18 base: String) -> String? {
        guard base.count == 18, let remainder = mod97(base + "00") else { return nil }
        let check = 98 - remainder
        return check < 10 ? "0\(check)" : "\(check)"
    }

    /// True when `code` is 20 upper-case ASCII letters and digits whose MOD 97-10 remainder
    /// is 1. Callers canonicalise first (upper case, spaces removed).
    public static func isValid(_ code: String) -> Bool {
        code.count == 20 && mod97(code) == 1
    }

    /// The remainder modulo 97 of the number a string of digits and upper-case letters
    /// stands for, computed digit by digit so that no large integer is needed.
    static func mod97(_ text: String) -> Int? {
        var remainder = 0
        for c in text.unicodeScalars {
            let value: Int
            switch c.value {
            case 0x30...0x39: value = Int(c.value) - 0x30
            case 0x41...0x5A: value = Int(c.value) - 0x41 + 10
            default: return nil
            }
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97
        }
        return remainder
    }
}
