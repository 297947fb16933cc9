import Catalogue
import DossierModel
import Foundation
import Ledger
import Logging
import Packets

/// One worker of a run that many processes share (`outbound worker`), on one host or many,
/// through a PostgreSQL ledger:
///
/// 1. join the run named by the request's key (the first worker starts it) and register the
///    input files, checking that every worker reads the same bytes;
/// 2. read every input, claiming chunks of items as they come: a chunk another worker holds
///    is skipped without parsing; a claimed chunk is decided, its packets written and its
///    results recorded, then it is marked done;
/// 3. take over the chunks whose worker died (lease expired), until every chunk is done;
/// 4. one worker, elected, writes the summary and queues from the ledger and finishes the
///    run; the others wait for it, so every worker exits once the run is finished.
public enum WorkerRun {
    public static func run(_ request: WorkerRequest, logger: Logger) throws -> WorkerReport {
        let started = Date()
        var setup = try NightlySetup.load(definitionPath: request.definitionPath, today: request.today, ledger: request.ledger)
        let definition = setup.definition
        let ledger = try setup.openSharedLedger(logger: logger)
        try setup.applyReviewerClearances(from: ledger)
        let joined = try setup.ledgerCall {
            try ledger.joinRun(
                pipelineID: definition.id, runKey: request.runKey, outboundVersion: outboundVersion, chunkSize: request.chunkSize,
                generatedAt: request.generatedAt)
        }
        let runID = joined.run.id
        var report = WorkerReport(runID: runID.description, runKey: request.runKey, workerID: request.workerID)
        report.startedRun = joined.started
        guard joined.run.status == .running else {
            logger.notice("run \(runID) (\(request.runKey)) of \(definition.id) is already \(joined.run.status.rawValue); nothing to do")
            report.alreadyEnded = true
            return report
        }
        logger.info(
            "worker \(request.workerID) \(joined.started ? "started" : "joined") run \(runID) (\(request.runKey)) of \(definition.id): \(setup.files.count) inputs, chunks of \(joined.chunkSize), lease \(request.leaseSeconds) s, ledger \(LedgerLocation.redacted(setup.ledgerLocation))"
        )
        try registerInputs(setup, runID: runID, ledger: ledger, logger: logger)

        let leases = LeaseKeeper(
            ledger: ledger, runID: runID, workerID: request.workerID, leaseSeconds: request.leaseSeconds, logger: logger)
        defer { leases.stop() }
        // Every worker's packets name the time of the worker that started the run.
        let context = setup.context(runID: runID, generatedAt: joined.run.generatedAt ?? request.generatedAt)
        let step = NightlyStep(flow: setup.flow(context: context, lines: false), ledger: ledger, run: context, writer: setup.writer)
        let progress = request.progress
        let recorder = try setup.ledgerCall {
            try NightlyRecorder(
                ledger: ledger, runID: runID, writer: setup.writer, run: context, batchSize: request.batchSize, logger: logger,
                progress: progress, writesLines: false)
        }
        defer { recorder.close() }
        let share = Share(
            setup: setup, request: request, ledger: ledger, runID: runID, chunkSize: joined.chunkSize, step: step, recorder: recorder)

        // 2. Everything, claiming as it comes.
        do {
            let reading = try share.process(only: nil)
            report.chunksClaimed = reading.claimed
            report.inputProblems += reading.inputProblems
        } catch let error as PipelineError {
            guard try wasOutrun(runID, ledger: ledger, setup: setup, logger: logger, error: error) else { throw error }
            report.seconds = Date().timeIntervalSince(started)
            return report
        }

        // 3. What dead workers left.
        while true {
            let chunks = try setup.ledgerCall { try ledger.chunkProgress(in: runID) }
            if chunks.isComplete { break }
            let expired = try setup.ledgerCall {
                try ledger.claimExpired(in: runID, worker: request.workerID, leaseSeconds: request.leaseSeconds, limit: 64)
            }
            if expired.isEmpty {
                Thread.sleep(forTimeInterval: min(1, Double(request.leaseSeconds) / 4))
                continue
            }
            logger.warning(
                "worker.take-over: \(expired.count) chunks whose worker stopped renewing its lease: \(expired.sorted().prefix(5).map(\.description).joined(separator: ", "))\(expired.count > 5 ? ", ..." : "")"
            )
            report.chunksTakenOver += expired.count
            do {
                let taken = try share.process(only: Set(expired))
                report.inputProblems += taken.inputProblems
            } catch let error as PipelineError {
                guard try wasOutrun(runID, ledger: ledger, setup: setup, logger: logger, error: error) else { throw error }
                report.seconds = Date().timeIntervalSince(started)
                return report
            }
        }
        progress?.finish()
        let mine = recorder.finalReport()
        report.processed = mine.processed
        report.skipped = mine.skipped
        report.quarantined = mine.quarantined
        report.packetsWritten = mine.packetsWritten

        // 4. The summary, by one elected worker.
        let finishLease = max(60, request.leaseSeconds * 10)
        while true {
            guard let state = try setup.ledgerCall({ try ledger.run(runID) }), state.status == .running else { break }
            if try setup.ledgerCall({ try ledger.claimFinish(in: runID, worker: request.workerID, leaseSeconds: finishLease) }) {
                report.run = try finish(setup, runID: runID, ledger: ledger, context: context, started: started, logger: logger)
                report.finishedRun = true
                break
            }
            Thread.sleep(forTimeInterval: 0.5)
        }
        report.seconds = Date().timeIntervalSince(started)
        logger.info(
            "worker \(request.workerID) done in run \(runID): \(report.chunksClaimed) chunks claimed, \(report.chunksTakenOver) taken over, \(report.processed) decided, \(report.skipped) unchanged, \(report.quarantined) quarantined in \(String(format: "%.2f", report.seconds)) s"
        )
        return report
    }

