import DossierModel
import Normalise

/// Makes the identifiers a dossier carries, with their check characters computed by
/// `Normalise` (and, in a share, deliberately wrong), written in the varied ways offices write them.
enum IdentifierFactory {
    /// An 18-character Unified Social Credit Code for a party of `kind` registered in the
    /// division `region`; when `valid` is false the check character is wrong.
    static func uscc(kind: PartyKind, region: String, valid: Bool, _ random: inout SeededRandom) -> String {
        let authority: String
        switch kind {
        case .university, .researchInstitute, .nationalLaboratory: authority = "12"
        case .government: authority = "11"
        case .other: authority = random.pick(["52", "53"])
        default: authority = random.chance(0.97) ? "91" : "92"
        }
        let first17 = authority + region + organisationCode(modern: authority.hasPrefix("9"), &random)
        let check = USCC.checkCharacter(forFirst17: first17)!
        guard !valid else { return first17 + String(check) }
        var wrong = check
        while wrong == check { wrong = random.pick(USCC.alphabet) }
        return first17 + String(wrong)
    }

    /// A nine-character organisation code (GB 11714): eight characters and a check character.
    /// Codes issued since 2015 start with `MA`; older ones are eight digits.
    static func organisationCode(modern: Bool, _ random: inout SeededRandom) -> String {
        let letters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var body: [Character] = []
        if modern && random.chance(0.6) {
            body = ["M", "A"]
            while body.count < 8 { body.append(random.pick(letters)) }
        } else {
            while body.count < 8 { body.append(Character(String(random.below(10)))) }
        }
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (c, w) in zip(body, weights) {
            let value = c.wholeNumberValue ?? Int(c.asciiValue! - 55)
            sum += value * w
        }
        let check = 11 - sum % 11
        let checkChar: Character = check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
        return String(body) + String(checkChar)
    }

    /// A CN application number: canonical (`202010123456.7`) and as written in the dossier.
    ///
    /// `type` is the sixth digit (1 invention, 2 utility model, 3 design, 8 PCT invention).
    /// Applications filed before October 2003 get the old eight-digit form (`02123456.X`).
    static func cnApplication(
        filed: CalendarDate, type: Int, valid: Bool, _ random: inout SeededRandom
    ) -> (canonical: String, written: String) {
        let digits: String
        if filed.year < 2003 || (filed.year == 2003 && filed.month < 10) {
            digits = pad(filed.year % 100, 2) + String(type) + pad(random.int(in: 0...99_999), 5)
        } else {
            digits = String(filed.year) + String(type) + pad(random.int(in: 0...1_999_999), 7)
        }
        let right = CNApplicationNumber.checkDigit(forDigits: digits)!
        var check = right
        if !valid {
            let choices: [Character] = Array("0123456789X")
            while check == right { check = random.pick(choices) }
        }
        let canonical = "\(digits).\(check)"
        let written: String = random.weighted([
            (canonical, 60), ("CN" + canonical, 10), ("ZL" + canonical, 10), ("ZL " + canonical, 6),
            ("CN " + canonical, 4), (digits + String(check), 5), (spaced(digits) + "." + String(check), 5),
        ])
        return (canonical, written)
    }

    /// A CN publication number (`CN112345678A`) for a document published in `year`, in the
    /// range CNIPA used that year. Before 2007 numbers had seven digits, and grants published
    /// before 2010 have kind `C` rather than `B`.
    static func cnPublication(year: Int, kind: Character, _ random: inout SeededRandom) -> String {
        let table: [Int]
        switch kind {
        case "U": table = utilityModelNumbers
        case "S": table = designNumbers
        default: table = inventionNumbers
        }
        if year < 2007 {
            let serial = 1_300_000 + max(0, year - 2002) * 200_000 + random.int(in: 0...199_999)
            return "CN\(serial)\(kind == "B" ? "C" : kind)"
        }
        let i = min(year - 2007, table.count - 2)
        let serial = table[i] * 1000 + random.int(in: 0...((table[i + 1] - table[i]) * 1000 - 1))
        return "CN\(serial)\(kind == "B" && year < 2010 ? "C" : kind)"
    }

