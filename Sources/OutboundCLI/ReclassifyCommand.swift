import ArgumentParser
import Catalogue
import DossierModel
import Foundation
import Packets
import Pipeline

extension Outbound {
    /// `outbound reclassify [DEFINITION] --catalogue NEW [--since DATE] [--status open|all] [--full]`.
    struct Reclassify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-classify the dossiers stored in the ledger against a new catalogue version, without reading input XML.",
            discussion: """
                NEW joins the catalogue set of the definition (replacing the version with the same \
                id; otherwise the version before it ends the day before NEW takes effect), so each \
                dossier gets the version in force on its filing date. Delta mode (the default) \
                re-evaluates only the dossiers the change can affect; --full re-evaluates every \
                one. Writes reclassify.json, reclassify.html and new packets for the changed \
                dossiers into the definition's output folder. Exit 65 for a bad definition or \
                catalogue, 74 when the ledger or the output folder fails. See docs/reclassify.md.
                """)

        @Argument(
            help:
                "A pipeline definition: a 'reclassify:' one (pipelines/reclassify.yml) or the nightly one whose ledger, references and output to use."
        )
        var definition = "pipelines/nightly.yml"

        @Option(help: "The new catalogue file (overrides the definition's reclassify.catalogue).")
        var catalogue: String?

        @Option(help: "Only dossiers filed on or after this date (YYYY-MM-DD).")
        var since: String?

        @Option(help: "open (every outcome but out-of-scope and quarantined, the default) or all.")
        var status: String?

        @ArgumentParser.Flag(help: "Re-evaluate every stored dossier, not only those the change can affect.")
        var full = false

        @Option(name: .customLong("jobs"), help: "Threads that decide (default: the definition's concurrency, else the core count).")
        var jobs: Int?

        @Option(help: "The day (YYYY-MM-DD) whose catalogue applies to a dossier without a filing date (default: today, UTC).")
        var today: String?

        @Option(name: .customLong("generated-at"), help: "The time written into packets and the report (default: now).")
        var generatedAt: String?

        @Option(name: .customLong("log-format"), help: "plain or json.")
        var logFormat: String = "plain"

        func validate() throws {
            if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since must be a date written YYYY-MM-DD") }
            if let today, CalendarDate(iso: today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD") }
            if let status, ReclassifyStatus(rawValue: status) == nil { throw ValidationError("--status must be open or all") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            guard RunLogFormat(rawValue: logFormat) != nil else { throw ValidationError("--log-format must be plain or json") }
        }

        func run() throws {
            let logger = RunLogging.logger(format: RunLogFormat(rawValue: logFormat) ?? .plain)
            let request = ReclassifyRequest(
                definitionPath: definition, catalogue: catalogue, since: since.flatMap(CalendarDate.init(iso:)),
                status: status.flatMap(ReclassifyStatus.init(rawValue:)), full: full ? true : nil,
                today: today.flatMap(CalendarDate.init(iso:)) ?? ReviewOptions.currentDay,
                generatedAt: generatedAt ?? ISO8601DateFormatter().string(from: Date()), concurrency: jobs)
            let result = try ReclassifyRun.run(request, logger: logger)
            let c = result.report.counts
            let transitions = result.report.transitions.map { "\($0.count) \($0.from) -> \($0.to)" }
            let line =
                "reclassify run \(result.report.run.id) (\(result.report.mode)) against \(result.report.catalogue.id): "
                + "\(c.considered) considered, \(c.reevaluated) re-evaluated, \(c.changed) changed (\(c.outcomeChanged) outcomes"
                + (transitions.isEmpty ? "" : ": " + transitions.joined(separator: ", ")) + "), \(c.unchanged) unchanged "
                + "in \(String(format: "%.2f", result.seconds)) s; report and packets in \(result.output)\n"
            Console.shared.print(line)
        }
    }
}
