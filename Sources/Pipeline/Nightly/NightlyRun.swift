import Catalogue
import DossierModel
import Extract
import Foundation
import Hashing
import Ledger
import Logging
import OutboundCompression
import Packets

/// The nightly intake (`outbound run`): reads every input of a pipeline definition, decides
/// every new or changed dossier on the intake threads, writes its packets, records it in the ledger,
/// skips the dossiers unchanged since an earlier run, and writes the batch summary and the
/// authority queues.
public enum NightlyRun {
    /// Runs the definition; throws a `PipelineError` for a problem fatal to the run (a bad
    /// definition or reference file, the ledger or the output folder failing).
    public static func run(_ request: NightlyRequest, logger: Logger) throws -> NightlyReport {
        let started = Date()
        var setup = try NightlySetup.load(definitionPath: request.definitionPath, today: request.today)
        let definition = setup.definition
        let writer = setup.writer
        let files = setup.files
        let ledger = try setup.openLedger(logger: logger)
        try setup.applyReviewerClearances(from: ledger)
        let runID = try setup.ledgerCall {
            try ledger.beginRun(pipelineID: definition.id, outboundVersion: outboundVersion, generatedAt: request.generatedAt)
        }
        logger.info(
            "run \(runID) of \(definition.id): \(files.count) inputs, output \(definition.output), ledger \(LedgerLocation.redacted(setup.ledgerLocation))"
        )
        try setup.registerInputs(runID, in: ledger, logger: logger)

        let context = setup.context(runID: runID, generatedAt: request.generatedAt)
        let flow = setup.flow(context: context)
        let step = NightlyStep(flow: flow, ledger: ledger, run: context, writer: writer)
        let progress = request.progress
        let recorder = try setup.ledgerCall {
            try NightlyRecorder(
                ledger: ledger, runID: runID, writer: writer, run: context, batchSize: request.batchSize, logger: logger,
                progress: progress,
                writesLines: setup.writesLines)
        }
        defer { recorder.close() }
        var intake = IntakeRunner(
            paths: files, flow: flow,
            concurrency: request.concurrency ?? definition.concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
        intake.unchanged = { id, hash in step.isUnchanged(id: id, contentHash: hash) }
        intake.progress = progress
        let summary = intake.run(transform: step.work, emit: recorder.take)
        recorder.flush()
        progress?.finish()

        var report = recorder.finalReport()
        report.inputs = summary.inputs
        report.inputProblems = summary.inputProblems
        if let fatal = recorder.fatal {
            try? ledger.finishRun(runID, status: .failed, counts: report.counts)
            throw PipelineError(kind: .io, diagnostics: [fatal])
        }
        do {
            try recorder.publishLines()
        } catch {
            try? ledger.finishRun(runID, status: .failed, counts: report.counts)
            throw PipelineError(
                kind: .io,
                diagnostics: [.error("run.write", "cannot write \(PacketPaths.jsonl): \(error)", at: SourceLocation(file: writer.root))])
        }
        try setup.writeBatchFiles(summary: recorder.summary, queues: recorder.queues, run: runID, in: ledger, counts: report.counts)
        report.seconds = Date().timeIntervalSince(started)
        try setup.ledgerCall { try ledger.finishRun(runID, status: .finished, counts: report.counts) }
        logger.info(
            "run \(runID) finished: \(report.processed) decided, \(report.skipped) unchanged, \(report.quarantined) quarantined, \(report.inputProblems) input problems in \(String(format: "%.2f", report.seconds)) s"
        )
        return report
    }

    /// `summary.json`, `summary.html` and one queue file per authority and format, each
    /// written as its rows are read back from the builders' stores.
    static func writeBatchFiles(
        summary: SummaryBuilder, queues: QueueBuilder, settings: PipelineDefinition.PacketSettings, writer: AtomicFileWriter
    ) throws {
        if settings.summary.contains("json") { try writer.write(to: "summary.json") { try SummaryJSON.write(summary, into: &$0) } }
        if settings.summary.contains("html") { try writer.write(to: "summary.html") { try SummaryHTML.write(summary, into: &$0) } }
        try queues.forEachQueue { queue, rows in
            if settings.queues.contains("csv") {
                try writer.write(to: "queues/" + queue.csvFileName) { try QueueFiles.writeCSV(rows, into: &$0) }
            }
            if settings.queues.contains("jsonl") {
                try writer.write(to: "queues/" + queue.jsonLinesFileName) {
                    try QueueFiles.writeJSONLines(authorityID: queue.authorityID, rows, into: &$0)
                }
            }
        }
    }
}

extension NightlyRun {
    /// Runs a ledger operation of `definition`'s ledger, turning its error into a run failure
    /// (exit 74).
    static func ledgerCall<T>(_ definition: PipelineDefinition, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw PipelineError(
                kind: .io,
                diagnostics: [.error("ledger.failure", "\(error)", at: SourceLocation(file: LedgerLocation.redacted(definition.ledger)))])
        }
    }
}

extension NightlyReport {
    /// The counts recorded with the run in the ledger.
    var counts: [String: Int] {
        var counts = [
            "inputs": inputs, "input-problems": inputProblems, "processed": processed, "skipped": skipped,
            "quarantined": quarantined, "repeated": repeated, "packets": packetsWritten,
        ]
        for (outcome, count) in byOutcome { counts["outcome." + outcome] = count }
        return counts
    }
}

extension PipelineDefinition {
    /// The reader options with the definition's limits.
    var extractOptions: ExtractOptions {
        var archive = ArchiveLimits()
        if let value = limits.memberBytes { archive.maxMemberSize = value }
        if let value = limits.totalBytes { archive.maxTotalSize = value }
        if let value = limits.ratio { archive.maxRatio = value }
        if let value = limits.members { archive.maxMemberCount = value }
        if let value = limits.nestingDepth { archive.maxNestingDepth = value }
        var options = ExtractOptions(limits: archive)
        if let value = limits.recordBytes { options.maxRecordBytes = value }
        return options
    }
}

extension ReferenceUse {
    /// The file as a diagnostic location.
    var location: SourceLocation { SourceLocation(file: path) }
}
