import DossierModel
import Foundation

/// Reads IPC and CPC symbols in every spelling patent offices use and writes them in one
/// canonical form, `H01M 4/58`: section letter, two-digit class, subclass letter, one space,
/// main group without leading zeros, `/`, subgroup of at least two digits without trailing
/// zeros beyond those two (`H01M 4/00`, `H01M 4/5825`).
///
/// Accepted spellings: `H01M4/58`, `H01M 4/58`, `h01m  4/58`, `H01M 0004/58`, `H01M-004/58`,
/// the 14-character fixed form `H01M0004580000`, the ST.36 text form
/// `H01M   4/58        20060101AFI20151012BHEP` and its older `A61M  31/    00  A I`, the
/// CNIPA form `C07D 401/12(2006.01)I`, a trailing version in brackets, and an edition digit
/// in front (`7C 07C  29/44`, from ST.32 documents). Trailing words after the symbol are
/// read only when they are ST.36 flags (letters and digits).
///
/// Decisions: a subclass alone (`H01M`) stays `H01M`, a symbol at that level; a main group
/// without subgroup (`H01M 4`) becomes `H01M 4/00`, which is how IPC writes a main group; a
/// one-digit subgroup is read as the leading digit of the subgroup (`4/5` -> `4/50`), as in
/// the fixed form. Sections are A-H, and for CPC also Y. Anything else (a section or class
/// alone, a main group 0, letters in the groups) is invalid: code nil and a
/// `classification.invalid` warning.
public enum ClassificationNormaliser {
    /// The canonical form of a symbol, or nil when it is not a valid symbol of the scheme.
    public static func canonical(_ raw: String, scheme: String = "IPC") -> String? {
        let isCPC = scheme.uppercased() == "CPC"
        // A symbol already in canonical form (the usual case, and every code the matcher
        // looks up) is its own canonical form.
        if isCanonical(raw, cpc: isCPC) { return raw }
        return read(raw, cpc: isCPC)
    }

    /// The canonical form read character by character (any spelling `canonical` accepts).
    static func read(_ raw: String, cpc isCPC: Bool) -> String? {
        // NFKC leaves ASCII as it is.
        let folded = TextFolding.nfkc(raw)
        var text = Array(folded.uppercased())
        if let bracket = text.firstIndex(of: "(") { text.removeSubrange(bracket...) }
        let sections = isCPC ? cpcSections : ipcSections
        var reader = SymbolReader(text)
        reader.skipSpaces()
        // An edition number in front of the section (ST.32 `7C 07C 29/44`).
        if reader.peek?.isASCIIDigit == true {
            _ = reader.digits(max: 1)
            reader.skipSpaces()
        }
        guard let section = reader.next(), sections.contains(section) else { return nil }
        reader.skipSpaces()
        guard let classDigits = reader.digits(max: 2), classDigits.count == 2, classDigits != "00" else { return nil }
        reader.skipSpaces()
        guard let subclass = reader.next(), subclass.isASCII, subclass.isLetter else { return nil }
        let prefix = "\(section)\(classDigits)\(subclass)"

        reader.skip { $0 == " " || $0 == "-" }
        // The 14-character fixed form: 4 digits of main group, 6 of subgroup.
        if let fixed = reader.fixedForm() {
            return symbol(prefix, group: fixed.group, subgroup: fixed.subgroup)
        }
        guard let group = reader.digits(max: 4) else {
            return reader.restIsFlags() ? prefix : nil
        }
        reader.skipSpaces()
        guard reader.peek == "/" else {
            return reader.restIsFlags() ? symbol(prefix, group: group, subgroup: "00") : nil
        }
        _ = reader.next()
        reader.skipSpaces()
        guard let subgroup = reader.digits(max: 6), reader.restIsFlags() else { return nil }
        return symbol(prefix, group: group, subgroup: subgroup)
    }

    private static let ipcSections = Set<Character>("ABCDEFGH")
    private static let cpcSections = Set<Character>("ABCDEFGHY")

