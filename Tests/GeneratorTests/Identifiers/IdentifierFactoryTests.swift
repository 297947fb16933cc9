import DossierModel
import Normalise
import Testing

@testable import Generator

@Suite struct IdentifierFactoryTests {
    @Test(arguments: PartyKind.known)
    func usccCheckCharacterIsRightUnlessAskedOtherwise(_ kind: PartyKind) {
        var r = SeededRandom(seed: 11)
        for _ in 0..<200 {
            let good = IdentifierFactory.uscc(kind: kind, region: "320100", valid: true, &r)
            #expect(good.count == 18)
            #expect(USCC.isValid(good), "\(good)")
            let bad = IdentifierFactory.uscc(kind: kind, region: "320100", valid: false, &r)
            #expect(bad.count == 18)
            #expect(!USCC.isValid(bad), "\(bad)")
            #expect(bad.allSatisfy { USCC.alphabet.contains($0) })
        }
    }

    @Test func usccCarriesRegistrationAuthorityAndRegion() {
        var r = SeededRandom(seed: 12)
        #expect(IdentifierFactory.uscc(kind: .university, region: "110108", valid: true, &r).hasPrefix("12110108"))
        #expect(IdentifierFactory.uscc(kind: .government, region: "530100", valid: true, &r).hasPrefix("11530100"))
        #expect(IdentifierFactory.uscc(kind: .stateOwnedEnterprise, region: "320500", valid: true, &r).dropFirst(2).hasPrefix("320500"))
    }

    @Test func organisationCodeCheckCharacterFollowsGB11714() {
        // Worked example: D2143569-X (letters count from A = 10).
        var r = SeededRandom(seed: 13)
        for _ in 0..<200 {
            let code = IdentifierFactory.organisationCode(modern: true, &r)
            let body = Array(code.prefix(8))
            let weights = [3, 7, 9, 10, 5, 8, 4, 2]
            let sum = zip(body, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? Int($1.0.asciiValue! - 55)) * $1.1 }
            let c = 11 - sum % 11
            let expected: Character = c == 10 ? "X" : c == 11 ? "0" : Character(String(c))
            #expect(code.last == expected)
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func applicationNumbersValidateThroughNormalise(_ type: Int) {
        var r = SeededRandom(seed: UInt64(type))
        let filed = CalendarDate(year: 2021, month: 5, day: 17)!
        for _ in 0..<300 {
            let good = IdentifierFactory.cnApplication(filed: filed, type: type, valid: true, &r)
            #expect(good.canonical.hasPrefix("2021\(type)"))
            #expect(CNApplicationNumber.isValid(good.canonical))
            #expect(CNApplicationNumber.isValid(good.written), "\(good.written)")
            #expect(CNApplicationNumber.canonical(good.written) == good.canonical)
            let bad = IdentifierFactory.cnApplication(filed: filed, type: type, valid: false, &r)
            #expect(!CNApplicationNumber.isValid(bad.written), "\(bad.written)")
            #expect(CNApplicationNumber.canonical(bad.written) == bad.canonical)
        }
    }

    @Test func applicationsBeforeOctober2003HaveEightDigits() {
        var r = SeededRandom(seed: 21)
        let number = IdentifierFactory.cnApplication(filed: CalendarDate(year: 2002, month: 3, day: 1)!, type: 1, valid: true, &r)
        #expect(number.canonical.count == 10)
        #expect(number.canonical.hasPrefix("021"))
        #expect(CNApplicationNumber.isValid(number.canonical))
    }

    @Test func publicationNumbersFollowTheYearRanges() {
        var r = SeededRandom(seed: 22)
        let a2020 = IdentifierFactory.cnPublication(year: 2020, kind: "A", &r)
        #expect(a2020.hasPrefix("CN11") && a2020.hasSuffix("A") && a2020.count == 12)
        let n2020 = Int(a2020.dropFirst(2).dropLast())!
        let n2024 = Int(IdentifierFactory.cnPublication(year: 2024, kind: "A", &r).dropFirst(2).dropLast())!
        #expect(n2020 < n2024)
        #expect(IdentifierFactory.cnPublication(year: 2022, kind: "U", &r).hasPrefix("CN21"))
        #expect(IdentifierFactory.cnPublication(year: 2022, kind: "S", &r).hasPrefix("CN30"))
        #expect(IdentifierFactory.cnPublication(year: 2008, kind: "B", &r).hasSuffix("C"))
        #expect(IdentifierFactory.cnPublication(year: 2004, kind: "A", &r).count == 10)
    }

    @Test func leiCheckDigitsAreValid() {
        var r = SeededRandom(seed: 14)
        for _ in 0..<200 {
            let lei = IdentifierFactory.lei(&r)
            #expect(lei.count == 20)
            #expect(LEI.isValid(lei), "\(lei)")
        }
    }

    @Test(arguments: ["H01M 4/58", "G01S 17/89", "C12N 15/113", "B64U 101/45", "A01H 1/02"])
    func classificationSpellingsReadBackToTheSymbol(_ code: String) {
        var r = SeededRandom(seed: 15)
        var spellings = Set<String>()
        for _ in 0..<300 {
            let raw = IdentifierFactory.ipcSpelling(code, &r)
            spellings.insert(raw)
            #expect(ClassificationNormaliser.canonical(raw) == code, "\(raw)")
        }
        #expect(spellings.count >= 4)
    }

    @Test func st8FormIsFourteenCharacters() {
        var r = SeededRandom(seed: 16)
        let forms = Set((0..<400).map { _ in IdentifierFactory.ipcSpelling("H01M 4/58", &r) })
        #expect(forms.contains("H01M0004580000"))
        #expect(forms.contains("H01M4/58"))
    }
}
