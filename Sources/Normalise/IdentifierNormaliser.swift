import DossierModel
import Foundation

/// Canonical forms and check-character tests for the identifiers of parties and assets.
///
/// | scheme | canonical form | check |
/// |---|---|---|
/// | `USCC` | 18 characters, upper case, no spaces | GB 32100 check character |
/// | `CN-application` | `202010123456.7` (prefix `CN`/`ZL` and spaces removed) | mod-11 check digit |
/// | `CN-publication` | `CN112345678A`, upper case, no spaces | none |
/// | `LEI` | 20 characters, upper case, no spaces | ISO 17442 MOD 97-10 |
/// | anything else | trimmed | none |
///
/// Schemes compare case-insensitively. `checkValid` is true or false when the check could
/// be run, and nil when the scheme has no check or the value is not well-formed enough to
/// run it. A failed or impossible check is a warning; the value is always kept.
public enum IdentifierNormaliser {
    /// What normalising one identifier found.
    public struct Result: Sendable, Hashable {
        /// The canonical form.
        public var normalised: String
        /// The outcome of the check character test, when one could be run.
        public var checkValid: Bool?
        /// Why the identifier is suspect, when it is.
        public var finding: NormaliseFinding?

        init(_ normalised: String, _ checkValid: Bool?, finding: NormaliseFinding? = nil) {
            self.normalised = normalised
            self.checkValid = checkValid
            self.finding = finding
        }
    }

    /// The canonical form and check result of a value under a scheme; pure.
    public static func examine(scheme: String, value: String) -> Result {
        switch scheme.lowercased() {
        case "uscc": return uscc(value)
        case "cn-application": return cnApplication(value)
        case "cn-publication": return Result(compact(value), nil)
        case "lei": return lei(value)
        default: return Result(TextFolding.trimmed(value), nil)
        }
    }

    /// The identifier with `normalised` and `checkValid` set; a suspect value is reported
    /// (`identifier.uscc-check`, `identifier.cn-application-check`, `identifier.lei-check`).
    public static func normalise(_ identifier: Identifier, context: NormaliseContext) -> Identifier {
        let result = examine(scheme: identifier.scheme, value: identifier.value)
        var out = identifier
        out.normalised = result.normalised
        out.checkValid = result.checkValid
        if let finding = result.finding { context.warn(finding) }
        return out
    }

    // MARK: - Schemes

    static func uscc(_ value: String) -> Result {
        let code = USCC.canonical(value)
        let chars = Array(code)
        guard chars.count == 18, let expected = USCC.checkCharacter(forFirst17: String(chars[0..<17])),
            USCC.value(of: chars[17]) != nil
        else {
            return Result(
                code, nil,
                finding: NormaliseFinding(
                    "identifier.uscc-check",
                    "USCC \"\(value)\" is not 18 characters of the GB 32100 alphabet (0-9 and A-Y without I, O, S, V)"))
        }
        if chars[17] == expected { return Result(code, true) }
        return Result(
            code, false,
            finding: NormaliseFinding(
                "identifier.uscc-check",
                "USCC \"\(value)\" ends in check character \(chars[17]); GB 32100 gives \(expected)"))
    }

    static func cnApplication(_ value: String) -> Result {
        guard let parts = CNApplicationNumber.normalise(value) else {
            return Result(
                compact(value), nil,
                finding: NormaliseFinding(
                    "identifier.cn-application-check",
                    "CN application number \"\(value)\" is not 12 (or, before 2003, 8) digits with a check digit"))
        }
        let expected = CNApplicationNumber.checkDigit(forDigits: parts.digits)
        guard let check = parts.check else {
            return Result(
                parts.digits, nil,
                finding: NormaliseFinding(
                    "identifier.cn-application-check",
                    "CN application number \"\(value)\" has no check digit; it should be \(expected.map(String.init) ?? "?")"))
        }
        let canonical = "\(parts.digits).\(check)"
        if check == expected { return Result(canonical, true) }
        return Result(
            canonical, false,
            finding: NormaliseFinding(
                "identifier.cn-application-check",
                "CN application number \"\(value)\" has check digit \(check); its digits give \(expected.map(String.init) ?? "?")"))
    }

    static func lei(_ value: String) -> Result {
        let code = compact(value)
        guard code.count == 20, code.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else {
            return Result(
                code, nil,
                finding: NormaliseFinding(
                    "identifier.lei-check", "LEI \"\(value)\" is not 20 letters and digits"))
        }
        if LEI.isValid(code) { return Result(code, true) }
        let expected = LEI.checkDigits(forFirst18: String(code.prefix(18))) ?? "?"
        return Result(
            code, false,
            finding: NormaliseFinding(
                "identifier.lei-check",
                "LEI \"\(value)\" ends in check digits \(code.suffix(2)); ISO 17442 gives \(expected)"))
    }

    /// NFKC, upper case, whitespace removed.
    static func compact(_ value: String) -> String {
        String(TextFolding.nfkc(value).uppercased().filter { !$0.isWhitespace })
    }
}
