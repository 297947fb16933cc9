import Classify
import DossierModel
import Testing

/// review-rules 7, "Records from a foreign registry": the holder's country from the record,
/// else from an unambiguous name; an unknown holder is not Chinese there.
@Suite struct ForeignRegistryTests {
    static func record(holder name: String, country: String? = nil, address: String? = nil) -> Dossier {
        var dossier = Fixture.dossier(parties: [
            Party(
                id: "P1", role: .transferor, kind: .enterprise, names: [PartyName(lang: nil, original: name)],
                country: country.map { Country(raw: $0, code: $0) }, address: address),
            Fixture.party("P2", .transferee, "US"),
        ])
        dossier.foreignRegistry = "USPTO"
        return dossier
    }

    @Test(arguments: [
        ("SHENZHEN EXAMPLE TECHNOLOGY CO., LTD.", "CN"), ("BEIJING EXAMPLE UNIVERSITY", "CN"),
        ("ZHEJIANG EXAMPLE GROUP COMPANY LIMITED", "CN"),
        ("示例科技有限公司", "CN"), ("香港示例有限公司", "HK"), ("THE UNIVERSITY OF HONG KONG", "HK"), ("TAIPEI EXAMPLE OPTICS CO., LTD.", "TW"),
        ("MACAU EXAMPLE LIMITED", "MO"),
    ])
    func namesThatShowTheCountry(name: String, code: String) {
        #expect(RegistryHolderCountry.fromName(name)?.code == code, "\(name)")
    }

    @Test(arguments: [
        "EFUN TECHNOLOGY CO., LTD.", "NATIONAL CHIAO TUNG UNIVERSITY", "SAMSUNG ELECTRONICS CO., LTD.", "WEINSTEIN, DAMON",
        "SHENZHEN HONG KONG EXAMPLE CO., LTD.", "株式会社日立製作所", "ソニー株式会社", "SHANGHAI", "ACME WIDGETS INC",
    ])
    func namesThatDoNot(name: String) {
        #expect(RegistryHolderCountry.fromName(name) == nil, "\(name)")
    }

    @Test func aHolderShownChineseIsOutbound() {
        let result = OutboundTester.test(Self.record(holder: "SHENZHEN EXAMPLE TECHNOLOGY CO., LTD."))
        #expect(result.test.isOutbound && result.test.holderCountry == "CN")
        #expect(result.flags.isEmpty)
        #expect(result.rules.contains("outbound.registry-holder-country"))
        #expect(result.notes.contains { $0.contains("SHENZHEN") })
    }

    @Test func anUnknownHolderIsOutOfScopeWithCountryUnknown() {
        let result = OutboundTester.test(Self.record(holder: "WEINSTEIN, DAMON"))
        #expect(!result.test.isOutbound)
        #expect(result.flags.map(\.kind) == [.countryUnknown])
        #expect(result.rules.contains("outbound.registry-holder-unknown"))
        #expect(result.test.reason.contains("not shown to be Chinese"))
        // The same party in a dossier an office filed still counts as Chinese (section 1).
        var filed = Self.record(holder: "WEINSTEIN, DAMON")
        filed.foreignRegistry = nil
        #expect(OutboundTester.test(filed).test.isOutbound)
    }

    @Test func theRecordsOwnCountryOrAddressComesFirst() {
        #expect(OutboundTester.test(Self.record(holder: "ACME INC", country: "CN")).test.isOutbound)
        let japan = OutboundTester.test(Self.record(holder: "SHENZHEN EXAMPLE CO., LTD.", country: "JP"))
        #expect(!japan.test.isOutbound && japan.test.holderCountry == "JP")
        let address = OutboundTester.test(Self.record(holder: "ACME INC", address: "1 MAIN ST, AUSTIN, TEXAS, 78701"))
        #expect(!address.test.isOutbound && address.test.holderCountry == "US")
    }
}