    /// True when a failure came from the run having been finished by the other workers while
    /// this one still held work (it stalled past its lease, another worker took its chunks
    /// over and did them): nothing is lost, and this worker has nothing left to do.
    private static func wasOutrun(_ runID: RunID, ledger: any SharedLedger, setup: NightlySetup, logger: Logger, error: PipelineError)
        throws
        -> Bool
    {
        guard let run = try? ledger.run(runID), run.status == .finished else { return false }
        logger.warning(
            "worker.outrun: run \(runID) was finished by the other workers while this worker still held work (it stalled past its lease and its chunks were done by another); its last results were not needed: \(error.diagnostics.first?.message ?? "")"
        )
        return true
    }

    /// Registers the inputs and checks that every worker of the run reads the same files
    /// with the same bytes: a worker that sees other files would decide other dossiers.
    private static func registerInputs(_ setup: NightlySetup, runID: RunID, ledger: any SharedLedger, logger: Logger) throws {
        let hashes = try setup.registerInputs(runID, in: ledger, logger: logger)
        let registered = try setup.ledgerCall { try ledger.inputFiles(in: runID) }
        var problems: [Diagnostic] = []
        for file in registered {
            guard let mine = hashes[file.path] else {
                problems.append(
                    .error(
                        "worker.inputs-differ",
                        "run \(runID) reads \(file.path), which this worker's definition does not give or cannot read",
                        at: SourceLocation(file: file.path)))
                continue
            }
            if mine != file.sha256 {
                problems.append(
                    .error(
                        "worker.input-changed",
                        "\(file.path) has SHA-256 \(mine.prefix(12)) here but \(file.sha256.prefix(12)) for run \(runID): every worker must read the same bytes (shared storage, not copies)",
                        at: SourceLocation(file: file.path)))
            }
        }
        if !problems.isEmpty { throw PipelineError(kind: .io, diagnostics: problems) }
    }

    /// Writes the summary and queues from the ledger and finishes the run.
    private static func finish(
        _ setup: NightlySetup, runID: RunID, ledger: any SharedLedger, context: RunContext, started: Date, logger: Logger
    ) throws -> NightlyReport {
        let spill = try setup.ledgerCall { try BatchSpill() }
        defer { spill.remove() }
        let built = try setup.ledgerCall {
            try LedgerRunSummary.build(
                runID, ledger: ledger, context: context, formats: setup.writesPackets ? setup.packetFormats : [], spill: spill,
                writer: setup.writer)
        }
        var report = built.report(runID: runID, output: setup.writer.root)
        for id in built.repeated {
            logger.warning(
                "run.repeated-dossier: dossier \(id) comes more than once in run \(runID); the one recorded last stands, which among workers is not always the later one in input order",
                metadata: [LogMetadata.diagnostic: "run.repeated-dossier"])
        }
        report.inputs = setup.files.count
        try setup.writeBatchFiles(summary: built.summary, queues: built.queues, run: runID, in: ledger, counts: report.counts)
        report.seconds = Date().timeIntervalSince(started)
        try setup.ledgerCall { try ledger.finishRun(runID, status: .finished, counts: report.counts) }
        logger.info("run \(runID) finished: \(report.processed) decided, \(report.skipped) unchanged, \(report.quarantined) quarantined")
        return report
    }
}

extension WorkerRun {
    /// This worker's share of the intake: the runner, the claims and the recording wired
    /// together for one pass over the inputs.
    struct Share {
        let setup: NightlySetup
        let request: WorkerRequest
        let ledger: any SharedLedger
        let runID: RunID
        let chunkSize: Int
        let step: NightlyStep
        let recorder: NightlyRecorder

        /// Reads the inputs (only the files of `only`, when given) and handles the items of
        /// the chunks it claims (or of `only`); returns the chunks claimed and the input
        /// problems met.
        func process(only: Set<WorkChunk>?) throws -> (claimed: Int, inputProblems: Int) {
            let claims = ChunkClaims(
                ledger: ledger, runID: runID, workerID: request.workerID, chunkSize: chunkSize,
                leaseSeconds: request.leaseSeconds, only: only)
            let completion = ChunkCompletion(
                ledger: ledger, runID: runID, workerID: request.workerID, chunkSize: chunkSize, recorder: recorder)
            let files = only.map { chunks in setup.files.filter { file in chunks.contains { $0.file == file } } } ?? setup.files
            var intake = IntakeRunner(
                paths: files, flow: step.flow,
                concurrency: request.concurrency ?? setup.definition.concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
            let step = self.step
            intake.unchanged = { id, hash in step.isUnchanged(id: id, contentHash: hash) }
            intake.admit = { claims.admit($0) }
            // The bytes read are shown for the first pass, over every input.
            if only == nil { intake.progress = request.progress }
            let summary = intake.run(transform: step.work, emit: { completion.take($0, at: $1) })
            completion.finish()
            if let failure = claims.failure {
                throw PipelineError(
                    kind: .io,
                    diagnostics: [
                        .error(
                            "ledger.failure", "cannot claim work: \(failure)",
                            at: SourceLocation(file: LedgerLocation.redacted(setup.ledgerLocation)))
                    ])
            }
            if let fatal = recorder.fatal {
                throw PipelineError(kind: .io, diagnostics: [fatal])
            }
            return (claims.claimed, summary.inputProblems)
        }
    }
}