    /// First invention publication number (in thousands) of each year from 2007 to 2027.
    private static let inventionNumbers = [
        100_950, 101_100, 101_300, 101_600, 102_000, 102_300, 102_800, 103_400, 104_200, 105_200,
        106_300, 107_600, 109_200, 110_700, 112_400, 113_900, 115_600, 117_400, 119_400, 121_300, 123_200,
    ]
    /// First utility-model number (in thousands) of each year from 2007 to 2027.
    private static let utilityModelNumbers = [
        200_900, 201_000, 201_200, 201_500, 201_900, 202_200, 202_800, 203_400, 204_200, 205_000,
        206_000, 207_200, 208_800, 210_500, 212_800, 215_000, 217_800, 219_800, 221_800, 223_500, 225_000,
    ]
    /// First design number (in thousands) of each year from 2007 to 2027.
    private static let designNumbers = [
        300_600, 300_800, 300_950, 301_100, 301_500, 301_800, 302_200, 302_700, 303_100, 303_500,
        304_000, 304_500, 305_100, 305_600, 306_300, 307_000, 307_800, 308_500, 309_200, 309_900, 310_500,
    ]

    /// A US patent number (`US10123456B2`) granted in `year`.
    static func usPatent(year: Int, _ random: inout SeededRandom) -> String {
        let base = 9_000_000 + max(0, year - 2015) * 330_000
        return "US\(base + random.int(in: 0...329_999))B\(random.chance(0.8) ? 2 : 1)"
    }

    /// A US application number (`16/123,456`).
    static func usApplication(year: Int, _ random: inout SeededRandom) -> String {
        let series = 14 + max(0, min(5, (year - 2014) / 2))
        let n = random.int(in: 0...999_999)
        return "\(series)/\(pad(n / 1000, 3)),\(pad(n % 1000, 3))"
    }

    /// A software copyright registration number (`2020SR0123456`).
    static func softwareRegistration(year: Int, _ random: inout SeededRandom) -> String {
        "\(year)SR\(pad(random.int(in: 1...1_999_999), 7))"
    }

    /// An IC layout design registration number (`BS.205501234`).
    static func icLayoutRegistration(year: Int, _ random: inout SeededRandom) -> String {
        "BS.\(pad(year % 100, 2))5\(pad(random.int(in: 0...99_999), 5))\(random.below(10))"
    }

    /// A plant variety right number (`CNA20191234.5`).
    static func plantVarietyRight(year: Int, _ random: inout SeededRandom) -> String {
        "CNA\(year)\(pad(random.int(in: 1...9999), 4)).\(random.below(10))"
    }

    /// A trademark registration number (eight digits).
    static func trademarkRegistration(year: Int, _ random: inout SeededRandom) -> String {
        String(max(10_000_000, 20_000_000 + (year - 2017) * 6_000_000) + random.int(in: 0...5_999_999))
    }

    /// A Legal Entity Identifier (ISO 17442): 18 characters and two check digits (ISO 7064 MOD 97-10).
    static func lei(_ random: inout SeededRandom) -> String {
        let alphanumerics = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var body = ""
        for _ in 0..<4 { body.append(random.pick(Array("0123456789"))) }
        body += "00"
        for _ in 0..<12 { body.append(random.pick(alphanumerics)) }
        var remainder = 0
        for c in body + "00" {
            let value = c.wholeNumberValue ?? Int(c.asciiValue! - 55)
            for d in String(value) { remainder = (remainder * 10 + d.wholeNumberValue!) % 97 }
        }
        return body + pad(98 - remainder, 2)
    }

    /// A classification symbol written in one of the ways offices write it: `H01M 4/58`,
    /// `H01M4/58`, `H01M0004580000` (the 14-character ST.8 form) or `H01M  4/58`.
    static func ipcSpelling(_ canonical: String, _ random: inout SeededRandom) -> String {
        let parts = canonical.split(separator: " ")
        guard parts.count == 2 else { return canonical }
        let subclass = String(parts[0])
        let group = parts[1].split(separator: "/")
        guard group.count == 2 else { return canonical }
        let main = String(group[0])
        let sub = String(group[1])
        return random.weighted([
            (canonical, 55), (subclass + main + "/" + sub, 20),
            (subclass + pad(Int(main) ?? 0, 4) + sub + String(repeating: "0", count: max(0, 6 - sub.count)), 15),
            (subclass + String(repeating: " ", count: max(1, 4 - main.count)) + main + "/" + sub, 5),
            (canonical.lowercased(), 5),
        ])
    }

    /// `n` written with at least `width` digits.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Twelve digits written `2020 1 0123456`, as some forms print them.
    private static func spaced(_ digits: String) -> String {
        guard digits.count == 12 else { return digits }
        let a = digits.prefix(4)
        let b = digits.dropFirst(4).prefix(1)
        let c = digits.dropFirst(5)
        return "\(a) \(b) \(c)"
    }
}
