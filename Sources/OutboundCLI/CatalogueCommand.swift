import ArgumentParser
import DossierModel
import Foundation
import Pipeline

extension Outbound {
    /// `outbound catalogue`: work with export-control catalogue files.
    struct CatalogueCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalogue",
            abstract: "Work with export-control catalogue files (see docs/catalogue-format.md).",
            subcommands: [Lint.self, Diff.self])
    }
}

extension Outbound.CatalogueCommand {
    /// `outbound catalogue lint FILE...`: every error with its line, exit 65 when any.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check catalogue files (or folders of them); unknown keys are errors.")

        @Argument(help: "Catalogue YAML files or folders.")
        var paths: [String]

        func run() throws {
            var count = 0
            for path in paths {
                let diagnostics = CatalogueCheck.lint(path: path)
                count += diagnostics.count
                Console.shared.report(diagnostics)
            }
            Console.shared.line("catalogue lint: \(paths.count) paths, \(count) errors")
            if count > 0 { throw CommandEnd.failed(.definition) }
        }
    }
}
