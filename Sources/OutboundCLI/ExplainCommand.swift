import ArgumentParser
import Foundation
import Pipeline

extension Outbound {
    /// `outbound explain PATH [--dossier ID]`: one decision, readable by a person.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain the decision on one dossier: outcome, evidence, flags, route and audit.",
            discussion:
                "PATH may hold several dossiers; name one with --dossier. Exit 1 when the dossier is quarantined or an input cannot be read, 64 when it is not found."
        )

        @Argument(help: "An input file or directory.")
        var path: String

        @Option(help: "The id of the dossier to explain (needed when PATH holds several).")
        var dossier: String?

        @Option(name: .customLong("jobs"), help: "Threads that read and decide (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @OptionGroup var review: ReviewOptions

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let report = try ExplainJob.run(
                IntakeRequest(paths: [path], concurrency: jobs), review: review.request, dossierID: dossier, output: Console.shared)
            Console.shared.print(report.text)
            try ExitStatus.check(report.isClean)
        }
    }
}
