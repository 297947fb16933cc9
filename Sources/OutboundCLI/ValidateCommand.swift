import ArgumentParser
import DossierModel
import Foundation
import Pipeline

extension Outbound {
    /// `outbound validate`: checks inputs against the v1 schema and the format's rules.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check inputs against the v1 dossier schema (XSD) and the format's rules.",
            discussion: "Prints every error and warning, then one line per input. Exit 0 when every dossier is valid, 1 otherwise.")

        @OptionGroup var intake: IntakeOptions

        func run() throws {
            let files = try intake.inputFiles()
            let runner: IntakeRunner
            do {
                runner = try IntakeRunner.validating(paths: files, concurrency: intake.jobs)
            } catch {
                FileHandle.standardError.write(Data("outbound: \(error)\n".utf8))
                throw ExitCode(ExitStatus.badDefinition)
            }
            let stderr = LineWriter(.standardError)
            let showWarnings = !intake.noWarnings
            let invalid = Counter()
            let summary = runner.run(
                transform: { event -> Data? in
                    switch event {
                    case .record(.dossier(let dossier)):
                        let errors = dossier.diagnostics.filter { $0.severity == .error }
                        if !errors.isEmpty { invalid.add() }
                        let shown = dossier.diagnostics.filter { $0.severity == .error || (showWarnings && $0.severity == .warning) }
                        return shown.isEmpty ? nil : render(shown)
                    case .record(.quarantine(let quarantine)):
                        return render(quarantine.diagnostics)
                    case .problem(let diagnostic):
                        return render([diagnostic])
                    case .unchanged:
                        return nil
                    }
                },
                emit: { if let data = $0 { stderr.write(data) } })
            let bad = invalid.value + summary.quarantined
            stderr.write(
                Data(
                    "validate: \(summary.dossiers + summary.quarantined) dossiers in \(summary.inputs) inputs: \(summary.dossiers + summary.quarantined - bad) valid, \(bad) invalid, \(summary.inputProblems) input problems\n"
                        .utf8))
            stderr.flush()
            if bad > 0 || summary.inputProblems > 0 { throw ExitCode(ExitStatus.someFailed) }
        }
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
