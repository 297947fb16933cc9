import Catalogue
import DossierModel
import Foundation
import Hashing
import Ledger
import Logging
import Packets
import PostgresLedger

/// What a nightly run and a shared-run worker both start from: the pipeline definition
/// loaded and linted, the review references loaded, the output folder ready and the inputs
/// expanded. Opening the ledger is separate, because the two need different ledgers.
struct NightlySetup: Sendable {
    var definition: PipelineDefinition
    var engine: ReviewEngine
    var writer: AtomicFileWriter
    /// The input files, expanded from the definition's patterns, in the order they are read.
    var files: [String]
    /// Where the ledger is: the definition's `ledger`, or the command line's override.
    var ledgerLocation: String

    /// Loads everything a run needs; throws a `PipelineError` (exit 65 for the definition or a
    /// reference file, 74 for the output folder).
    static func load(definitionPath: String, today: CalendarDate, ledger override: String? = nil) throws -> NightlySetup {
        let definition = try PipelineDefinition.forRun(path: definitionPath)
        if definition.reclassify != nil {
            throw PipelineError(
                kind: .definition,
                diagnostics: [
                    .error(
                        "run.reclassify-definition",
                        "this definition re-classifies the ledger: run it with `outbound reclassify \(definitionPath)`",
                        at: definition.reference.location)
                ])
        }
        let engine: ReviewEngine
        do {
            engine = try ReviewEngine.load(definition.reviewPaths, today: today)
        } catch let error as ReviewSetupError {
            throw PipelineError(kind: .definition, diagnostics: error.diagnostics)
        }
        let writer = try definition.outputWriter()
        let files = try InputPaths.files(definition.inputs)
        return NightlySetup(
            definition: definition, engine: engine, writer: writer, files: files, ledgerLocation: override ?? definition.ledger)
    }

    /// Adds the screening matches reviewers cleared in the workbench to the engine's
    /// allow-list (`ReviewerClearances`).
    mutating func applyReviewerClearances(from ledger: any LedgerStore) throws {
        let engine = self.engine
        let location = ledgerLocation
        self.engine = try ledgerCall { try ReviewerClearances.apply(to: engine, ledger: ledger, location: location) }
    }

    /// True when the ledger is a PostgreSQL URL.
    var isPostgreSQL: Bool { LedgerLocation.isPostgreSQL(ledgerLocation) }

    /// Opens the ledger: a SQLite file (its folder created) or a PostgreSQL server.
    func openLedger(logger: Logger) throws -> any LedgerStore {
        if isPostgreSQL { return try openSharedLedger(logger: logger) }
        let path = LedgerLocation.sqlitePath(ledgerLocation) ?? ledgerLocation
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        return try ledgerCall { try SQLiteLedger(path: path) }
    }

    /// Opens the PostgreSQL ledger that workers share; a SQLite ledger cannot be shared.
    func openSharedLedger(logger: Logger) throws -> any SharedLedger {
        guard isPostgreSQL else {
            throw PipelineError(
                kind: .definition,
                diagnostics: [
                    .error(
                        "worker.ledger-not-shared",
                        "workers share a PostgreSQL ledger (`--ledger postgresql://...`); \(ledgerLocation) is a SQLite file, which `outbound run` uses",
                        at: definition.reference.location)
                ])
        }
        return try ledgerCall { try PostgreSQLLedger(url: ledgerLocation, logger: logger) }
    }

    /// The context written into every packet and the summary.
    func context(runID: RunID, generatedAt: String) -> RunContext {
        RunContext(runID: runID.description, generatedAt: generatedAt, outboundVersion: outboundVersion)
    }

    /// Registers every input file with the run; returns their SHA-256 by path. A file that
    /// cannot be read is left to the reader, which reports it as an input problem.
    @discardableResult
    func registerInputs(_ run: RunID, in ledger: any LedgerStore, logger: Logger) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for file in files {
            let size = ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.int64Value ?? 0
            guard let hash = try? ContentHash.sha256(file: file) else { continue }
            hashes[file] = hash
            let earlier = try ledgerCall { try ledger.registerInputFile(run, path: file, size: size, sha256: hash) }
            if !earlier.isEmpty {
                logger.info("input \(file) was read before, unchanged, in run \(earlier.map(\.description).joined(separator: ", "))")
            }
        }
        return hashes
    }

    /// The flow of the run's dossiers: read with the definition's limits, decided with the
    /// engine, rendered into packets when the stages reach `packets`.
    /// `lines: false` leaves `packets.jsonl` out (a shared run's finisher writes it from the
    /// ledger).
    func flow(context: RunContext, lines: Bool = true) -> DossierFlow {
        var formats = packetFormats
        if !lines { formats.remove(.jsonl) }
        return DossierFlow(
            reading: definition.extractOptions, engine: engine,
            rendering: writesPackets ? PacketRendering(run: context, formats: formats) : nil)
    }

    /// The packet formats the definition asks for.
    var packetFormats: Set<PacketFormat> { Set(definition.packets.formats.compactMap(PacketFormat.init(rawValue:))) }

    /// True when the run writes `packets.jsonl`.
    var writesLines: Bool { writesPackets && packetFormats.contains(.jsonl) }

    var writesPackets: Bool { definition.stages.contains(.packets) }

    /// Writes the summary and queues when the definition's stages reach packets; when that
    /// fails, marks the run failed in the ledger and throws `run.write` (exit 74).
    func writeBatchFiles(summary: SummaryBuilder, queues: QueueBuilder, run runID: RunID, in ledger: any LedgerStore, counts: [String: Int])
        throws
    {
        guard writesPackets else { return }
        do {
            try NightlyRun.writeBatchFiles(summary: summary, queues: queues, settings: definition.packets, writer: writer)
        } catch {
            try? ledger.finishRun(runID, status: .failed, counts: counts)
            throw PipelineError(
                kind: .io,
                diagnostics: [.error("run.write", "cannot write the summary or queues: \(error)", at: SourceLocation(file: writer.root))])
        }
    }

    /// Runs a ledger operation, turning its error into a run failure (exit 74).
    func ledgerCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(
                kind: .io,
                diagnostics: [.error("ledger.failure", "\(error)", at: SourceLocation(file: LedgerLocation.redacted(ledgerLocation)))])
        }
    }
}
