import ArgumentParser
import DossierModel
import Foundation
import Packets
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
            let files = try intake.inputFiles()
            let stdout = LineWriter(.standardOutput)
            let stderr = LineWriter(.standardError)
            let showWarnings = !intake.noWarnings
            let summary = IntakeRunner(paths: files, concurrency: intake.jobs).run(
                transform: { event -> (out: Data?, err: Data?) in
                    switch event {
                    case .record(.dossier(let dossier)):
                        // Foundation's bytes for `[.sortedKeys, .withoutEscapingSlashes]`: the ledger blob's.
                        var json = CanonicalJSON.compact(dossier)
                        json.append(0x0A)
                        let warnings = showWarnings ? dossier.diagnostics.filter { $0.severity >= .warning } : []
                        return (Data(json), warnings.isEmpty ? nil : render(warnings))
                    case .record(.quarantine(let quarantine)):
                        return (nil, render(quarantine.diagnostics))
                    case .problem(let diagnostic):
                        return (nil, render([diagnostic]))
                    case .unchanged:
                        return (nil, nil)
                    }
                },
                emit: { output in
                    if let out = output.out { stdout.write(out) }
                    if let err = output.err { stderr.write(err) }
                })
            stdout.flush()
            stderr.write(
                Data(
                    "extract: \(summary.inputs) inputs, \(summary.dossiers) dossiers, \(summary.quarantined) quarantined, \(summary.inputProblems) input problems in \(String(format: "%.2f", summary.seconds)) s\n"
                        .utf8))
            stderr.flush()
            if !summary.isClean { throw ExitCode(ExitStatus.someFailed) }
        }
    }
}

/// Diagnostics as lines for stderr.
func render(_ diagnostics: [Diagnostic]) -> Data {
    Data(diagnostics.map { $0.description + "\n" }.joined().utf8)
}
