import Catalogue
import Classify
import DossierModel
import Testing

/// Thresholds (review-rules section 7): every stated value must meet its limit; a value not
/// stated leaves the hit standing with a note.
@Suite struct CatalogueMatcherThresholdTests {
    typealias F = MatcherFixture

    /// The 2025 catalogue's lithium iron phosphate point.
    static let matcher: CatalogueMatcher = {
        CatalogueMatcher(catalogue: try! F.load("2025"))
    }()

    /// The hit on the LFP point for an abstract.
    static func lfp(_ abstract: String, lang: String = "en") throws -> Hit {
        let dossier = F.dossier([F.asset(abstracts: [LocalisedText(lang: lang, text: abstract)])])
        return try #require(matcher.match(dossier).first(where: { $0.controlPoint == "lithium-iron-phosphate" }))
    }

    static func check(_ hit: Hit, _ quantity: String) throws -> ThresholdCheck {
        try #require(hit.thresholds.first { $0.quantity == quantity })
    }

    @Test(arguments: [
        ("LiFePO4 cathode with a compaction density of 2.59 g/cc.", 2.59, true),
        ("LiFePO4 cathode with a compaction density of 2.57 g/cc.", 2.57, false),
        ("LiFePO4 cathode with a compaction density of 2.58 g/cc.", 2.58, true),
        ("LiFePO4 cathode with a compaction density of ≥2.58 g/cc at 220 MPa.", 2.58, true),
        ("LiFePO4 cathode, compacted density 2.6g/cm3 measured at 220 MPa.", 2.6, true),
        ("LiFePO4 with a compaction density of 2600 kg/m3.", 2.6, true),
        ("LiFePO4 with a compaction density of 2,500 kg/m³.", 2.5, false),
        ("磷酸铁锂正极材料，压实密度为2.60 g/cm³。", 2.6, true),
        ("磷酸铁锂正极材料，压实密度为２．５０ｇ／ｃｍ３。", 2.5, false),
        ("LiFePO4 cathode: at 220 MPa the compaction density reaches 2.61 g/cc.", 2.61, true),
        ("A 2.55 g/cc compaction density LiFePO4 cathode.", 2.55, false),
    ])
    func compactionDensity(abstract: String, value: Double, meets: Bool) throws {
        let hit = try Self.lfp(abstract)
        let check = try Self.check(hit, "compaction-density")
        #expect(check.stated.count == 1, "\(check.stated)")
        let stated = try #require(check.stated.first)
        #expect(abs(stated.converted - value) < 1e-9)
        #expect(stated.meets == meets)
        #expect(hit.status == (meets ? .hit : .thresholdFailed))
        #expect(check.limit == ">= 2.58 g/cm3 (at 220 MPa)")
        #expect(stated.location.field == .abstract)
        #expect(stated.snippet?.match.isEmpty == false)
    }

    @Test func conditionNumberIsNotTheValue() throws {
        // 220 MPa is a pressure: the measurement condition, not a density.
        let hit = try Self.lfp("LiFePO4 cathode whose compaction density is measured at 220 MPa.")
        #expect(try Self.check(hit, "compaction-density").stated.isEmpty)
        #expect(hit.status == .hit)
    }

    @Test func unstatedValueLeavesTheHitWithANote() throws {
        let hit = try Self.lfp("A lithium iron phosphate cathode material.")
        #expect(hit.status == .hit)
        #expect(hit.thresholds.count == 3 && hit.thresholds.allSatisfy { $0.unverified })
        #expect(
            hit.notes.contains(
                "compaction-density not stated: the reviewer must verify it (limit >= 2.58 g/cm3 at 220 MPa)"))
        #expect(hit.notes.contains { $0.hasPrefix("specific-capacity not stated") && $0.contains("at 0.1C") })
    }

    @Test func everyStatedValueMustPass() throws {
        let pass = try Self.lfp(
            "LiFePO4 with a specific capacity of 160 mAh/g at 0.1C and a first coulombic efficiency of 97 %.")
        #expect(try Self.check(pass, "specific-capacity").stated.map(\.value) == [160])
        #expect(try Self.check(pass, "first-coulombic-efficiency").stated.map(\.value) == [97])
        #expect(pass.status == .hit)
        let fail = try Self.lfp("磷酸铁锂材料的放电比容量为158mAh/g，首次库伦效率96.5%。", lang: "zh")
        #expect(try Self.check(fail, "specific-capacity").stated.map(\.meets) == [false])
        let efficiency = try Self.check(fail, "first-coulombic-efficiency")
        #expect(efficiency.stated.map(\.value) == [96.5] && efficiency.stated.map(\.unit) == ["%"])
        #expect(fail.status == .thresholdFailed)
        #expect(fail.notes.contains { $0.contains("96.5 % (asset A1 abstract 1) fails the limit >= 97") })
    }

    @Test func listsAndRangesOfValues() throws {
        let list = try Self.lfp("LiFePO4 samples with a compaction density of 2.60 g/cc and 2.55 g/cc.")
        #expect(try Self.check(list, "compaction-density").stated.map(\.value) == [2.6, 2.55])
        #expect(list.status == .thresholdFailed)
        // Another density after a new quantity is not read as this one.
        let tap = try Self.lfp("LiFePO4 with a compaction density of 2.60 g/cc, and a tap density of 1.1 g/cc.")
        #expect(try Self.check(tap, "compaction-density").stated.map(\.value) == [2.6])
        #expect(tap.status == .hit)
        // Of a range, the end that favours the limit.
        let range = try Self.lfp("LiFePO4 with a compaction density of 2.55 g/cc to 2.62 g/cc.")
        #expect(try Self.check(range, "compaction-density").stated.map(\.value) == [2.62])
    }

    @Test func scoreThresholdReadsBareNumbers() throws {
        let dossier = F.dossier([F.asset(abstracts: [F.en("Neural machine translation with a translation quality score of 4.2.")])])
        let hit = try #require(Self.matcher.match(dossier).first(where: { $0.controlPoint == "machine-translation" }))
        #expect(hit.thresholds.first?.stated.map(\.value) == [4.2])
        #expect(hit.status == .thresholdFailed)
    }

    @Test func thresholdFailedOutranksTheOtherStatuses() throws {
        let point = F.point(
            "tts", en: ["speech synthesis"],
            thresholds: [
                Threshold(
                    quantity: "latency", unit: ThresholdUnit(parsing: "ms")!, comparator: .atMost, value: 100,
                    words: CatalogueTerms(en: ["latency"]))
            ], language: .chineseAndMinority)
        let matcher = CatalogueMatcher(catalogue: F.catalogue([F.entry("speech", code: "086501X", points: [point])]))
        let hit = try #require(
            matcher.match(
                F.dossier([
                    F.asset(abstracts: [
                        F.en("Speech synthesis for English and Japanese with a latency of 250 ms.")
                    ])
                ])
            ).first)
        #expect(hit.status == .thresholdFailed)
        #expect(hit.notes.contains { $0.contains("not met") })
    }
}
