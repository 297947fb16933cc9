import DossierModel
import Normalise
import Testing

@testable import Generator

@Suite struct PartyDataTests {
    static let countries = ForeignCountry.all + ForeignCountry.greaterChina

    @Test(arguments: countries.map(\.code))
    func everySpellingOfACountryNormalisesToItsCode(_ code: String) {
        let country = Self.countries.first { $0.code == code }!
        for (spelling, _) in country.spellings {
            #expect(CountryNormaliser.code(for: spelling) == code, "\(spelling)")
        }
    }

    @Test func everySpellingOfChinaNormalisesToCN() {
        for (spelling, _) in ForeignCountry.chinaSpellings {
            #expect(CountryNormaliser.code(for: spelling) == "CN", "\(spelling)")
        }
    }

    @Test func unreadableCountriesStayUnknown() {
        for spelling in ForeignCountry.unreadableSpellings {
            #expect(CountryNormaliser.code(for: spelling) == nil, "\(spelling)")
        }
        // "N/A" means "not applicable", never NA (Namibia).
        #expect(CountryNormaliser.code(for: "N/A") == nil)
        #expect(CountryNormaliser.code(for: "NA") == "NA")
    }

    @Test func provincesHaveDistinctCodesAndSixDigitRegions() {
        #expect(Set(Province.all.map(\.code)).count == Province.all.count)
        for province in Province.all {
            #expect(province.code.hasPrefix("CN-") && province.prefix.count == 2)
            for city in province.cities {
                #expect(city.region.count == 6 && city.region.allSatisfy(\.isNumber))
                #expect(city.region.prefix(2) == Province.all.first { $0.code == province.code }!.cities[0].region.prefix(2))
            }
        }
    }

    @Test func listedEntitiesNameKnownCountries() {
        for entity in ForeignCountry.listedEntities {
            #expect(Self.countries.contains { $0.code == entity.country })
        }
    }

    @Test(arguments: PartyKind.known)
    func chinesePartiesCarryTheirTruth(_ kind: PartyKind) {
        var r = SeededRandom(seed: 31)
        let factory = PartyFactory(shares: FeatureShares())
        for province in Province.all {
            let party = factory.chinese(id: "P1", role: .transferor, kind: kind, province: province, technology: .lfpCathode, &r)
            #expect(party.country?.code == "CN")
            #expect(party.names.first?.lang == "zh")
            #expect(party.address?.hasPrefix(province.zh) == true)
            if kind == .individual {
                #expect(party.identifiers.isEmpty)
            } else {
                let uscc = party.identifiers.first { $0.scheme == "USCC" }!
                #expect(uscc.checkValid == USCC.isValid(uscc.value))
                let region = uscc.value.dropFirst(2).prefix(6)
                #expect(province.cities.contains { $0.region == region })
            }
        }
    }
}
