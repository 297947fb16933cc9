import Catalogue
import Classify
import DossierModel
import Foundation
import Testing

/// The classifier as a whole: the catalogue chosen by date, the notes it adds, the flags that
/// depend on the outcome.
@Suite struct ClassifierTests {
    static let catalogues: CatalogueSet = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("pipelines/catalogues").path
        return try! CatalogueSet.load(folder: folder)
    }()

    static func classifier(today: CalendarDate = CalendarDate(year: 2026, month: 11, day: 21)!) -> Classifier {
        Classifier(catalogues: catalogues, today: today)
    }

    static func lfp(filed: CalendarDate?, type: AssetType = .inventionPatent) -> Dossier {
        var dossier = Fixture.dossier(
            assets: [Asset(id: "A1", type: type, owner: "P1", titles: [LocalisedText(lang: "zh", text: "一种磷酸铁锂正极材料")])], filed: filed)
        dossier.assets.append(Fixture.asset("A2", .designPatent))
        return dossier
    }

    @Test func theCatalogueInForceOnTheFilingDate() {
        let classifier = Self.classifier()
        for (date, id) in [
            ((2020, 8, 27), "cn-export-tech-2008"), ((2020, 8, 28), "cn-export-tech-2020"), ((2023, 12, 21), "cn-export-tech-2023"),
            ((2025, 7, 14), "cn-export-tech-2023"), ((2025, 7, 15), "cn-export-tech-2025"),
        ] {
            let filed = CalendarDate(year: date.0, month: date.1, day: date.2)
            #expect(classifier.classify(Self.lfp(filed: filed)).decision.catalogueID == id, "\(filed!)")
        }
    }

    @Test func noFilingDateUsesTheCatalogueOfToday() {
        let decision = Self.classifier().classify(Self.lfp(filed: nil)).decision
        #expect(decision.catalogueID == "cn-export-tech-2025")
        #expect(decision.audit.rules.contains("catalogue.no-filing-date"))
        #expect(decision.notes.contains { $0.contains("no valid filing date") })
    }

    @Test func noCatalogueInForceIsSaid() {
        let decision = Self.classifier().classify(Self.lfp(filed: CalendarDate(year: 1999, month: 1, day: 4))).decision
        #expect(decision.catalogueID == nil)
        #expect(decision.audit.rules.contains("catalogue.none-in-force"))
        #expect(decision.notes.contains { $0.contains("catalogue status was not checked") })
    }

    @Test func designScopeContestedOnlyWithIPSecurityReview() {
        let review = Self.classifier().classify(Self.lfp(filed: CalendarDate(year: 2025, month: 9, day: 1))).decision
        #expect(review.outcome == .ipSecurityReview)
        #expect(review.has(.designScopeContested))
        // The 2023 catalogue has no battery entry: registration, and no design flag.
        let free = Self.classifier().classify(Self.lfp(filed: CalendarDate(year: 2024, month: 9, day: 1))).decision
        #expect(free.outcome == .registration)
        #expect(!free.has(.designScopeContested))
        #expect(free.notes.contains { $0.contains("partial transcription") })
    }

    @Test func partyListHitFlagCarriesTheMatch() {
        let list = PartyList(
            id: "test-list", source: "test", format: .cslCSV, version: "2026-01-01",
            entries: [
                PartyListEntry(
                    listId: "test-list", entryId: "E1", primaryName: "NORTHWIND BATTERY GMBH", aliases: [], type: .entity,
                    countries: ["DE"], identifiers: [], programmes: [], sublist: nil, sourceFile: "test.csv")
            ])
        let classifier = Classifier(
            catalogues: Self.catalogues, screening: Screening(lists: [list]), today: CalendarDate(year: 2026, month: 11, day: 21)!)
        var dossier = Fixture.dossier()
        dossier.parties[1].names = [PartyName(lang: "en", original: "Northwind Battery GmbH")]
        dossier.parties[1].country = Country(raw: "DE", code: "DE")
        let decision = classifier.classify(dossier).decision
        let flag = decision.flags.first { $0.kind == .partyListHit }
        #expect(flag?.partyID == "P2")
        #expect(flag?.screening?.entryId == "E1")
        #expect(decision.outcome == .registration, "a list hit is a flag; it never changes the outcome")
    }
}
