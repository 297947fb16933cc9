import DossierModel
import Foundation
import Hashing
import Ledger
import Logging
import Packets

/// The recorder side of a nightly run, fed in input order from one thread at a time: records
/// the decisions and the pages the intake threads wrote in the ledger in batches (one
/// transaction each), writes the run's `packets.jsonl` a line per dossier in input order,
/// and builds the summary and the queues, whose rows it keeps in a `BatchSpill` on disk so
/// that its memory does not grow with the batch.
///
/// Workers write a dossier's packets before the recorder records them, so a decision in the
/// ledger always has its packets on disk; a crash in between only means the dossier is done
/// again, with the same bytes.
///
/// The ledger writes run on a `LedgerWriteQueue`, a batch at a time and in order, beside the
/// intake threads; `flush` waits for them. A write that fails makes the run fail (`fatal`), and
/// nothing after it is written.
final class NightlyRecorder: @unchecked Sendable {
    private let ledger: any LedgerStore
    private let runID: RunID
    private let writer: AtomicFileWriter
    private let batchSize: Int
    private let logger: Logger
    private let progress: (any RunProgress)?
    private var pendingResults: [LedgerResult] = []
    private var pendingPackets: [PacketEntry] = []
    private var pendingSkips: [DossierKey] = []
    private let writes = LedgerWriteQueue(label: "outbound-ledger-writes")
    private let spill: BatchSpill
    private(set) var summary: SummaryBuilder
    private(set) var queues: QueueBuilder
    private(set) var report: NightlyReport
    private let fatalLock = NSLock()
    private var firstFatal: Diagnostic?
    /// The run's `packets.jsonl`, published by `publishLines`; nil when the run writes none.
    private let lines: StreamingFile?

    /// Opens the spill; `close` removes it.
    init(
        ledger: any LedgerStore, runID: RunID, writer: AtomicFileWriter, run: RunContext, batchSize: Int, logger: Logger,
        progress: (any RunProgress)?, writesLines: Bool
    ) throws {
        self.ledger = ledger
        self.runID = runID
        self.writer = writer
        self.batchSize = batchSize
        self.logger = logger
        self.progress = progress
        spill = try BatchSpill()
        summary = SummaryBuilder(run: run, store: spill)
        queues = QueueBuilder(store: spill)
        report = NightlyReport(runID: run.runID, output: writer.root)
        lines = writesLines ? try StreamingFile(PacketPaths.jsonl, in: writer) : nil
    }

    /// Removes the spill; the summary and queues are gone with it. An unpublished
    /// `packets.jsonl` is dropped.
    func close() {
        spill.remove()
        lines?.discard()
    }

    /// Puts the run's `packets.jsonl` in place (once everything is taken and recorded).
    func publishLines() throws {
        try lines?.publish()
    }

    /// Appends a packet's line to `packets.jsonl`; returns its number.
    private func append(_ line: [UInt8]?) -> Int? {
        guard let lines, let line else { return nil }
        do {
            return try lines.appendLine(line)
        } catch {
            fail(.error("run.write", "cannot write \(PacketPaths.jsonl): \(error)", at: SourceLocation(file: writer.root)))
            return nil
        }
    }

    /// The first problem fatal to the run; once set, nothing more is written. Set by the
    /// thread feeding the recorder or by the ledger writes.
    var fatal: Diagnostic? {
        fatalLock.lock()
        defer { fatalLock.unlock() }
        return firstFatal
    }

    /// Stops the recording for a problem found outside it (a shared run's chunk bookkeeping).
    func fail(_ diagnostic: Diagnostic) {
        fatalLock.lock()
        defer { fatalLock.unlock() }
        if firstFatal == nil { firstFatal = diagnostic }
    }

