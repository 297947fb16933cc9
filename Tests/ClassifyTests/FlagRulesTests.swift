import Classify
import DossierModel
import Testing

/// Each flag of review-rules section 4 that depends on the dossier alone.
@Suite struct FlagRulesTests {
    func kinds(_ dossier: Dossier) -> [FlagKind] {
        FlagRules.flags(dossier, holder: OutboundTester.test(dossier).holder).flags.map(\.kind)
    }

    @Test func stateFunded() {
        #expect(kinds(Fixture.dossier(assets: [Fixture.asset("A1", .inventionPatent, fiscal: true)])) == [.stateFunded])
        #expect(kinds(Fixture.dossier()) == [])
    }

    @Test(arguments: [PartyKind.nationalLaboratory, .researchInstitute, .university, .stateOwnedEnterprise])
    func nationalStrategicHolder(kind: PartyKind) {
        let parties = [Fixture.party("P1", .transferor, "CN", kind: kind), Fixture.party("P2", .transferee, "DE")]
        #expect(kinds(Fixture.dossier(parties: parties)) == [.nationalStrategicHolder])
    }

    @Test func strategicKindOnReceiverIsNoFlag() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, "DE", kind: .university)]
        #expect(kinds(Fixture.dossier(parties: parties)) == [])
    }

    @Test func ownershipMismatchWhenOwnerIsAnotherPartyOrUnknown() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, "DE"), Fixture.party("P3", .agent, "CN")]
        let assets = [
            Fixture.asset("A1", .inventionPatent, owner: "P3"), Fixture.asset("A2", .utilityModel, owner: nil),
            Fixture.asset("A3", .utilityModel, owner: "P9"), Fixture.asset("A4", .utilityModel, owner: "P1"),
        ]
        let flags = FlagRules.flags(Fixture.dossier(parties: parties, assets: assets), holder: parties[0]).flags
        #expect(flags.map(\.kind) == [.ownershipMismatch, .ownershipMismatch, .ownershipMismatch])
        #expect(flags.map(\.assetID) == ["A1", "A2", "A3"])
    }

    @Test func ownershipByTargetInAcquisitionMatches() {
        let parties = [Fixture.party("P1", .target, "CN"), Fixture.party("P2", .acquirer, "US")]
        #expect(kinds(Fixture.dossier(.acquisition, parties: parties)) == [])
    }

    @Test(arguments: [SecrecyStatus.defence, .stateSecret, .examinationPending])
    func secrecy(status: SecrecyStatus) {
        let flags = FlagRules.flags(Fixture.dossier(assets: [Fixture.asset("A1", .inventionPatent, secrecy: status)]), holder: nil)
            .flags.filter { $0.kind == .secrecy }
        #expect(flags.count == 1)
        #expect(flags[0].detail.contains(status == .examinationPending ? "hold" : "out-of-band"))
    }

    @Test func secrecyNoneIsNoFlag() {
        #expect(kinds(Fixture.dossier(assets: [Fixture.asset("A1", .inventionPatent, secrecy: SecrecyStatus.none)])) == [])
    }
}
