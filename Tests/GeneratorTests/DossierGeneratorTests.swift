import DossierModel
import Normalise
import Testing

@testable import Generator

@Suite struct DossierGeneratorTests {
    static let corpus: [GeneratedDossier] = Array(DossierGenerator(options: GeneratorOptions(count: 600, seed: 2026)))

    @Test func sameSeedGivesTheSameBytes() {
        let again = Array(DossierGenerator(options: GeneratorOptions(count: 50, seed: 2026)))
        for (a, b) in zip(again, Self.corpus) { #expect(a.xml == b.xml) }
    }

    @Test func differentSeedsGiveDifferentDossiers() {
        let other = Array(DossierGenerator(options: GeneratorOptions(count: 50, seed: 2027)))
        let same = zip(other, Self.corpus).filter { $0.0.xml == $0.1.xml }.count
        #expect(same == 0)
    }

    @Test func aDossierDependsOnlyOnSeedAndIndex() {
        let generator = DossierGenerator(options: GeneratorOptions(count: 600, seed: 2026, layout: .bundles))
        for index in [0, 17, 333, 599] {
            #expect(generator.dossier(at: index).xml == Self.corpus[index].xml)
        }
    }

    @Test func sizesAreBetweenFiveAndThirtyKilobytesAroundTen() {
        let sizes = Self.corpus.map { $0.xml.utf8.count }
        let mean = sizes.reduce(0, +) / sizes.count
        #expect((8_000...13_000).contains(mean), "mean \(mean)")
        let inRange = sizes.filter { (5_000...30_720).contains($0) }.count
        #expect(inRange * 100 >= sizes.count * 97, "\(inRange) of \(sizes.count) in 5-30 KB")
        #expect(sizes.max()! <= 40_000)
    }

    @Test func idsAreUniqueAndMatchTheOffice() throws {
        #expect(Set(Self.corpus.map(\.id)).count == Self.corpus.count)
        for d in Self.corpus {
            let parts = d.id.split(separator: "-")
            #expect(parts.count == 3)
            #expect(d.dossier.office?.province == "CN-\(parts[0])")
            #expect(String(parts[1]) == String(d.dossier.filed!.year))
            #expect(parts[2].count >= 6)
        }
    }

    @Test func filingDatesSpreadOverTheYears() {
        let years = Set(Self.corpus.compactMap { $0.dossier.filed?.year })
        #expect(years == Set(2019...2026))
        for d in Self.corpus { #expect(d.dossier.filedRaw == d.dossier.filed?.description) }
    }

    @Test func everyVocabularyValueAppears() {
        let types = Set(Self.corpus.map(\.dossier.transaction.type))
        #expect(types == Set(TransactionType.known))
        let assetTypes = Set(Self.corpus.flatMap { $0.dossier.assets.map(\.type) })
        #expect(assetTypes == Set(AssetType.known))
        let roles = Set(Self.corpus.flatMap { $0.dossier.parties.map(\.role) })
        #expect(roles == Set(PartyRole.known))
        let kinds = Set(Self.corpus.flatMap { $0.dossier.parties.map(\.kind) })
        #expect(kinds == Set(PartyKind.known))
        let secrecy = Set(Self.corpus.flatMap { $0.dossier.assets.compactMap(\.secrecy) })
        #expect(secrecy.contains(.none) && secrecy.count >= 3)
        #expect(Set(Self.corpus.compactMap(\.dossier.transaction.value?.currency)) == ["CNY", "USD"])
        #expect(Set(Self.corpus.flatMap(\.technologies)) == Set(Technology.all.map(\.key)))
    }

    @Test func mostDossiersAreOrdinary() {
        let controlled = Self.corpus.filter { d in
            Technology.controlledFields.contains { $0.key == d.technologies.first }
        }.count
        #expect(controlled > Self.corpus.count / 10)
        #expect(controlled < Self.corpus.count * 35 / 100)
    }

    @Test func checkDigitsAgreeWithNormalise() {
        var bad = 0
        for d in Self.corpus {
            for identifier in d.dossier.assets.flatMap(\.identifiers) where identifier.scheme == "CN-application" {
                #expect(identifier.checkValid == CNApplicationNumber.isValid(identifier.value), "\(identifier.value)")
                #expect(CNApplicationNumber.canonical(identifier.value) == identifier.normalised)
                if identifier.checkValid == false { bad += 1 }
            }
            for identifier in d.dossier.parties.flatMap(\.identifiers) where identifier.scheme == "USCC" {
                #expect(identifier.checkValid == USCC.isValid(identifier.value), "\(identifier.value)")
            }
            for identifier in d.dossier.parties.flatMap(\.identifiers) where identifier.scheme == "LEI" {
                #expect(LEI.isValid(identifier.value))
            }
        }
        #expect(bad > 0)
    }

    @Test func sharesTurnFeaturesOffAndOn() {
        let plain = Array(DossierGenerator(options: GeneratorOptions(count: 150, seed: 5, shares: .none)))
        for d in plain {
            #expect(d.dossier.assets.flatMap(\.identifiers).allSatisfy { $0.checkValid != false })
            #expect(d.dossier.parties.flatMap(\.identifiers).allSatisfy { $0.checkValid != false })
            #expect(d.dossier.parties[1].country?.code != "CN")
            #expect(!d.dossier.parties.contains { $0.role == .agent })
            #expect(Technology.ordinaryFields.contains { $0.key == d.technologies[0] })
            #expect(d.dossier.assets.allSatisfy { $0.owner == "P1" })
            #expect(!d.xml.contains("xmlns:ext"))
        }
        var all = FeatureShares.none
        all.badApplicationCheckDigit = 1
        all.domesticOnly = 1
        all.agent = 1
        let marked = Array(DossierGenerator(options: GeneratorOptions(count: 60, seed: 5, shares: all)))
        for d in marked {
            #expect(d.dossier.assets.flatMap(\.identifiers).filter { $0.scheme == "CN-application" }.allSatisfy { $0.checkValid == false })
            #expect(d.dossier.parties[1].country?.code == "CN")
            #expect(d.dossier.parties.contains { $0.role == .agent })
        }
    }

    @Test func interestingFeaturesAppearInTheDefaultCorpus() {
        let xml = Self.corpus.map(\.xml)
        #expect(xml.contains { $0.contains("不涉及飞行控制") })
        #expect(xml.contains { $0.contains("压实密度") })
        #expect(xml.contains { $0.contains("Tibetan") || $0.contains("藏语") })
        #expect(xml.contains { $0.contains("<controlled-by ref=") })
        #expect(xml.contains { $0.contains("fiscal=\"true\"") })
        #expect(xml.contains { $0.contains("xmlns:ext=") })
        let countries = Set(Self.corpus.flatMap { $0.dossier.parties.compactMap(\.country?.raw) })
        #expect(countries.count >= 40)
        #expect(Self.corpus.contains { $0.dossier.parties[1].country?.code == "CN" })
        #expect(Self.corpus.contains { ["HK", "MO", "TW"].contains($0.dossier.parties[1].country?.code ?? "") })
        let ipc = Set(Self.corpus.flatMap { $0.dossier.assets.flatMap { $0.classifications.map(\.raw) } })
        #expect(ipc.contains { $0.count == 14 } && ipc.contains { $0.contains(" ") } && ipc.contains { !$0.contains(" ") })
    }

    @Test func partyReferencesPointAtParties() {
        for d in Self.corpus {
            let ids = Set(d.dossier.parties.map(\.id))
            #expect(ids.count == d.dossier.parties.count)
            for party in d.dossier.parties { #expect(party.controlledBy.allSatisfy(ids.contains)) }
            for asset in d.dossier.assets { if let owner = asset.owner { #expect(ids.contains(owner)) } }
        }
    }
}