    /// Takes the result of one intake item.
    func take(_ work: NightlyStepResult) {
        guard fatal == nil else { return }
        switch work {
        case .problem(let diagnostic):
            report.inputProblems += 1
            logger.error("\(diagnostic.description)")
        case .failed(let diagnostic):
            fail(diagnostic)
        case .skipped(let decision, let key, var paths, let line):
            if let key { pendingSkips.append(key) }
            paths?.line = append(line)
            add(decision, packet: paths, processing: .skipped)
            progress?.dossier(quarantined: decision.outcome == .quarantined, skipped: true)
        case .decided(let decided):
            take(decided)
        }
        if pendingResults.count + pendingSkips.count >= batchSize { handOver() }
    }

    private func take(_ decided: NightlyStepResult.Decided) {
        let decision = decided.decision
        for warning in decided.warnings { logger.warning("\(warning.description)", metadata: LogMetadata.reporting(warning)) }
        if let quarantine = decision.quarantine {
            for diagnostic in quarantine.diagnostics { logger.error("\(diagnostic.description)") }
        }
        var paths = decided.paths
        if let packet = decided.packet {
            report.packetsWritten += 1
            if let key = decided.key, let page = packet.page {
                pendingPackets.append(PacketEntry(key: key, kind: .html, path: page.path, sha256: page.sha256))
            }
            paths?.line = append(packet.line)
        }
        pendingResults.append(decided.result)
        add(decision, packet: paths, processing: .processed)
        progress?.dossier(quarantined: decision.quarantine != nil, skipped: false)
    }

    /// Adds a decision to the summary and the queues, and warns when its dossier id came
    /// before in this run (a resent dossier): the later one is kept, in the summary as in the
    /// ledger.
    private func add(_ decision: Decision, packet: PacketPaths?, processing: SummaryBuilder.Processing) {
        let replaced: Bool
        do {
            replaced = try summary.add(decision, packet: packet, processing: processing)
            try queues.add(decision, packet: packet, processing: processing)
        } catch {
            fail(.error("run.spill", "cannot keep the summary rows in a temporary file: \(error)", at: SourceLocation(file: writer.root)))
            return
        }
        guard replaced, decision.quarantine == nil || decision.quarantine?.dossierId != nil else { return }
        report.repeated += 1
        logger.warning(
            "run.repeated-dossier: dossier \(decision.dossierID) comes more than once in this run; the later one is kept\(decision.quarantine.map { " (quarantined at \($0.location))" } ?? "")",
            metadata: [LogMetadata.diagnostic: "run.repeated-dossier"])
    }

    /// The run's report, its counts taken from the summary (one per dossier id).
    func finalReport() -> NightlyReport {
        var report = self.report
        report.takeCounts(from: summary)
        return report
    }

    /// Records everything pending in the ledger and waits until it is written (or the run
    /// has failed).
    func flush() {
        handOver()
        writes.wait()
    }

    /// Runs `operation` on the ledger once everything taken so far is recorded, unless the run
    /// has failed by then; an error it throws fails the run with `failure(error)`. Does not
    /// wait (`flush` does).
    func afterRecording(
        _ operation: @escaping @Sendable (any LedgerStore) throws -> Void, failure: @escaping @Sendable (any Error) -> Diagnostic
    ) {
        handOver()
        let ledger = self.ledger
        writes.async { [self] in
            guard fatal == nil else { return }
            do {
                try operation(ledger)
            } catch {
                fail(failure(error))
            }
        }
    }

    /// Hands the pending results, their pages and the skips to the ledger writes, to be
    /// recorded in one transaction.
    private func handOver() {
        guard fatal == nil, !(pendingResults.isEmpty && pendingPackets.isEmpty && pendingSkips.isEmpty) else { return }
        let results = pendingResults
        let packets = pendingPackets
        let skips = pendingSkips
        pendingResults.removeAll(keepingCapacity: true)
        pendingPackets.removeAll(keepingCapacity: true)
        pendingSkips.removeAll(keepingCapacity: true)
        let ledger = self.ledger
        let runID = self.runID
        let root = writer.root
        writes.async { [self] in
            guard fatal == nil else { return }
            do {
                try ledger.record(results, packets: packets, skipped: skips, in: runID)
            } catch {
                fail(.error("ledger.write", "\(error)", at: SourceLocation(file: root)))
            }
        }
    }
}
