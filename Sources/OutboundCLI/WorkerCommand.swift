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

        @Option(
            help: "The PostgreSQL ledger, postgresql://USER@HOST:PORT/DATABASE[?search_path=SCHEMA] (default: the definition's ledger).")
        var ledger: String?

        @Option(
            name: .customLong("run-key"),
            help: "The name of the shared run; workers with the same key share it (default: the --today date).")
        var runKey: String?

        @Option(name: .customLong("worker-id"), help: "This worker's name in the leases (default: hostname:pid).")
        var workerID: String?

        @Option(help: "Seconds a claimed chunk stays this worker's without renewal; a dead worker's chunks are taken over after it.")
        var lease: Int = 60

        @Option(name: .customLong("chunk-size"), help: "Dossiers per chunk, for a run this worker starts.")
        var chunkSize: Int = 128

        @ArgumentParser.Flag(help: "Print the worker's report as JSON.")
        var json = false

        @OptionGroup var options: RunOptions

        func validate() throws {
            if lease < 1 { throw ValidationError("--lease must be at least 1 second") }
            if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1") }
            if let runKey, runKey.isEmpty { throw ValidationError("--run-key must not be empty") }
        }

        func run() throws {
            let day = options.day
            let request = WorkerRequest(
                definitionPath: definition, ledger: ledger, runKey: runKey ?? day.description,
                workerID: workerID ?? WorkerRequest.defaultWorkerID, leaseSeconds: lease, chunkSize: chunkSize, today: day,
                generatedAt: options.stamp, concurrency: options.jobs, progress: options.progress)
            let report = try WorkerRun.run(request, logger: options.logger)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                Console.shared.print(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            } else {
                var line = "worker \(report.workerID), run \(report.runID) (\(report.runKey)): "
                if report.alreadyEnded {
                    line += "the run had already ended; nothing to do"
                } else {
                    line +=
                        "\(report.chunksClaimed) chunks claimed, \(report.chunksTakenOver) taken over; \(report.processed) decided, "
                        + "\(report.skipped) unchanged, \(report.quarantined) quarantined, \(report.inputProblems) input problems"
                    if let run = report.run {
                        line +=
                            "; finished the run: \(run.processed) decided, \(run.skipped) unchanged, \(run.quarantined) quarantined in all, summary in \(run.output)"
                    }
                }
                Console.shared.print(line + "\n")
            }
            try ExitStatus.check(report.quarantined == 0 && report.inputProblems == 0)
        }
    }
}
