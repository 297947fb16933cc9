import Catalogue
import Classify
import DossierModel
import Foundation
import Testing

/// Catalogues and dossiers built in code for the matcher's tests, and the real catalogue files.
enum MatcherFixture {
    /// `pipelines/catalogues/` of this repository (three levels up from this file).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("pipelines/catalogues").path

    static func load(_ version: String) throws -> Catalogue {
        try CatalogueLoader.load(path: "\(folder)/\(version).yml")
    }

    static func catalogue(_ entries: [CatalogueEntry]) -> Catalogue {
        Catalogue(
            id: "test-catalogue", title: CatalogueText(zh: "测试", en: "Test"),
            source: CatalogueSource(instrument: "test", announcement: "0"),
            effectiveFrom: CalendarDate(iso: "2020-01-01")!, transcription: "test", entries: entries)
    }

    static func entry(
        _ identity: String, code: String = "203912X", keywords: CatalogueTerms = CatalogueTerms(),
        points: [ControlPoint] = []
    ) -> CatalogueEntry {
        CatalogueEntry(
            identity: identity, code: CatalogueCode(code), part: CatalogueCode(code)!.part,
            names: CatalogueText(zh: "无人机技术", en: "UAV technology"), source: "test",
            keywords: keywords, controlPoints: points)
    }

    static func point(
        _ identity: String, number: Int? = nil, zh: [String] = [], en: [String] = [], ipc: [String] = [],
        thresholds: [Threshold] = [], language: LanguageScope? = nil
    ) -> ControlPoint {
        ControlPoint(
            identity: identity, number: number, names: CatalogueText(zh: "飞行控制", en: identity),
            keywords: CatalogueTerms(zh: zh, en: en), ipcPrefixes: ipc, thresholds: thresholds,
            qualifiers: Qualifiers(language: language))
    }

    static let uav = catalogue([
        entry(
            "uav", keywords: CatalogueTerms(zh: ["无人机"], en: ["UAV", "drone"]),
            points: [
                point(
                    "flight-control", number: 5, zh: ["飞行控制系统", "路径规划"], en: ["flight control system", "path planning", "lidar"],
                    ipc: ["B64U", "G05D 1/"])
            ])
    ])

    static func asset(
        _ id: String = "A1", titles: [LocalisedText] = [], abstracts: [LocalisedText] = [],
        claims: [Claim] = [], codes: [String] = [], attachments: [DossierModel.Attachment] = []
    ) -> Asset {
        Asset(
            id: id, type: .inventionPatent, titles: titles,
            classifications: codes.map { Classification(scheme: "IPC", raw: $0, code: $0) },
            abstracts: abstracts, claims: claims, attachments: attachments)
    }

    static func dossier(_ assets: [Asset], summaries: [LocalisedText] = [], attachments: [DossierModel.Attachment] = []) -> Dossier {
        Dossier(
            id: "M-1", transaction: Transaction(type: .assignment, technologySummaries: summaries),
            assets: assets, attachments: attachments, source: SourceLocation(file: "fixture.xml"))
    }

    static func en(_ text: String) -> LocalisedText { LocalisedText(lang: "en", text: text) }
    static func zh(_ text: String) -> LocalisedText { LocalisedText(lang: "zh", text: text) }
}

/// Fields, locations, evidence and scores of the catalogue matcher.
@Suite struct CatalogueMatcherTests {
    typealias F = MatcherFixture

