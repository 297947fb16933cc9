import DossierModel
import Foundation
import Testing

@testable import Generator

@Suite struct TechnologyTests {
    /// Every phrase of a field, for checks on the data.
    static func phrases(_ t: Technology) -> [Bilingual] {
        t.titles + [t.subject.preamble, t.subject.short] + (t.subject.closing.map { [$0] } ?? []) + t.leads + t.elements
            + t.features + t.effects + t.summaries + t.industries + t.products + t.software + t.extras
    }

    @Test(arguments: Technology.all.map(\.key))
    func bothLanguagesHaveTheSameSlots(_ key: String) {
        let technology = Technology.all.first { $0.key == key }!
        for phrase in Self.phrases(technology) {
            let zh = Bilingual.split(phrase.zh).slots
            let en = Bilingual.split(phrase.en).slots
            #expect(zh == en, "\(phrase.zh) | \(phrase.en)")
            for slot in zh {
                let bounds = slot.components(separatedBy: "..")
                #expect(bounds.count == 2 && Double(bounds[0]) != nil && Double(bounds[1]) != nil, "\(slot)")
                #expect(Double(bounds[0])! < Double(bounds[1])!, "\(slot)")
            }
            #expect(phrase.zh.contains("%n") == phrase.en.contains("%n"))
        }
    }

    @Test(arguments: Technology.all.map(\.key))
    func fieldsHaveWhatTheWritersNeed(_ key: String) {
        let t = Technology.all.first { $0.key == key }!
        #expect(!t.titles.isEmpty && !t.leads.isEmpty && !t.effects.isEmpty && !t.summaries.isEmpty && !t.industries.isEmpty)
        #expect(t.elements.count >= 3)
        #expect(t.features.count >= 4)
        #expect(!t.ipc.isEmpty)
        for code in t.ipc { #expect(code.range(of: #"^[A-H]\d{2}[A-Z] \d{1,4}/\d{2,6}$"#, options: .regularExpression) != nil, "\(code)") }
        for (type, weight) in t.assetTypes {
            #expect(type.isKnown && weight > 0)
        }
    }

    @Test func keysAreUniqueAndBothKindsExist() {
        #expect(Set(Technology.all.map(\.key)).count == Technology.all.count)
        #expect(Technology.controlledFields.allSatisfy { $0.controlled })
        #expect(Technology.ordinaryFields.allSatisfy { !$0.controlled })
    }

    @Test func lfpStatesValuesEitherSideOfTheThresholds() {
        var r = SeededRandom(seed: 41)
        var densities: [Double] = []
        for _ in 0..<400 {
            for clause in Technology.lfpCathode.statements(&r, FeatureShares()) where clause.en.contains("g/c") {
                let number = clause.en.split(separator: " ").compactMap { Double($0) }.first!
                densities.append(number)
            }
        }
        #expect(densities.contains { $0 >= 2.58 && $0 < 2.65 })
        #expect(densities.contains { $0 < 2.58 && $0 >= 2.50 })
        #expect(densities.contains { $0 < 2.5 })
    }

    @Test func negationAppearsOnlyWithItsShare() {
        var r = SeededRandom(seed: 42)
        var on = FeatureShares()
        on.negation = 1
        let withNegation = Technology.uavSprayer.statements(&r, on)
        #expect(withNegation.contains { $0.zh.contains("不涉及飞行控制") })
        var off = FeatureShares()
        off.negation = 0
        for _ in 0..<100 { #expect(Technology.uavSprayer.statements(&r, off).isEmpty) }
    }

    @Test func speechTextsNameChineseMinorityOrOnlyOtherLanguages() {
        var r = SeededRandom(seed: 43)
        var texts = Set<String>()
        for _ in 0..<300 { for s in Technology.languageStatement(&r) { texts.insert(s.en) } }
        #expect(texts.contains { $0.contains("Tibetan") })
        #expect(texts.contains { $0.contains("Mandarin") })
        #expect(texts.contains { $0 == "only English is supported" })
    }
}
