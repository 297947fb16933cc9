import ArgumentParser
import Pipeline

extension Outbound {
    /// `outbound extract`: one normalised dossier per line as JSON on stdout.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract and normalise dossiers; write one JSON dossier per line.",
            discussion:
                "Diagnostics go to stderr as path:line:col: severity: message [id]. Exit 1 when any dossier is quarantined or an input cannot be read."
        )

        @OptionGroup var intake: IntakeOptions

        func run() throws {
            let summary = try ExtractJob.run(intake.request, output: Console.shared)
            Console.shared.line(summary.extractLine)
            try ExitStatus.check(summary.isClean)
        }
    }
}
