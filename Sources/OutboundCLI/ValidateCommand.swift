import ArgumentParser
import Pipeline

extension Outbound {
    /// `outbound validate`: checks inputs against the v1 schema and the format's rules.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check inputs against the v1 dossier schema (XSD) and the format's rules.",
            discussion: "Prints every error and warning, then one line per input. Exit 0 when every dossier is valid, 1 otherwise.")

        @OptionGroup var intake: IntakeOptions

        func run() throws {
            let report = try ValidateJob.run(intake.request, output: Console.shared)
            Console.shared.line(report.line)
            try ExitStatus.check(report.isClean)
        }
    }
}
