import ArgumentParser
import Pipeline

extension Outbound {
    /// `outbound classify PATH...`: one decision per dossier as a JSON line, with evidence.
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classify and route dossiers; write one JSON decision per line.",
            discussion: """
                Each line holds the outcome, the catalogue hits with their evidence, the flags, \
                the party screening, the route with authorities and due dates, and the audit \
                (every reference file with its SHA-256, and the ids of the rules that fired: \
                docs/rules.md). A quarantined dossier gets a line with outcome "quarantined" \
                and the reason. Exit 1 when any dossier is quarantined or an input cannot be read.
                """)

        @OptionGroup var intake: IntakeOptions
        @OptionGroup var review: ReviewOptions

        func run() throws {
            let report = try ClassifyJob.run(intake.request, review: review.request, output: Console.shared)
            Console.shared.line(report.line)
            try ExitStatus.check(report.summary.isClean)
        }
    }
}
