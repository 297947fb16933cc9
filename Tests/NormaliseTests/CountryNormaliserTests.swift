import DossierModel
import Foundation
import Testing

@testable import Normalise

@Suite struct CountryNormaliserTests {
    /// The official PRC names of Hong Kong, Macao and Taiwan (issue 18) read as HK, MO, TW.
    @Test(arguments: [
        ("香港特别行政区", "HK"), ("中华人民共和国香港特别行政区", "HK"), ("中国香港", "HK"), ("Hong Kong SAR", "HK"),
        ("Hong Kong SAR, PRC", "HK"), ("Hong Kong Special Administrative Region of the People's Republic of China", "HK"),
        ("香港地区", "HK"), ("澳门特别行政区", "MO"), ("中华人民共和国澳门特别行政区", "MO"), ("澳門特別行政區", "MO"),
        ("Macao SAR, China", "MO"), ("Macau SAR, PRC", "MO"), ("澳门地区", "MO"), ("台湾地区", "TW"), ("中国台湾地区", "TW"),
        ("臺灣地區", "TW"), ("中国台湾", "TW"), ("Taiwan, China", "TW"), ("Taiwan Region", "TW"), ("Taiwan Province of China", "TW"),
    ])
    func officialNamesOfHongKongMacaoTaiwan(text: String, code: String) {
        #expect(CountryNormaliser.code(for: text) == code, "\(text)")
    }

    @Test(arguments: [
        // Codes, in any case and width.
        ("CN", "CN"), ("cn", "CN"), ("CHN", "CN"), ("ＤＥ", "DE"), ("DEU", "DE"), ("UK", "GB"),
        ("GBR", "GB"), ("USA", "US"), (" us ", "US"), ("KOR", "KR"), ("TWN", "TW"),
        // Greater China, in English and Chinese.
        ("PRC", "CN"), ("P.R. China", "CN"), ("P. R. China", "CN"), ("PR China", "CN"),
        ("People's Republic of China", "CN"), ("PEOPLE’S REPUBLIC OF CHINA", "CN"), ("China", "CN"),
        ("中华人民共和国", "CN"), ("中国", "CN"), ("中国大陆", "CN"), ("中國", "CN"), ("China (Mainland)", "CN"),
        ("Hong Kong SAR", "HK"), ("Hong Kong, China", "HK"), ("HONG KONG", "HK"), ("香港", "HK"),
        ("中国香港", "HK"), ("中国香港特别行政区", "HK"),
        ("Macao", "MO"), ("Macau", "MO"), ("澳门", "MO"), ("中国澳门", "MO"),
        ("Taiwan", "TW"), ("台湾", "TW"), ("中国台湾", "TW"), ("TAIWAN", "TW"), ("Taiwan, Province of China", "TW"),
        // Korea.
        ("KOREA, REPUBLIC OF", "KR"), ("Republic of Korea", "KR"), ("South Korea", "KR"), ("韩国", "KR"),
        ("大韩民国", "KR"), ("North Korea", "KP"), ("朝鲜", "KP"), ("DPRK", "KP"),
        ("Korea, Democratic People's Republic of", "KP"),
        // Germany, the US, the UK, Russia, Japan, Viet Nam, Iran.
        ("Federal Republic of Germany", "DE"), ("Germany", "DE"), ("GERMANY", "DE"), ("德国", "DE"),
        ("德意志联邦共和国", "DE"), ("United States of America", "US"), ("U.S.A.", "US"), ("美国", "US"),
        ("UNITED STATES", "US"), ("Great Britain", "GB"), ("英国", "GB"), ("UNITED KINGDOM", "GB"),
        ("SCOTLAND", "GB"), ("Russia", "RU"), ("Russian Federation", "RU"), ("俄罗斯", "RU"),
        ("Japan", "JP"), ("日本", "JP"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Iran", "IR"),
        ("Iran, Islamic Republic of", "IR"), ("伊朗", "IR"),
        // USPTO assignment spellings (realdata/A-ip-records/uspto-assignment-daily).
        ("CAYMAN ISLANDS", "KY"), ("AUSTRALIA", "AU"), ("NETHERLANDS", "NL"), ("SAMOA", "WS"),
        ("SAUDI ARABIA", "SA"), ("SOUTH AFRICA", "ZA"), ("SWITZERLAND", "CH"), ("NEW ZEALAND", "NZ"),
        // Diacritics, "the", "&", "St".
        ("Côte d'Ivoire", "CI"), ("COTE D IVOIRE", "CI"), ("The Netherlands", "NL"), ("Curacao", "CW"),
        ("Antigua & Barbuda", "AG"), ("St. Lucia", "LC"), ("Saint Kitts and Nevis", "KN"), ("Türkiye", "TR"),
        ("Turkey", "TR"), ("Åland Islands", "AX"), ("Congo, The Democratic Republic of the", "CD"),
        ("刚果（金）", "CD"), ("Republic of the Congo", "CG"),
        // A subdivision code names its country; a US state name is the US, Georgia the country.
        ("CN-JS", "CN"), ("CALIFORNIA", "US"), ("New York", "US"), ("GEORGIA", "GE"),
    ])
    func readsCountries(text: String, code: String) {
        #expect(CountryNormaliser.code(for: text) == code)
    }

    @Test(arguments: ["Atlantis", "", "   ", "EP", "WO", "XX", "Chin", "中华", "Yugoslavia", "C.N.-X"])
    func unknownCountriesHaveNoCode(text: String) {
        #expect(CountryNormaliser.code(for: text) == nil)
    }

    @Test func tableHoldsEveryIsoCountryOnce() {
        let table = CountryRecord.iso3166
        #expect(table.count == 249)
        #expect(Set(table.map(\.alpha2)).count == 249)
        #expect(Set(table.map(\.alpha3)).count == 249)
        #expect(table.allSatisfy { $0.alpha2.count == 2 && $0.alpha3.count == 3 && !$0.chineseName.isEmpty })
        for record in table {
            #expect(CountryNormaliser.code(for: record.alpha2) == record.alpha2)
            #expect(CountryNormaliser.code(for: record.alpha3) == record.alpha2)
            #expect(CountryNormaliser.code(for: record.englishName) == record.alpha2)
            #expect(CountryNormaliser.code(for: record.chineseName) == record.alpha2)
        }
    }

    @Test func noNameIsClaimedByTwoCountries() {
        let clashes = CountryNormaliser.collisions.map { "\($0.key): \($0.first) / \($0.second)" }
        #expect(clashes.isEmpty, "\(clashes)")
        for code in CountryRecord.extraVariants.keys {
            #expect(CountryNormaliser.record(forAlpha2: code) != nil, "\(code) is not in the ISO table")
        }
    }

    @Test func unknownCountryIsReportedWithItsText() {
        let context = NormaliseContext(dossier: "JS-1", location: SourceLocation(file: "in/a.xml"))
        let out = CountryNormaliser.normalise(Country(raw: "Ruritania"), context: context)
        #expect(out.code == nil)
        #expect(out.raw == "Ruritania")
        let found = context.collector.diagnostics
        #expect(found.map(\.id) == ["country.unknown"])
        #expect(found.first?.message.contains("Ruritania") == true)
        #expect(found.first?.stage == .normalise)
        #expect(found.first?.dossier == "JS-1")
        #expect(found.first?.severity == .warning)
    }

    @Test func knownCountryIsNotReported() {
        let context = NormaliseContext()
        let out = CountryNormaliser.normalise(Country(raw: "德国"), context: context)
        #expect(out == Country(raw: "德国", code: "DE"))
        #expect(context.collector.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("CA", true), ("california", true), ("NEW HAMPSHIRE", true), ("DC", true), ("Washington, D.C.", true),
        ("PR", true), ("Ontario", false), ("Bavaria", false), ("", false),
    ])
    func recognisesUSStates(text: String, isState: Bool) {
        #expect(CountryNormaliser.isUSState(text) == isState)
    }

