import Catalogue
import DossierModel
import Foundation
import Testing

/// The catalogue diff matches entries and control points by identity, never by code.
struct CatalogueDiffTests {
    static func load(_ file: String) throws -> Catalogue {
        try CatalogueLoader.load(path: ReferenceFiles.pipelines + "/catalogues/" + file)
    }

    @Test func aCodeThatMovesIsAModificationNotAnAdditionAndARemoval() throws {
        let diff = CatalogueDiff(old: try Self.load("2020.yml"), new: try Self.load("2023.yml"))
        #expect(!diff.added.contains { $0.identity == "information-processing" })
        #expect(!diff.removed.contains { $0.identity == "information-processing" })
        let change = try #require(diff.modified.first { $0.identity == "information-processing" })
        #expect(change.oldCode == "056101X")
        #expect(change.newCode == "086501X")
        #expect(change.fields.contains { $0.field == "code" && $0.old == "056101X" && $0.new == "086501X" })
        #expect(!diff.added.isEmpty, "2023 added entries (gene editing, lidar, ...)")
        #expect(diff.text.contains("~ 056101X -> 086501X information-processing"))
    }

    @Test func controlPointChangesAreListedPerKind() throws {
        var old = try Self.load("2025.yml")
        var new = old
        let entry = try #require(new.entries.firstIndex { $0.identity == "battery-cathode-materials" })
        let point = try #require(new.entries[entry].controlPoints.firstIndex { $0.identity == "lithium-iron-phosphate" })
        new.entries[entry].controlPoints[point].keywords.en.append("cathode material")
        new.entries[entry].controlPoints[point].thresholds[0].value = 2.62
        new.entries[entry].controlPoints[point].ipcPrefixes.removeLast()
        let removed = new.entries[entry].controlPoints.removeLast()
        old.entries.removeAll { $0.identity == "uav" }
        let diff = CatalogueDiff(old: old, new: new)
        #expect(diff.added.map(\.identity) == ["uav"])
        #expect(diff.removed.isEmpty)
        #expect(diff.modified.map(\.identity) == ["battery-cathode-materials"])
        let points = diff.modified[0].controlPoints
        let lfp = try #require(points.first { $0.identity == "lithium-iron-phosphate" })
        #expect(lfp.kind == .modified)
        #expect(lfp.keywords?.added == ["cathode material"])
        #expect(lfp.keywords?.removed == [])
        #expect(lfp.thresholds?.added.first?.hasPrefix("compaction-density >= 2.62") == true)
        #expect(lfp.thresholds?.removed.first?.hasPrefix("compaction-density >= 2.58") == true)
        #expect(lfp.ipcPrefixes?.removed.count == 1)
        #expect(lfp.canGainHits)
        #expect(points.contains { $0.identity == removed.identity && $0.kind == .removed })
        // What delta mode reads: the changed points' stored hits, and a scan for the new terms.
        let affected = diff.affectedEntries
        #expect(
            affected.targets.contains(CatalogueDiff.HitTarget(entry: "battery-cathode-materials", controlPoint: "lithium-iron-phosphate")))
        #expect(affected.targets.contains(CatalogueDiff.HitTarget(entry: "battery-cathode-materials", controlPoint: removed.identity)))
        #expect(affected.whole.isEmpty)
        let scan = diff.scanCatalogue(of: new)
        #expect(Set(scan.entries.map(\.identity)) == ["uav", "battery-cathode-materials"])
        #expect(
            scan.entries.first { $0.identity == "battery-cathode-materials" }?.controlPoints.map(\.identity) == ["lithium-iron-phosphate"])
    }

    @Test func identicalVersionsHaveAnEmptyDiffAndJSONRoundTrips() throws {
        let catalogue = try Self.load("2023.yml")
        let diff = CatalogueDiff(old: catalogue, new: catalogue)
        #expect(diff.isEmpty)
        #expect(diff.unchanged == catalogue.entries.count)
        let other = CatalogueDiff(old: try Self.load("2023.yml"), new: try Self.load("2025.yml"))
        let decoded = try JSONDecoder().decode(CatalogueDiff.self, from: try other.json())
        #expect(decoded == other)
        #expect(other.removed.map(\.identity).contains("traditional-architecture-prohibited"))
    }
}
