import Foundation
import Testing

@testable import Normalise

@Suite struct CheckCharactersTests {
    // USCC check characters worked by hand (alphabet 0-9 = 0-9, A=10 … H=17, J=18 … N=22,
    // P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30; weights 1 3 9 27 19 26 16 17 20 29 25
    // 13 8 24 10 30 28; check = 31 - sum mod 31):
    // - 914403001922038216 (Huawei Technologies Co., Ltd.): 9·1 + 1·3 + 4·9 + 4·27 + 0 + 3·26
    //   + 0 + 0 + 1·20 + 9·29 + 2·25 + 2·13 + 0 + 3·24 + 8·10 + 2·30 + 1·28 = 831;
    //   831 mod 31 = 25; 31 - 25 = 6 -> "6".
    // - 91440300708461136T: sum 966, 966 mod 31 = 5, 31 - 5 = 26 -> "T".
    // - 9144030071526726XG: sum 1782, mod 31 = 15, 31 - 15 = 16 -> "G".
    // - 91110000802100433B: sum 485, mod 31 = 20, 31 - 20 = 11 -> "B".
    // - 91320000710000024?: sum 434 = 14·31, mod 31 = 0, 31 - 0 = 31 -> "0".
    @Test(arguments: [
        ("91440300192203821", "6"), ("91440300708461136", "T"), ("9144030071526726X", "G"),
        ("91110000802100433", "B"), ("91320000710000024", "0"),
    ])
    func usccCheckCharacter(first17: String, check: Character) {
        #expect(USCC.checkCharacter(forFirst17: first17) == check)
        #expect(USCC.isValid(first17 + String(check)))
    }

    // Codes that fail: one changed character, a lower-case letter, the letters GB 32100 leaves
    // out (I, O, S, V, Z), the wrong length; and three real codes issued by pilot regions
    // before the standard, whose last character is not the GB 32100 check character.
    @Test(arguments: [
        "914403001922038217", "914403001922038226", "9144030071526726xg", "91440300192203821I",
        "9144030019220382O6", "91440300192203821", "9144030019220382166", "", "91350100M0001TGQXM",
        "91350211M0000XUF46", "91350203M0001FUE2P",
    ])
    func usccRejects(code: String) {
        #expect(!USCC.isValid(code))
    }

    @Test func usccCheckCharacterNeedsSeventeenAlphabetCharacters() {
        #expect(USCC.checkCharacter(forFirst17: "9144030019220382") == nil)
        #expect(USCC.checkCharacter(forFirst17: "9144030019220382S") == nil)
        #expect(USCC.checkCharacter(forFirst17: "914403001922038211") == nil)
        #expect(USCC.canonical(" 9144 0300 1922 0382 16 ") == "914403001922038216")
        #expect(USCC.canonical("９１４４０３００１９２２０３８２１６") == "914403001922038216")
    }

    // CN application check digits worked by hand (weights 2 3 4 5 6 7 8 9 2 3 4 5 for 12
    // digits, 2 … 9 for 8 digits; check = sum mod 11, 10 -> X):
    // - 202111286633.X (CN113781974A, realdata cnipa/cn_new1.xml): 2·2 + 0 + 2·4 + 1·5 + 1·6
    //   + 1·7 + 2·8 + 8·9 + 6·2 + 6·3 + 3·4 + 3·5 = 175; 175 mod 11 = 10 -> X.
    // - 201710269973.9 (its priority, same file): sum 207, 207 mod 11 = 9.
    // - 201410408762.5 (CN104223352A, cnipa/cn_old1.xml): sum 137, 137 mod 11 = 5.
    // - 201710601862.3 (a published worked example): sum 157, 157 mod 11 = 3.
    // - 95115608.X (a pre-2003 number from a published worked example): 9·2 + 5·3 + 1·4 + 1·5
    //   + 5·6 + 6·7 + 0·8 + 8·9 = 186; 186 mod 11 = 10 -> X.
    // - 97101765.4: 18 + 21 + 4 + 0 + 6 + 49 + 48 + 45 = 191; 191 mod 11 = 4.
    @Test(arguments: [
        ("202111286633", "X"), ("201710269973", "9"), ("201410408762", "5"), ("201710601862", "3"),
        ("95115608", "X"), ("97101765", "4"),
    ])
    func cnApplicationCheckDigit(digits: String, check: Character) {
        #expect(CNApplicationNumber.checkDigit(forDigits: digits) == check)
    }