    @Test func territoriesKeepTheirOwnCode() {
        #expect(CountryNormaliser.country(forUSState: "TEXAS") == "US")
        #expect(CountryNormaliser.country(forUSState: "Puerto Rico") == "PR")
        #expect(CountryNormaliser.country(forUSState: "GU") == "GU")
        #expect(CountryNormaliser.country(forUSState: "Quebec") == nil)
    }

    /// Every `country-name` of the real USPTO daily assignment file reads as a country.
    @Test func everyUSPTOCountryNameIsKnown() throws {
        let url = realdata("A-ip-records/uspto-assignment-daily/ad20160101.xml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let names = matches(of: "<country-name>", until: "</country-name>", in: text)
        #expect(names.count > 50)
        for name in Set(names) {
            #expect(CountryNormaliser.code(for: name) != nil, "\(name)")
        }
        let states = matches(of: "<state>", until: "</state>", in: text)
        #expect(states.count > 50)
        for state in Set(states) {
            #expect(CountryNormaliser.isUSState(state), "\(state)")
        }
    }
}

/// The shared real test data, `../shared/realdata/` beside the repository.
func realdata(_ path: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/realdata").appendingPathComponent(path)
}

/// Every piece of text between `open` and `close` in `text`.
func matches(of open: String, until close: String, in text: String) -> [String] {
    var out: [String] = []
    var rest = text[...]
    while let start = rest.range(of: open) {
        guard let end = rest[start.upperBound...].range(of: close) else { break }
        out.append(String(rest[start.upperBound..<end.lowerBound]))
        rest = rest[end.upperBound...]
    }
    return out
}
