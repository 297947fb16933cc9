import ArgumentParser
import DossierModel
import Foundation
import Pipeline

extension Outbound {
    /// `outbound worker PIPELINE.yml --ledger postgresql://...`: one of many processes that
    /// share a nightly run through a PostgreSQL ledger.
    struct Worker: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a share of a nightly run that many workers, on any number of hosts, run together through a PostgreSQL ledger.",
            discussion: """
                Every worker reads every input (from shared storage) and claims chunks of \
                dossiers with leases; a chunk whose worker dies is claimed again when its lease \
                expires. Workers started with the same --run-key share one run; one of them \
                writes the summary and queues when every chunk is done, and all exit once the \
                run is finished. The password comes from OUTBOUND_LEDGER_PASSWORD, PGPASSWORD or \
                the file named by OUTBOUND_LEDGER_PASSWORD_FILE. Exit 0 when the run finished \
                and this worker met no quarantine or unreadable input, 1 otherwise, 65 for a bad \
                definition or reference file, 74 when the ledger or the output folder fails. \
                See docs/workers.md.
                """)

        @Argument(help: "The pipeline definition (the same file on every worker).")
        var definition: String

        @Option(help: "The PostgreSQL ledger, postgresql://USER@HOST:PORT/DATABASE[?search_path=SCHEMA] (default: the definition's ledger).")
        var ledger: String?

        @Option(name: .customLong("run-key"), help: "The name of the shared run; workers with the same key share it (default: the --today date).")
        var runKey: String?

        @Option(name: .customLong("worker-id"), help: "This worker's name in the leases (default: hostname:pid).")
        var workerID: String?

        @Option(help: "Seconds a claimed chunk stays this worker's without renewal; a dead worker's chunks are taken over after it.")
        var lease: Int = 60

        @Option(name: .customLong("chunk-size"), help: "Dossiers per chunk, for a run this worker starts.")
        var chunkSize: Int = 128

        @Option(name: .customLong("jobs"), help: "Worker threads (default: the definition's concurrency, else the core count).")
        var jobs: Int?

        @Option(name: .customLong("log-format"), help: "plain or json.")
        var logFormat: String = "plain"

        @ArgumentParser.Flag(name: .customLong("no-progress"), help: "No live progress line, even on a terminal.")
        var noProgress = false

        @ArgumentParser.Flag(help: "Print the worker's report as JSON.")
        var json = false

        @Option(help: "The day (YYYY-MM-DD) whose catalogue applies to a dossier without a filing date (default: today, UTC).")
        var today: String?

        @Option(name: .customLong("generated-at"), help: "The time written into packets and the summary (default: now); give every worker the same value.")
        var generatedAt: String?

        func validate() throws {
            guard RunLogFormat(rawValue: logFormat) != nil else { throw ValidationError("--log-format must be plain or json") }
            if let today, CalendarDate(iso: today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if lease < 1 { throw ValidationError("--lease must be at least 1 second") }
            if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1") }
            if let runKey, runKey.isEmpty { throw ValidationError("--run-key must not be empty") }
        }

        func run() throws {
            let logger = RunLogging.logger(format: RunLogFormat(rawValue: logFormat) ?? .plain)
            let day = today.flatMap(CalendarDate.init(iso:)) ?? ReviewOptions.currentDay
            let request = WorkerRequest(
                definitionPath: definition, ledger: ledger, runKey: runKey ?? day.description,
                workerID: workerID ?? WorkerRequest.defaultWorkerID, leaseSeconds: lease, chunkSize: chunkSize, today: day,
                generatedAt: generatedAt ?? ISO8601DateFormatter().string(from: Date()), concurrency: jobs,
                progress: !noProgress && isatty(STDERR_FILENO) == 1)
            let report: WorkerReport
            do {
                report = try WorkerRun.run(request, logger: logger)
            } catch let error as NightlyError {
                FileHandle.standardError.write(render(error.diagnostics))
                throw ExitCode(error.kind == .definition ? ExitStatus.badDefinition : ExitStatus.ioFailure)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
            } else {
                var line = "worker \(report.workerID), run \(report.runID) (\(report.runKey)): "
                if report.alreadyEnded {
                    line += "the run had already ended; nothing to do"
                } else {
                    line += "\(report.chunksClaimed) chunks claimed, \(report.chunksTakenOver) taken over; \(report.processed) decided, "
                        + "\(report.skipped) unchanged, \(report.quarantined) quarantined, \(report.inputProblems) input problems"
                    if let run = report.run {
                        line += "; finished the run: \(run.processed) decided, \(run.skipped) unchanged, \(run.quarantined) quarantined in all, summary in \(run.output)"
                    }
                }
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
            if report.quarantined > 0 || report.inputProblems > 0 { throw ExitCode(ExitStatus.someFailed) }
        }
    }
}