    @Test(arguments: [
        ("202111286633.X", "202111286633", "X"), ("ZL 202111286633.X", "202111286633", "X"),
        ("CN202111286633.X", "202111286633", "X"), ("cn 2021 1128 6633.x", "202111286633", "X"),
        ("202111286633X", "202111286633", "X"), ("ZL95115608.X", "95115608", "X"),
        ("97 1 01765.4", "97101765", "4"), ("９７１０１７６５．４", "97101765", "4"),
    ])
    func cnApplicationReadsEverySpelling(raw: String, digits: String, check: Character) {
        let parts = CNApplicationNumber.normalise(raw)
        #expect(parts?.digits == digits)
        #expect(parts?.check == check)
        #expect(CNApplicationNumber.isValid(raw))
    }

    @Test func cnApplicationWithoutCheckDigitIsReadButNotValid() {
        let parts = CNApplicationNumber.normalise("CN 202111286633")
        #expect(parts?.digits == "202111286633")
        #expect(parts?.check == nil)
        #expect(!CNApplicationNumber.isValid("202111286633"))
        #expect(CNApplicationNumber.canonical("ZL 202111286633.X") == "202111286633.X")
    }

    @Test(arguments: [
        "202111286633.1", "201410408762.X", "95115608.1", "20211128663.X", "2021112866333.X",
        "202111286633.A", "US202111286633.X", "ABCDEFGHIJKL.X", "", "CN",
    ])
    func cnApplicationRejects(raw: String) {
        #expect(!CNApplicationNumber.isValid(raw))
    }

    /// The application numbers of the real CNIPA documents carry right check digits.
    @Test func realCnipaApplicationNumbersAreValid() throws {
        var numbers: [String] = []
        for file in ["A-ip-records/cnipa/cn_new1.xml", "A-ip-records/cnipa/cn_old1.xml"] {
            let text = try String(contentsOf: realdata(file), encoding: .utf8)
            numbers += matches(of: "<base:DocNumber>", until: "</base:DocNumber>", in: text)
            numbers += matches(of: "<doc-number>", until: "</doc-number>", in: text)
        }
        let applications = numbers.filter { $0.count == 14 && $0.dropLast(2).allSatisfy(\.isNumber) && $0.dropLast().last == "." }
        #expect(Set(applications) == ["202111286633.X", "201710269973.9", "201410408762.5"])
        for number in applications { #expect(CNApplicationNumber.isValid(number), "\(number)") }
    }

    // LEIs from the public GLEIF register (HWUPKR0MPOU8FGXBT394 Apple Inc.,
    // 7LTWFZYICNSX8D621K86 Deutsche Bank AG): with A=10 … Z=35 each reads as a number
    // congruent to 1 modulo 97.
    @Test(arguments: ["HWUPKR0MPOU8FGXBT394", "7LTWFZYICNSX8D621K86", "5493001KJTIIGC8Y1R12", "529900T8BM49AURSDO55"])
    func leiAcceptsRealCodes(code: String) {
        #expect(LEI.isValid(code))
        #expect(LEI.checkDigits(forFirst18: String(code.prefix(18))) == String(code.suffix(2)))
    }

    @Test(arguments: [
        "HWUPKR0MPOU8FGXBT393", "HWUPKR0MPOU8FGXBT349", "7LTWFZYICNSX8D621K8", "hwupkr0mpou8fgxbt394", "HWUPKR0MPOU8FGXBT39!",
    ])
    func leiRejects(code: String) {
        #expect(!LEI.isValid(code))
    }
}
