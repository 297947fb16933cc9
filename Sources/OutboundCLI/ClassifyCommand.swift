import ArgumentParser
import DossierModel
import Foundation
import Packets
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
            let files = try intake.inputFiles()
            let engine = try review.engine()
            let stdout = LineWriter(.standardOutput)
            let stderr = LineWriter(.standardError)
            let showWarnings = !intake.noWarnings
            let tally = OutcomeTally()
            let summary = IntakeRunner(paths: files, concurrency: intake.jobs).review(
                with: engine,
                transform: { event -> (outcome: Outcome?, out: Data?, err: Data?) in
                    switch event {
                    case .decision(let decision, let dossier):
                        // Foundation's bytes for `[.sortedKeys, .withoutEscapingSlashes]`: the ledger blob's.
                        var json = (try? CanonicalJSON.compact(decision)) ?? []
                        json.append(0x0A)
                        var messages = decision.quarantine?.diagnostics ?? []
                        if showWarnings, let dossier { messages += dossier.diagnostics.filter { $0.severity >= .warning } }
                        return (decision.outcome, Data(json), messages.isEmpty ? nil : render(messages))
                    case .problem(let diagnostic):
                        return (nil, nil, render([diagnostic]))
                    }
                },
                emit: { output in
                    if let outcome = output.outcome { tally.add(outcome) }
                    if let out = output.out { stdout.write(out) }
                    if let err = output.err { stderr.write(err) }
                })
            stdout.flush()
            stderr.write(
                Data(
                    "classify: \(summary.inputs) inputs, \(summary.dossiers + summary.quarantined) dossiers (\(tally.line)), \(summary.inputProblems) input problems in \(String(format: "%.2f", summary.seconds)) s\n"
                        .utf8))
            stderr.flush()
            if !summary.isClean { throw ExitCode(ExitStatus.someFailed) }
        }
    }
}

/// Counts of decisions by outcome, for the closing line.
final class OutcomeTally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Outcome: Int] = [:]

    func add(_ outcome: Outcome) {
        lock.lock()
        counts[outcome, default: 0] += 1
        lock.unlock()
    }

    /// `3 registration, 1 prohibited`, in the order of the outcome table.
    var line: String {
        lock.lock()
        defer { lock.unlock() }
        let parts = Outcome.allCases.compactMap { outcome in counts[outcome].map { "\($0) \(outcome.rawValue)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
