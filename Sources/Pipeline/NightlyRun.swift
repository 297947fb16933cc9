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
/// every new or changed dossier on the workers, writes its packets, records it in the ledger,
/// skips the dossiers unchanged since an earlier run, and writes the batch summary and the
/// authority queues.
public enum NightlyRun {
    /// Runs the definition; throws a `NightlyError` for a problem fatal to the run (a bad
    /// definition or reference file, the ledger or the output folder failing).
    public static func run(_ request: NightlyRequest, logger: Logger) throws -> NightlyReport {
        let started = Date()
        let definition: PipelineDefinition
        do {
            definition = try PipelineDefinitionLoader.load(path: request.definitionPath)
        } catch let error as ReferenceFileError {
            throw NightlyError(kind: .definition, diagnostics: [error.diagnostic])
        }
        if definition.reclassify != nil {
            throw NightlyError(kind: .definition, diagnostics: [.error("run.reclassify-definition", "this definition re-classifies the ledger: run it with `outbound reclassify \(request.definitionPath)`", at: definition.reference.location)])
        }
        let engine: ReviewEngine
        do {
            engine = try ReviewEngine.load(definition.reviewPaths, today: request.today)
        } catch let error as ReviewSetupError {
            throw NightlyError(kind: .definition, diagnostics: error.diagnostics)
        }
        let ledger = try openLedger(definition)
        let writer: AtomicFileWriter
        do {
            writer = try AtomicFileWriter(root: definition.output)
        } catch {
            throw NightlyError(kind: .io, diagnostics: [.error("run.output", "cannot create the output folder: \(error)", at: SourceLocation(file: definition.output))])
        }
        let files: [String]
        do {
            files = try InputPaths.expand(definition.inputs)
        } catch {
            throw NightlyError(kind: .io, diagnostics: [.error("run.input", "\(error)", at: SourceLocation(file: request.definitionPath))])
        }

        let runID = try ledgerCall(definition) { try ledger.beginRun(pipelineID: definition.id, outboundVersion: outboundVersion) }
        logger.info("run \(runID) of \(definition.id): \(files.count) inputs, output \(definition.output), ledger \(definition.ledger)")
        for file in files {
            let size = ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.int64Value ?? 0
            guard let hash = try? ContentHash.sha256(file: file) else { continue }
            let earlier = try ledgerCall(definition) { try ledger.registerInputFile(runID, path: file, size: size, sha256: hash) }
            if !earlier.isEmpty { logger.info("input \(file) was read before, unchanged, in run \(earlier.map(\.description).joined(separator: ", "))") }
        }

        let context = RunContext(runID: runID.description, generatedAt: request.generatedAt, outboundVersion: outboundVersion)
        let writesPackets = definition.stages.contains(.packets)
        let formats = Set(definition.packets.formats.compactMap(PacketKind.init(rawValue:)))
        let worker = NightlyWorker(engine: engine, ledger: ledger, run: context, formats: formats, writer: writer, writesPackets: writesPackets)
        let progress = request.progress ? ProgressLine() : nil
        let recorder = NightlyRecorder(ledger: ledger, runID: runID, writer: writer, run: context, batchSize: request.batchSize, logger: logger, progress: progress)
        var intake = IntakeRunner(
            paths: files, options: definition.extractOptions,
            concurrency: request.concurrency ?? definition.concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
        intake.unchanged = { id, hash in worker.isUnchanged(id: id, contentHash: hash) }
        let summary = intake.run(transform: worker.work, emit: recorder.take)
        recorder.flush()
        progress?.finish()

        var report = recorder.finalReport()
        report.inputs = summary.inputs
        report.inputProblems = summary.inputProblems
        if let fatal = recorder.fatal {
            try? ledger.finishRun(runID, status: .failed, counts: report.counts)
            throw NightlyError(kind: .io, diagnostics: [fatal])
        }
        if writesPackets {
            do {
                try writeBatchFiles(recorder, settings: definition.packets, writer: writer)
            } catch {
                try? ledger.finishRun(runID, status: .failed, counts: report.counts)
                throw NightlyError(kind: .io, diagnostics: [.error("run.write", "cannot write the summary or queues: \(error)", at: SourceLocation(file: writer.root))])
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        try ledgerCall(definition) { try ledger.finishRun(runID, status: .finished, counts: report.counts) }
        logger.info("run \(runID) finished: \(report.processed) decided, \(report.skipped) unchanged, \(report.quarantined) quarantined, \(report.inputProblems) input problems in \(String(format: "%.2f", report.seconds)) s")
        return report
    }

    /// `summary.json`, `summary.html` and one queue file per authority and format.
    static func writeBatchFiles(_ recorder: NightlyRecorder, settings: PipelineDefinition.PacketSettings, writer: AtomicFileWriter) throws {
        let summary = recorder.summary.build()
        if settings.summary.contains("json") { try writer.write(try SummaryJSON.render(summary), to: "summary.json") }
        if settings.summary.contains("html") { try writer.write(SummaryHTML.render(summary), to: "summary.html") }
        for queue in recorder.queues.build() {
            if settings.queues.contains("csv") { try writer.write(QueueFiles.csv(queue), to: "queues/" + queue.csvFileName) }
            if settings.queues.contains("jsonl") { try writer.write(try QueueFiles.jsonLines(queue), to: "queues/" + queue.jsonLinesFileName) }
        }
    }

    /// The ledger of the definition, its folder created; PostgreSQL is not available yet.
    static func openLedger(_ definition: PipelineDefinition) throws -> any LedgerStore {
        guard let path = definition.sqlitePath else {
            throw NightlyError(kind: .definition, diagnostics: [.error(
                "run.ledger-unsupported", "a PostgreSQL ledger is not available in this version; use a SQLite file path",
                at: definition.reference.location)])
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        return try ledgerCall(definition) { try SQLiteLedger(path: path) }
    }

    /// Runs a ledger operation, turning its error into a run failure (exit 74).
    static func ledgerCall<T>(_ definition: PipelineDefinition, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw NightlyError(kind: .io, diagnostics: [.error("ledger.failure", "\(error)", at: SourceLocation(file: definition.ledger))])
        }
    }
}

extension NightlyReport {
    /// The counts recorded with the run in the ledger.
    var counts: [String: Int] {
        var counts = ["inputs": inputs, "input-problems": inputProblems, "processed": processed, "skipped": skipped,
                      "quarantined": quarantined, "repeated": repeated, "packets": packetsWritten]
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
