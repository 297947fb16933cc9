import Catalogue
import DossierModel
import Foundation
import Testing

/// The shipped catalogue files under `pipelines/catalogues/`: they load cleanly, line up across
/// versions by identity, and the set picks the version in force on a date.
@Suite struct CatalogueFilesTests {
    /// `pipelines/catalogues/` of this repository (three levels up from this file).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("pipelines/catalogues").path

    static func load(_ version: String) throws -> Catalogue {
        try CatalogueLoader.load(path: "\(folder)/\(version).yml")
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: ["2008", "2020", "2023", "2025"])
    func fileHasNoLintError(version: String) throws {
        let errors = CatalogueLinter.lint(path: "\(Self.folder)/\(version).yml")
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        let catalogue = try Self.load(version)
        #expect(!catalogue.entries.isEmpty)
        #expect(catalogue.transcription.contains("PARTIAL TRANSCRIPTION"))
    }

    @Test func folderHasNoLintError() {
        let errors = CatalogueLinter.lint(folder: Self.folder)
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test func informationProcessingKeepsItsIdentityWhenItsCodeMoves() throws {
        let v2020 = try Self.load("2020")
        let v2023 = try Self.load("2023")
        let v2025 = try Self.load("2025")
        #expect(v2020.entry(identity: "information-processing")?.code == CatalogueCode("056101X"))
        #expect(v2023.entry(identity: "information-processing")?.code == CatalogueCode("086501X"))
        #expect(v2025.entry(identity: "information-processing")?.code == CatalogueCode("086501X"))
        #expect(v2023.entry(code: CatalogueCode("056101X")!) == nil)
        // Control points keep their identity when their number is not the same.
        #expect(v2020.entry(identity: "information-processing")?.controlPoint("speech-synthesis")?.number == 17)
        #expect(v2023.entry(identity: "information-processing")?.controlPoint("speech-synthesis") != nil)
    }

    @Test func languageQualifierArrivesIn2023() throws {
        let v2020 = try Self.load("2020").entry(identity: "information-processing")!
        let v2023 = try Self.load("2023").entry(identity: "information-processing")!
        #expect(v2020.controlPoints.allSatisfy { $0.qualifiers.isEmpty })
        for point in ["speech-recognition", "speech-synthesis", "ai-interaction-interface", "intelligent-labelling"] {
            #expect(v2023.controlPoint(point)?.qualifiers.language == .chineseAndMinority, "\(point)")
        }
        #expect(v2023.controlPoint("machine-translation")?.thresholds.first?.value == 4.5)
    }

    @Test func deletionsAndAdditionsBetweenVersions() throws {
        let v2008 = try Self.load("2008")
        let v2020 = try Self.load("2020")
        let v2023 = try Self.load("2023")
        let v2025 = try Self.load("2025")
        for deleted in ["microbial-fertiliser", "synthetic-caffeine", "riboflavin"] {
            #expect(v2008.entry(identity: deleted) != nil)
            #expect(v2020.entry(identity: deleted) == nil)
        }
        #expect(v2020.entry(identity: "green-plant-growth-regulators") != nil)
        #expect(v2023.entry(identity: "green-plant-growth-regulators") == nil)
        #expect(v2020.entry(identity: "human-cell-cloning-and-gene-editing") == nil)
        #expect(v2023.entry(identity: "human-cell-cloning-and-gene-editing")?.part == .prohibited)
        for code in ["085001J", "085001X", "085002X"] {
            #expect(v2023.entry(code: CatalogueCode(code)!) != nil)
            #expect(v2025.entry(code: CatalogueCode(code)!) == nil)
        }
        #expect(v2023.entry(identity: "battery-cathode-materials") == nil)
        let gallium2023 = v2023.entry(identity: "non-ferrous-metallurgy")?.controlPoint("gallium-extraction")
        let gallium2025 = v2025.entry(identity: "non-ferrous-metallurgy")?.controlPoint("gallium-extraction")
        #expect(gallium2025?.names.zh == "通过离子交换法、树脂法等方法从氧化铝母液中提取金属镓的技术和工艺")
        #expect(gallium2023 != nil && gallium2023 != gallium2025)
        #expect(v2025.entry(identity: "non-ferrous-metallurgy")?.controlPoints.count == 6)
        #expect(v2023.entry(identity: "uav")?.controlPoint("flight-control")?.number == 5)
        #expect(v2023.entry(identity: "uav")?.code == CatalogueCode("203912X"))
    }

    @Test func lithiumIronPhosphateThresholds() throws {
        let entry = try Self.load("2025").entry(code: CatalogueCode("252604X")!)
        let point = try #require(entry?.controlPoint("lithium-iron-phosphate"))
        #expect(point.number == 1)
        #expect(point.keywords.zh.contains("磷酸铁锂"))
        #expect(point.keywords.en.contains("LiFePO4"))
        #expect(point.ipcPrefixes.contains("H01M 4/58"))
        let byQuantity = Dictionary(uniqueKeysWithValues: point.thresholds.map { ($0.quantity, $0) })
        let density = try #require(byQuantity["compaction-density"])
        #expect(density.summary == ">= 2.58 g/cm3 (at 220 MPa)")
        #expect(density.admits(2.6, in: ThresholdUnit(parsing: "g/cc")!) == true)
        #expect(density.admits(2.5, in: ThresholdUnit(parsing: "g/cc")!) == false)
        #expect(byQuantity["specific-capacity"]?.summary == ">= 160 mAh/g (at 0.1C)")
        #expect(byQuantity["first-coulombic-efficiency"]?.summary == ">= 97 %")
        #expect(entry?.controlPoint("lithium-manganese-iron-phosphate")?.thresholds.first?.value == 2.38)
    }

    @Test(
        arguments: [
            ("2008-09-15", nil), ("2008-09-16", "cn-export-tech-2008"), ("2020-08-27", "cn-export-tech-2008"),
            ("2020-08-28", "cn-export-tech-2020"), ("2023-12-20", "cn-export-tech-2020"),
            ("2023-12-21", "cn-export-tech-2023"), ("2025-07-14", "cn-export-tech-2023"),
            ("2025-07-15", "cn-export-tech-2025"), ("2030-01-01", "cn-export-tech-2025"),
        ] as [(String, String?)])
    func inForcePicksTheVersionByDate(date: String, expected: String?) throws {
        let set = try CatalogueSet.load(folder: Self.folder)
        #expect(set.catalogues.map(\.id) == ["cn-export-tech-2008", "cn-export-tech-2020", "cn-export-tech-2023", "cn-export-tech-2025"])
        #expect(set.inForce(on: Self.date(date))?.id == expected)
    }

    @Test func overlappingVersionsAreRejected() throws {
        var v2020 = try Self.load("2020")
        v2020.effectiveTo = Self.date("2023-12-21")
        #expect(throws: ReferenceFileError.self) { try CatalogueSet([v2020, try Self.load("2023")]) }
    }

    @Test func catalogueRoundTripsThroughJSON() throws {
        let catalogue = try Self.load("2025")
        let data = try JSONEncoder().encode(catalogue)
        #expect(try JSONDecoder().decode(Catalogue.self, from: data) == catalogue)
        #expect(String(decoding: data, as: UTF8.self).contains("\"effective-from\""))
    }
}
