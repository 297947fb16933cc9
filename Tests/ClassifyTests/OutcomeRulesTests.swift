import Classify
import DossierModel
import Testing

/// Each row of the outcome table of review-rules section 3, read as section 7 settles it.
@Suite struct OutcomeRulesTests {
    func outcome(_ dossier: Dossier, _ hits: [Hit] = []) -> OutcomeRules.Result {
        OutcomeRules.decide(dossier, outbound: OutboundTester.test(dossier).test, hits: hits)
    }

    @Test func prohibitedHitOnOutboundDossier() {
        let result = outcome(Fixture.dossier(), [Fixture.hit(.prohibited, on: "A1"), Fixture.hit(.restricted, on: "A1")])
        #expect(result.outcome == .prohibited)
        #expect(result.tracks == [.refusal])
        #expect(result.rules.contains("outcome.prohibited"))
    }

    @Test func prohibitedHitOnTradeSecretStillProhibits() {
        let dossier = Fixture.dossier(
            .nonExclusiveLicence, parties: [Fixture.party("P1", .licensor, "CN"), Fixture.party("P2", .licensee, "US")],
            assets: [Fixture.asset("A1", .tradeSecret)])
        #expect(outcome(dossier, [Fixture.hit(.prohibited, on: "A1")]).outcome == .prohibited)
    }

    @Test(arguments: [TransactionType.assignment, .exclusiveLicence, .controllerChange, .applicationRightAssignment])
    func restrictedHitOnMeasuresTransaction(type: TransactionType) {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, "JP")]
        let result = outcome(Fixture.dossier(type, parties: parties), [Fixture.hit(.restricted, on: "A1")])
        #expect(result.outcome == .ipSecurityReview)
        #expect(result.tracks == [.a])
    }

    @Test(arguments: [
        AssetType.inventionPatent, .utilityModel, .patentApplication, .designPatent, .icLayoutDesign, .softwareCopyright, .plantVariety,
    ])
    func everyMeasuresAssetType(type: AssetType) {
        let dossier = Fixture.dossier(assets: [Fixture.asset("A1", type)])
        #expect(outcome(dossier, [Fixture.hit(.restricted, on: "A1")]).outcome == .ipSecurityReview)
    }

    @Test func restrictedHitOnTechnologySummaryWithMeasuresAsset() {
        #expect(outcome(Fixture.dossier(), [Fixture.hit(.restricted, on: nil)]).outcome == .ipSecurityReview)
    }

    @Test(arguments: [TransactionType.nonExclusiveLicence, .soleLicence, .openLicence])
    func restrictedHitOnLicenceOutsideMeasures(type: TransactionType) {
        let parties = [Fixture.party("P1", .licensor, "CN"), Fixture.party("P2", .licensee, "US")]
        let result = outcome(Fixture.dossier(type, parties: parties), [Fixture.hit(.restricted, on: "A1")])
        #expect(result.outcome == .exportLicence)
        #expect(result.tracks == [.licence])
    }

    @Test func restrictedHitOnlyOnTradeSecretIsExportLicenceWhateverElseTheDossierHolds() {
        let dossier = Fixture.dossier(assets: [Fixture.asset("A1", .inventionPatent), Fixture.asset("A2", .tradeSecret)])
        let result = outcome(dossier, [Fixture.hit(.restricted, on: "A2")])
        #expect(result.outcome == .exportLicence)
        #expect(result.notes.contains { $0.contains("trade-secret A2") })
    }

    @Test func restrictedHitWithOnlyTrademarkAssets() {
        let dossier = Fixture.dossier(assets: [Fixture.asset("A1", .trademark)])
        #expect(outcome(dossier, [Fixture.hit(.restricted, on: nil)]).outcome == .exportLicence)
    }

    @Test func acquisitionIsNeverExportLicence() {
        let parties = [Fixture.party("P1", .target, "CN"), Fixture.party("P2", .acquirer, "US")]
        let dossier = Fixture.dossier(.acquisition, parties: parties)
        #expect(outcome(dossier, [Fixture.hit(.restricted, on: "A1")]).outcome == .acquisitionReview)
        let none = outcome(dossier)
        #expect(none.outcome == .acquisitionReview)
        #expect(none.tracks == [.b])
    }

    @Test func acquisitionByDomesticAcquirerIsOutOfScope() {
        let parties = [Fixture.party("P1", .target, "CN"), Fixture.party("P2", .acquirer, "CN")]
        let result = outcome(Fixture.dossier(.acquisition, parties: parties), [Fixture.hit(.restricted, on: "A1")])
        #expect(result.outcome == .outOfScope)
    }

    @Test func controllerChangeTowardsForeignAcquirerWithoutHit() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .actualController, "SG")]
        #expect(outcome(Fixture.dossier(.controllerChange, parties: parties)).outcome == .acquisitionReview)
    }

    @Test func controllerChangeWithRestrictedHitIsTrackAWithTrackBNamed() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .acquirer, "US")]
        let result = outcome(Fixture.dossier(.controllerChange, parties: parties), [Fixture.hit(.restricted, on: "A1")])
        #expect(result.outcome == .ipSecurityReview)
        #expect(result.tracks == [.a, .b])
        #expect(result.rules.contains("track.b-further"))
    }

    @Test func outboundWithoutHitIsRegistration() {
        let result = outcome(Fixture.dossier())
        #expect(result.outcome == .registration)
        #expect(result.tracks == [.registration])
    }

    @Test func hitsThatDoNotCountAreIgnored() {
        let hits = [
            Fixture.hit(.prohibited, on: "A1", status: .thresholdFailed), Fixture.hit(.restricted, on: "A1", status: .negated),
            Fixture.hit(.restricted, on: "A1", status: .qualifierNotMet),
        ]
        #expect(outcome(Fixture.dossier(), hits).outcome == .registration)
    }

    @Test func domesticTransferIsOutOfScopeWhateverTheHits() {
        let parties = [Fixture.party("P1", .transferor, "CN"), Fixture.party("P2", .transferee, "CN")]
        #expect(outcome(Fixture.dossier(parties: parties), [Fixture.hit(.prohibited, on: "A1")]).outcome == .outOfScope)
    }

    @Test func foreignHolderToForeignPartyIsOutOfScope() {
        let parties = [Fixture.party("P1", .transferor, "US"), Fixture.party("P2", .transferee, "DE")]
        #expect(outcome(Fixture.dossier(parties: parties), [Fixture.hit(.restricted, on: "A1")]).outcome == .outOfScope)
    }

    @Test func outcomeOrderFollowsTheTable() {
        #expect(
            Outcome.allCases.map(\.rawValue) == [
                "prohibited", "ip-security-review", "export-licence", "acquisition-review", "registration", "out-of-scope", "quarantined",
            ])
    }
}
