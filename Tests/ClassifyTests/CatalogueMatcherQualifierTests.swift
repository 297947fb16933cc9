import Catalogue
import Classify
import DossierModel
import Testing

/// The `chinese-and-minority` language qualifier and negation (review-rules section 7).
@Suite struct CatalogueMatcherQualifierTests {
    typealias F = MatcherFixture

    static let matcher2023: CatalogueMatcher = { CatalogueMatcher(catalogue: try! F.load("2023")) }()

    static func speech(_ texts: [LocalisedText], summaries: [LocalisedText] = []) throws -> Hit {
        let dossier = F.dossier([F.asset(abstracts: texts)], summaries: summaries)
        return try #require(matcher2023.match(dossier).first(where: { $0.controlPoint == "speech-recognition" }))
    }

    @Test(arguments: [
        ("Speech recognition for Mandarin and Cantonese voice input.", "en"),
        ("Speech recognition of English and Chinese speech.", "en"),
        ("Speech recognition for Tibetan and Uyghur.", "en"),
        ("一种语音识别方法，用于识别用户的语音指令。", "zh"),
        ("一种支持普通话和英语的语音识别方法。", "zh"),
        ("一种藏语语音识别方法。", "zh"),
    ])
    func qualifierMet(text: String, lang: String) throws {
        let hit = try Self.speech([LocalisedText(lang: lang, text: text)])
        #expect(hit.status == .hit)
        #expect(hit.notes.contains { $0.contains("only: met") })
    }

    @Test(arguments: [
        "Speech recognition for English and Japanese.",
        "Automatic speech recognition of French, German and Spanish call-centre audio.",
    ])
    func qualifierNotMet(text: String) throws {
        let hit = try Self.speech([F.en(text)])
        #expect(hit.status == .qualifierNotMet)
        #expect(hit.notes.contains { $0.contains("not met, the text names only") })
    }

    @Test func chineseTextNamingOnlyAnotherLanguageIsNotMet() throws {
        let hit = try Self.speech([F.zh("一种日语语音识别方法。")])
        #expect(hit.status == .qualifierNotMet)
        #expect(hit.notes.contains { $0.contains("日语") })
    }

    @Test func wordsThatOnlyLookLikeLanguageNamesAreIgnored() throws {
        // 方法语音 is not French; "Chinese patent application" is not the language.
        let zh = try Self.speech([F.zh("一种基于深度学习的方法语音识别。")])
        #expect(zh.status == .hit)
        let en = try Self.speech([F.en("Speech recognition, claiming priority to Chinese patent application 2023.")])
        #expect(en.status == .hit)
        #expect(en.notes.contains { $0.contains("the reviewer must verify the language") })
    }

    @Test func technologySummaryCountsForTheAsset() throws {
        let hit = try Self.speech([F.en("Speech recognition for English.")], summaries: [F.en("Covers Mandarin models too.")])
        #expect(hit.status == .hit)
    }

    @Test func noQualifierIn2020() throws {
        let matcher = CatalogueMatcher(catalogue: try F.load("2020"))
        let hit = try #require(
            matcher.match(F.dossier([F.asset(abstracts: [F.en("Speech synthesis for English and Japanese.")])]))
                .first(where: { $0.controlPoint == "speech-synthesis" }))
        #expect(hit.status == .hit)
    }

    @Test(arguments: [
        ("本技术不涉及无人机飞行控制系统。", "zh"),
        ("本方案不包括路径规划。", "zh"),
        ("The software does not involve flight control systems.", "en"),
        ("A navigation aid without path planning.", "en"),
        ("Sensors other than lidar are used.", "en"),
        ("It doesn't use path planning.", "en"),
    ])
    func negated(text: String, lang: String) throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let hits = matcher.match(F.dossier([F.asset(abstracts: [LocalisedText(lang: lang, text: text)])]))
        let hit = try #require(hits.first(where: { $0.controlPoint == "flight-control" }))
        #expect(hit.status == .negated)
        #expect(hit.score == 0)
        #expect(hit.evidence.allSatisfy { $0.negated })
    }

    @Test(arguments: [
        "本技术不涉及电池，但涉及无人机路径规划。",
        "包括但不限于路径规划。",
        "A method including, but not limited to, path planning.",
        "A system that does not require calibration and instead performs full path planning.",
        "The lidar is not calibrated.",
        "一种无线通信的路径规划方法。",
    ])
    func notNegated(text: String) throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let hit = try #require(
            matcher.match(F.dossier([F.asset(abstracts: [F.zh(text)])])).first(where: { $0.controlPoint == "flight-control" }))
        #expect(hit.status == .hit, "\(text)")
        #expect(hit.evidence.allSatisfy { !$0.negated })
    }

    @Test func oneUnnegatedKeywordKeepsTheHit() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let hit = try #require(
            matcher.match(
                F.dossier([
                    F.asset(
                        titles: [F.zh("不涉及飞行控制系统的说明")], abstracts: [F.zh("无人机路径规划方法")])
                ])
            )
            .first(where: { $0.controlPoint == "flight-control" }))
        #expect(hit.status == .hit)
        #expect(hit.evidence.map(\.negated) == [false, true])
    }

    @Test func negatedKeywordsWithACodeAreCodeOnly() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let hit = try #require(
            matcher.match(
                F.dossier([
                    F.asset(
                        abstracts: [F.en("This does not involve path planning.")], codes: ["B64U 10/13"])
                ])
            )
            .first(where: { $0.controlPoint == "flight-control" }))
        #expect(hit.status == .codeOnly)
        #expect(!hit.counts)
    }

    @Test func enumerationCommaKeepsTheNegationGoing() throws {
        let matcher = CatalogueMatcher(catalogue: F.uav)
        let hits = matcher.match(F.dossier([F.asset(abstracts: [F.zh("本系统不涉及路径规划、避障规划。")])]))
        let hit = try #require(hits.first(where: { $0.controlPoint == "flight-control" }))
        #expect(hit.status == .negated)
        #expect(hit.evidence.allSatisfy { $0.negated })
    }
}