    @Test func readsEveryFieldWithItsLocation() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let dossier = F.dossier(
            [
                F.asset(
                    titles: [F.en("Drone"), F.zh("一种无人机路径规划方法")],
                    abstracts: [F.en("A flight control system for a drone.")],
                    claims: [Claim(number: "3", text: "The method of claim 1, wherein path planning uses LiDAR.", lang: "en")],
                    codes: ["G05D 1/10"],
                    attachments: [
                        DossierModel.Attachment(
                            href: "docs/spec.txt", kind: "technical-description", format: .text,
                            text: "Appendix: flight control system wiring.")
                    ])
            ],
            summaries: [F.zh("转让无人机飞行控制系统专利")],
            attachments: [DossierModel.Attachment(href: "contract.txt", kind: "contract", format: .text, text: "路径规划软件许可")])
        let hits = matcher.match(dossier)
        #expect(hits.map(\.controlPoint) == [nil, "flight-control"])
        let point = try #require(hits.last)
        #expect(point.status == .hit)
        #expect(point.label == "203912X 无人机技术 CP5")
        let places = Set(point.evidence.map(\.location.description))
        #expect(
            places.isSuperset(of: [
                "asset A1 title 2", "asset A1 abstract 1", "asset A1 claim 3", "asset A1 classification 1",
                "asset A1 attachment 1 (docs/spec.txt)", "dossier technology-summary 1", "dossier attachment 1 (contract.txt)",
            ]))
        let claim = try #require(point.evidence.first { $0.location.field == .claim && $0.term == "lidar" })
        #expect(claim.matched == "LiDAR")
        #expect(claim.location.lang == "en")
        let text = "The method of claim 1, wherein path planning uses LiDAR."
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: claim.span!.start)
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: claim.span!.end)
        #expect(String(text[start..<end]) == "LiDAR")
        #expect(claim.snippet?.match == "LiDAR")
        #expect(claim.snippet?.before.hasSuffix("path planning uses ") == true)
        let code = try #require(point.evidence.first { $0.kind == .ipc })
        #expect(code.term == "G05D 1/" && code.matched == "G05D 1/10" && code.span == nil)
        // The title outranks an attachment; the entry-level hit says it is entry-level.
        #expect(point.evidence.first?.location.field == .title)
        #expect(hits[0].notes.contains { $0.contains("entry's own name or keywords") })
        #expect(hits[0].status == .entryNameOnly && !hits[0].counts)
        #expect(hits[0].controlPointLabel == nil)
    }

    @Test func chineseSpanIsInUTF8Bytes() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let title = "一种基于激光的无人机飞行控制系统"
        let hits = matcher.match(F.dossier([F.asset(titles: [F.zh(title)])]))
        let evidence = try #require(hits.last?.evidence.first { $0.term == "飞行控制系统" })
        #expect(evidence.span == TextSpan(start: "一种基于激光的无人机".utf8.count, end: title.utf8.count))
        #expect(evidence.snippet == Snippet(before: "一种基于激光的无人机", match: "飞行控制系统", after: ""))
    }

    @Test func lidarInSolidarityIsNoHit() {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        #expect(matcher.match(F.dossier([F.asset(titles: [F.en("Solidarity in engineering")])])).isEmpty)
    }

    @Test func scoreOrdersTheKindsOfEvidence() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        func score(_ asset: Asset) throws -> Double {
            try #require(matcher.match(F.dossier([asset])).first(where: { $0.controlPoint == "flight-control" })).score
        }
        let title = try score(F.asset(titles: [F.en("Path planning")]))
        let attachment = try score(
            F.asset(attachments: [DossierModel.Attachment(href: "a.txt", kind: nil, format: .text, text: "path planning")]))
        let code = try score(F.asset(codes: ["G05D 1/10"]))
        let both = try score(F.asset(titles: [F.en("Path planning")], codes: ["G05D 1/10"]))
        let two = try score(F.asset(titles: [F.en("Path planning for a flight control system")]))
        #expect(code < attachment && attachment < title && title < both && title < two)
        #expect([code, attachment, title, both, two].allSatisfy { (0...1).contains($0) })
        // The same keyword twice is not two keywords.
        #expect(try score(F.asset(titles: [F.en("Path planning")], abstracts: [F.en("path planning")])) == title)
    }

    @Test func codesAloneAreShownButDoNotCount() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let hits = matcher.match(F.dossier([F.asset(codes: ["B64U 10/13", "H04W 4/00"])]))
        let hit = try #require(hits.first)
        #expect(hits.count == 1 && hit.status == .codeOnly && !hit.counts)
        #expect(hit.evidence.map(\.matched) == ["B64U 10/13"])
        #expect(hit.notes.contains { $0.contains("classification codes only") })
    }

    @Test func aKeywordInsideALongerKeywordIsNoEvidence() throws {
        // 磷酸铁 (iron phosphate, point 3) inside 磷酸铁锂 (lithium iron phosphate, point 1).
        let catalogue = try F.load("2025")
        let hits = CatalogueMatcher(catalogue: catalogue).match(F.dossier([F.asset(titles: [F.zh("一种磷酸铁锂正极材料")])]))
        #expect(hits.map(\.controlPoint) == ["lithium-iron-phosphate"])
        let alone = CatalogueMatcher(catalogue: catalogue).match(F.dossier([F.asset(titles: [F.zh("一种电池级磷酸铁的制备方法")])]))
        #expect(alone.map(\.controlPoint) == ["phosphate-cathode-raw-materials"])
    }

    @Test func evidenceIsCappedWithTheTotalInANote() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let claims = (1...30).map { Claim(number: String($0), text: "The drone of claim \($0).") }
        let hit = try #require(matcher.match(F.dossier([F.asset(claims: claims)])).first)
        #expect(hit.evidence.count == CatalogueMatcher.evidenceCap)
        #expect(hit.notes.contains("showing the 20 strongest of 30 places that matched"))
        #expect(hit.evidence.first?.location.index == "1")
    }

    @Test func sameTechnologyUnderTheCodesOf2020And2023() throws {
        let dossier = F.dossier([F.asset(titles: [F.zh("一种个性化推荐方法"), F.en("Personalized recommendation engine")])])
        let in2020 = try #require(CatalogueMatcher(catalogue: try F.load("2020")).match(dossier).first)
        let in2023 = try #require(CatalogueMatcher(catalogue: try F.load("2023")).match(dossier).first)
        #expect(in2020.entryCode == "056101X" && in2023.entryCode == "086501X")
        #expect(in2020.entryIdentity == "information-processing" && in2023.entryIdentity == in2020.entryIdentity)
        #expect(in2020.controlPoint == "personalised-push" && in2023.controlPoint == in2020.controlPoint)
        #expect(in2020.controlPointLabel == "CP21")
        #expect(in2020.catalogueID == "cn-export-tech-2020" && in2023.catalogueID == "cn-export-tech-2023")
        #expect(in2020.score == in2023.score && in2020.status == .hit && in2023.status == .hit)
    }

    @Test func matchingIsDeterministic() throws {
        let matcher = CatalogueMatcher(catalogue: try F.load("2025"))
        let dossier = F.dossier(
            [F.asset(titles: [F.zh("磷酸铁锂无人机激光雷达")], codes: ["H01M 4/58", "B64U 10/13"])],
            summaries: [F.en("LFP cathode and UAV lidar")])
        let first = matcher.match(dossier)
        #expect(first.count >= 5)
        for _ in 0..<3 { #expect(matcher.match(dossier) == first) }
    }
}

/// review-rules 7 (issue 18): a match on an entry's own name or keywords, with no control
/// point matched, is evidence that does not count.
@Suite struct EntryNameOnlyTests {
    typealias F = MatcherFixture

    @Test func anEntryKeywordAloneIsEntryNameOnly() throws {
        let matcher = CatalogueMatcher(catalogue: try F.load("2020"))
        let hits = matcher.match(F.dossier([F.asset(titles: [F.zh("一种植保无人机的折叠机臂")])]))
        let uav = try #require(hits.first { $0.entryIdentity == "uav" })
        #expect(uav.controlPoint == nil)
        #expect(uav.status == .entryNameOnly && !uav.counts)
        #expect(uav.notes.contains { $0.contains("not counted") })
    }

    @Test func theControlPointStillCounts() throws {
        let matcher = CatalogueMatcher(catalogue: try F.load("2023"))
        let hits = matcher.match(F.dossier([F.asset(titles: [F.zh("无人机飞行控制系统")])]))
        #expect(hits.contains { $0.entryIdentity == "uav" && $0.controlPoint != nil && $0.counts })
        #expect(hits.filter { $0.entryIdentity == "uav" && $0.controlPoint == nil }.allSatisfy { $0.status == .entryNameOnly })
    }
}
