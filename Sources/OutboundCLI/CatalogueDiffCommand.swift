import ArgumentParser
import DossierModel
import Foundation
import Pipeline

extension Outbound.CatalogueCommand {
    /// `outbound catalogue diff OLD NEW [--json]`: entries added, removed and modified,
    /// matched by identity, per control point.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two catalogue versions (files or ids of versions in --catalogues).",
            discussion: """
                Entries are matched by their stable identity, never by code: a code that moves \
                is a modification. Control points are matched by identity within the entry; \
                keywords, IPC prefixes, thresholds and qualifiers are compared. See docs/reclassify.md.
                """)

        @Argument(help: "The old version: a catalogue file or a version id (cn-export-tech-2023).")
        var old: String

        @Argument(help: "The new version: a catalogue file or a version id.")
        var new: String

        @Option(help: "The folder whose versions ids name.")
        var catalogues = "pipelines/catalogues"

        @ArgumentParser.Flag(help: "Write the diff as JSON.")
        var json = false

        func run() throws {
            Console.shared.data([UInt8](try CatalogueDiffJob.diff(old: old, new: new, folder: catalogues, json: json)))
        }
    }
}
