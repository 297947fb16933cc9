import Classify
import DossierModel
import Testing

/// The outbound test of review-rules sections 1 and 7.
@Suite struct OutboundTesterTests {
    @Test func holderIsTransferorThenLicensorThenTarget() {
        let parties = [Fixture.party("T", .target, "CN"), Fixture.party("L", .licensor, "CN"), Fixture.party("R", .licensee, "US")]
        #expect(OutboundTester.test(Fixture.dossier(parties: parties)).test.holderID == "L")
        let withTransferor = parties + [Fixture.party("X", .transferor, "CN")]
        #expect(OutboundTester.test(Fixture.dossier(parties: withTransferor)).test.holderID == "X")
        let onlyTarget = [Fixture.party("T", .target, "CN"), Fixture.party("A", .acquirer, "US")]
        #expect(OutboundTester.test(Fixture.dossier(parties: onlyTarget)).test.holderID == "T")
    }

    @Test func unknownHolderCountryCountsAsChineseWithFlag() {
        let parties = [Fixture.party("P1", .transferor, "??"), Fixture.party("P2", .transferee, "DE")]
        let result = OutboundTester.test(Fixture.dossier(parties: parties))
        #expect(result.test.isOutbound)
        #expect(result.flags.map(\.kind) == [.countryUnknown])
    }

    @Test func unknownReceiverCountryCountsAsForeignWithFlag() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, nil)]
        let result = OutboundTester.test(Fixture.dossier(parties: parties))
        #expect(result.test.isOutbound)
        #expect(result.test.foreignReceiverIDs == ["P2"])
        #expect(result.flags.map(\.kind) == [.countryUnknown])
    }

    @Test(arguments: ["HK", "MO", "TW"])
    func hongKongMacaoTaiwanAreOutboundWithFlagAndNote(region: String) {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, region)]
        let result = OutboundTester.test(Fixture.dossier(parties: parties))
        #expect(result.test.isOutbound)
        #expect(result.flags.map(\.kind) == [.hkMoTw])
        #expect(result.notes.contains { $0.contains(region) })
    }

    @Test func agentsNeverCount() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, "CN"), Fixture.party("P3", .agent, "US")]
        let result = OutboundTester.test(Fixture.dossier(parties: parties))
        #expect(!result.test.isOutbound)
        #expect(result.rules.contains("outbound.domestic"))
    }

    @Test func noReceivingPartyIsNotOutbound() {
        let result = OutboundTester.test(Fixture.dossier(parties: [Fixture.party("P1", .transferor, "CN")]))
        #expect(!result.test.isOutbound)
        #expect(result.rules.contains("outbound.no-receiver"))
    }

    @Test func foreignHolderIsNotOutbound() {
        let parties = [Fixture.party("P1", .transferor, "JP"), Fixture.party("P2", .transferee, "US")]
        let result = OutboundTester.test(Fixture.dossier(parties: parties))
        #expect(!result.test.isOutbound)
        #expect(result.rules.contains("outbound.foreign-holder"))
    }
}
