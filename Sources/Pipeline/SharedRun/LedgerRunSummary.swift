import DossierModel
import Foundation
import Ledger
import Packets

/// The summary and queues of a run rebuilt from what the ledger recorded for it, for a run
/// whose dossiers were decided by several worker processes: every dossier version the run
/// decided or found unchanged, with the decision that stands for it, and every quarantine
/// the run recorded. When the run writes `packets.jsonl`, its lines are rendered from the
/// ledger in the same order, each as the run that decided it rendered it.
struct LedgerRunSummary {
    var summary: SummaryBuilder
    var queues: QueueBuilder
    /// Dossier ids the run recorded more than once (two versions, or a version and a
    /// quarantine), sorted.
    var repeated: [String]

    /// Reads the run from the ledger in pages of `pageSize` dossier versions and ids,
    /// holding one page at a time; the rows go to `spill`. `formats` are the packet formats
    /// the run writes (none when it stops before packets); `packets.jsonl` is written to
    /// `writer` and published when the summary is whole.
    static func build(
        _ runID: RunID, ledger: any LedgerStore, context: RunContext, formats: Set<PacketFormat>, spill: BatchSpill,
        writer: AtomicFileWriter, pageSize: Int = 500
    ) throws -> LedgerRunSummary {
        var summary = SummaryBuilder(run: context, store: spill)
        var queues = QueueBuilder(store: spill)
        let renders = !formats.isEmpty
        let lines = formats.contains(.jsonl) ? try StreamingFile(PacketPaths.jsonl, in: writer) : nil
        defer { lines?.discard() }
        let stored = LedgerPackets(ledger: ledger)
        func paths(_ id: String) -> PacketPaths? {
            renders ? PacketPaths(dossierID: id, html: formats.contains(.html)) : nil
        }

        // Each dossier id once, with whether the run decided a version of it (processed) or
        // only found versions unchanged (skipped), in the ledger's order, which keeps the
        // versions of an id together.
        var ids: [(id: String, processing: SummaryBuilder.Processing)] = []
        func addDecisions() throws {
            let states = try ledger.states(of: ids.map(\.id))
            for (id, processing) in ids {
                guard let state = states[id], let current = state.decision else { continue }
                let decision = try current.decoded()
                var paths = paths(id)
                if let lines {
                    paths?.line = try lines.appendLine(try stored.render(current, version: state.version, html: nil).json)
                }
                try summary.add(decision, packet: paths, processing: processing)
                try queues.add(decision, packet: paths, processing: processing)
            }
            ids.removeAll(keepingCapacity: true)
        }
        var current: (id: String, processing: SummaryBuilder.Processing)?
        var after: DossierKey?
        while true {
            let page = try ledger.dossiers(in: runID, after: after, limit: pageSize)
            for dossier in page {
                let processing: SummaryBuilder.Processing = dossier.disposition == .decided ? .processed : .skipped
                if current?.id == dossier.key.dossierID {
                    // A dossier id decided in the run counts as processed even if another
                    // version of it was found unchanged.
                    if processing == .processed { current?.processing = .processed }
                    continue
                }
                if let done = current {
                    ids.append(done)
                    if ids.count >= pageSize { try addDecisions() }
                }
                current = (dossier.key.dossierID, processing)
            }
            guard page.count == pageSize, let last = page.last else { break }
            after = last.key
        }
        if let done = current { ids.append(done) }
        try addDecisions()

        for quarantine in try ledger.quarantines(in: runID) {
            let decision = Decision.quarantined(quarantine.quarantine, version: outboundVersion)
            var paths = quarantine.quarantine.dossierId.flatMap(paths)
            if let lines, let packet = try stored.render(quarantine, html: nil) {
                paths?.line = try lines.appendLine(packet.json)
            }
            try summary.add(decision, packet: paths, processing: .processed)
            try queues.add(decision, packet: paths, processing: .processed)
        }
        try lines?.publish()
        return LedgerRunSummary(summary: summary, queues: queues, repeated: try ledger.repeatedDossierIDs(in: runID))
    }

    /// The run's report, its counts taken from the summary, as the single-process run counts.
    func report(runID: RunID, output: String) -> NightlyReport {
        var report = NightlyReport(runID: runID.description, output: output)
        report.repeated = repeated.count
        report.takeCounts(from: summary)
        return report
    }
}

extension NightlyReport {
    /// Takes the dossier counts from a summary (one per dossier id): quarantined, unchanged,
    /// decided (quarantines apart) and per outcome.
    mutating func takeCounts(from summary: SummaryBuilder) {
        let built = summary.counts
        quarantined = built.totals.quarantined
        skipped = built.totals.skipped
        processed = built.totals.processed - summary.processedQuarantined
        byOutcome = Dictionary(uniqueKeysWithValues: built.byOutcome.filter { $0.count > 0 }.map { ($0.key, $0.count) })
    }
}