    /// True when `raw` is exactly what `canonical` returns for it: section, two digits (not
    /// `00`), an uppercase subclass letter, then nothing or a space, the main group (1 to 4
    /// digits, no leading zero), `/` and the subgroup (2 to 6 digits, not ending in 0 when
    /// longer than 2). Such a symbol reads back unchanged, so it is its own canonical form.
    static func isCanonical(_ raw: String, cpc: Bool) -> Bool {
        let bytes = raw.utf8
        let count = bytes.count
        guard count == 4 || (count >= 9 && count <= 16) else { return false }
        var index = bytes.startIndex
        func next() -> UInt8 {
            defer { index = bytes.index(after: index) }
            return bytes[index]
        }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        let section = next()
        guard (section >= UInt8(ascii: "A") && section <= UInt8(ascii: "H")) || (cpc && section == UInt8(ascii: "Y")) else { return false }
        let tens = next()
        let ones = next()
        guard isDigit(tens), isDigit(ones), tens != UInt8(ascii: "0") || ones != UInt8(ascii: "0") else { return false }
        let subclass = next()
        guard subclass >= UInt8(ascii: "A") && subclass <= UInt8(ascii: "Z") else { return false }
        if count == 4 { return true }
        guard next() == UInt8(ascii: " ") else { return false }
        var group = 0
        var byte = next()
        guard byte != UInt8(ascii: "0") else { return false }
        while isDigit(byte) {
            group += 1
            guard group <= 4, index != bytes.endIndex else { return false }
            byte = next()
        }
        guard group >= 1, byte == UInt8(ascii: "/") else { return false }
        var subgroup = 0
        var last = UInt8(0)
        while index != bytes.endIndex {
            last = next()
            guard isDigit(last) else { return false }
            subgroup += 1
        }
        return subgroup >= 2 && subgroup <= 6 && (subgroup == 2 || last != UInt8(ascii: "0"))
    }

    /// The classification with `code` set; an invalid symbol keeps a nil code and is
    /// reported as `classification.invalid`.
    public static func normalise(_ classification: Classification, context: NormaliseContext) -> Classification {
        var out = classification
        out.code = canonical(classification.raw, scheme: classification.scheme)
        if out.code == nil {
            context.warn(
                "classification.invalid",
                "\(classification.scheme) symbol \"\(classification.raw)\" is not a valid classification symbol")
        }
        return out
    }

    /// Writes the canonical form from the digits of the groups as read.
    static func symbol(_ prefix: String, group: String, subgroup: String) -> String? {
        guard let mainGroup = Int(group), mainGroup > 0 else { return nil }
        var sub = String(subgroup)
        while sub.count > 2, sub.hasSuffix("0") { sub.removeLast() }
        while sub.count < 2 { sub += "0" }
        return "\(prefix) \(mainGroup)/\(sub)"
    }
}

/// A cursor over the characters of a classification symbol.
private struct SymbolReader {
    private let chars: [Character]
    private var index = 0

    init(_ chars: [Character]) { self.chars = chars }

    var peek: Character? { index < chars.count ? chars[index] : nil }

    mutating func next() -> Character? {
        defer { index += 1 }
        return peek
    }

    mutating func skip(while predicate: (Character) -> Bool) {
        while let c = peek, predicate(c) { index += 1 }
    }

    mutating func skipSpaces() { skip { $0.isWhitespace } }

    /// Up to `max` ASCII digits, or nil when there is none.
    mutating func digits(max: Int) -> String? {
        var out = ""
        while out.count < max, let c = peek, c.isASCIIDigit {
            out.append(c)
            index += 1
        }
        return out.isEmpty ? nil : out
    }

    /// Reads the ten digits of the fixed form when exactly ten digits follow (and then
    /// only ST.36 flags).
    mutating func fixedForm() -> (group: String, subgroup: String)? {
        let start = index
        guard let run = digits(max: 10), run.count == 10, peek?.isASCIIDigit != true, restIsFlags() else {
            index = start
            return nil
        }
        return (String(run.prefix(4)), String(run.suffix(6)))
    }

    /// True when nothing is left but ST.36 flags after whitespace: words that are one
    /// letter (`A I`) or start with an eight-digit version date
    /// (`20060101AFI20151012BHEP`).
    func restIsFlags() -> Bool {
        guard index < chars.count else { return true }
        guard chars[index].isWhitespace else { return false }
        let words = chars[index...].split(whereSeparator: \.isWhitespace)
        return words.allSatisfy { word in
            guard word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
            return (word.count == 1 && word.first!.isLetter)
                || (word.count >= 8 && word.prefix(8).allSatisfy(\.isASCIIDigit))
        }
    }
}
