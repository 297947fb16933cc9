import DossierModel
import Testing

@testable import Normalise

@Suite struct IdentifierNormaliserTests {
    /// scheme, value, normalised, checkValid, diagnostic id (nil: none).
    static let cases: [(String, String, String, Bool?, String?)] = [
        // USCC: upper-cased, spaces removed, check character tested (see CheckCharactersTests).
        ("USCC", "914403001922038216", "914403001922038216", true, nil),
        ("USCC", " 9144 0300 7152 6726 xg ", "9144030071526726XG", true, nil),
        ("uscc", "91440300708461136T", "91440300708461136T", true, nil),
        ("USCC", "914403001922038217", "914403001922038217", false, "identifier.uscc-check"),
        ("USCC", "91350100M0001TGQXM", "91350100M0001TGQXM", false, "identifier.uscc-check"),
        ("USCC", "91320000MA1XXXXXXX", "91320000MA1XXXXXXX", false, "identifier.uscc-check"),
        ("USCC", "91320000MA1XXXXXXI", "91320000MA1XXXXXXI", nil, "identifier.uscc-check"),
        ("USCC", "9144030019220382", "9144030019220382", nil, "identifier.uscc-check"),
        // CN application numbers: prefix, spaces and dot read; canonical `digits.check`.
        ("CN-application", "ZL 202111286633.X", "202111286633.X", true, nil),
        ("CN-application", "CN201410408762.5", "201410408762.5", true, nil),
        ("CN-application", "95115608.X", "95115608.X", true, nil),
        ("CN-application", "201410408762.4", "201410408762.4", false, "identifier.cn-application-check"),
        ("CN-application", "201410408762", "201410408762", nil, "identifier.cn-application-check"),
        ("CN-application", "2014-104087", "2014-104087", nil, "identifier.cn-application-check"),
        // CN publication numbers: upper case without spaces.
        ("CN-publication", "cn 112345678 a", "CN112345678A", nil, nil),
        ("CN-publication", "CN113781974A", "CN113781974A", nil, nil),
        // LEI.
        ("LEI", "hwupkr0mpou8fgxbt394", "HWUPKR0MPOU8FGXBT394", true, nil),
        ("LEI", "7LTW FZYI CNSX 8D62 1K86", "7LTWFZYICNSX8D621K86", true, nil),
        ("LEI", "HWUPKR0MPOU8FGXBT393", "HWUPKR0MPOU8FGXBT393", false, "identifier.lei-check"),
        ("LEI", "HWUPKR0MPOU8FGXBT3", "HWUPKR0MPOU8FGXBT3", nil, "identifier.lei-check"),
        // Others: trimmed only.
        ("software-registration", "  2020SR0123456 ", "2020SR0123456", nil, nil),
        ("passport", "E12345678\n", "E12345678", nil, nil),
    ]

    @Test(arguments: cases)
    func normalisesIdentifiers(scheme: String, value: String, normalised: String, valid: Bool?, diagnostic: String?) {
        let context = NormaliseContext(dossier: "JS-9")
        let out = IdentifierNormaliser.normalise(Identifier(scheme: scheme, value: value), context: context)
        #expect(out.value == value, "the value as written is kept")
        #expect(out.scheme == scheme)
        #expect(out.normalised == normalised)
        #expect(out.checkValid == valid)
        let found = context.collector.diagnostics
        #expect(found.map(\.id) == (diagnostic.map { [$0] } ?? []))
        if diagnostic != nil {
            #expect(found.first?.message.contains(value) == true)
            #expect(found.first?.dossier == "JS-9")
        }
    }

    @Test func wrongCheckMessageNamesTheExpectedCharacter() {
        let result = IdentifierNormaliser.examine(scheme: "USCC", value: "914403001922038217")
        #expect(result.finding?.message.contains("gives 6") == true)
        let cn = IdentifierNormaliser.examine(scheme: "CN-application", value: "201410408762")
        #expect(cn.finding?.message.contains("should be 5") == true)
    }
}
