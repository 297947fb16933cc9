import ArgumentParser
import DossierModel
import Foundation
import Pipeline

extension Outbound {
    /// `outbound run PIPELINE.yml`: the nightly intake a pipeline definition describes.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Run a pipeline definition: read the inbox, decide every new or changed dossier, write packets, summary and queues, record everything in the ledger.",
            discussion: """
                Dossiers unchanged since an earlier run (same bytes, same reference files) are \
                skipped and reported as such. On a terminal a progress line shows done, \
                dossiers/s and quarantined; logs go to stderr (--log-format plain or json). \
                Exit 0 when every dossier was decided, 1 when some were quarantined or an input \
                could not be read, 65 for a bad definition or reference file, 74 when the ledger \
                or the output folder fails. Keys: docs/pipeline-definition.md.
                """)

        @Argument(help: "The pipeline definition (e.g. pipelines/nightly.yml).")
        var definition: String

        @OptionGroup var options: RunOptions

        func run() throws {
            let request = NightlyRequest(
                definitionPath: definition, today: options.day, generatedAt: options.stamp, concurrency: options.jobs,
                progress: options.progress)
            let report = try NightlyRun.run(request, logger: options.logger)
            let outcomes = Outcome.allCases.compactMap { outcome in report.byOutcome[outcome.rawValue].map { "\($0) \(outcome.rawValue)" } }
            Console.shared.print(
                "run \(report.runID): \(report.inputs) inputs, \(report.processed) decided, \(report.skipped) unchanged, "
                    + "\(report.quarantined) quarantined (\(outcomes.isEmpty ? "no dossiers" : outcomes.joined(separator: ", "))), "
                    + "\(report.inputProblems) input problems; packets, summary and queues in \(report.output)\n")
            try ExitStatus.check(report.isClean)
        }
    }
}
