import DossierModel
import Foundation
import Ledger
import Packets

/// The summary and queues of a run rebuilt from what the ledger recorded for it, for a run
/// whose dossiers were decided by several worker processes: every dossier version the run
/// decided or found unchanged, with the decision that stands for it, and every quarantine
/// the run recorded.
struct LedgerRunSummary {
    var summary: SummaryBuilder
    var queues: QueueBuilder
    /// Dossier ids the run recorded more than once (two versions, or a version and a
    /// quarantine), sorted.
    var repeated: [String]

    /// Reads the run from the ledger in pages of `pageSize` dossier ids; the rows go to
    /// `spill`.
    static func build(
        _ runID: RunID, ledger: any LedgerStore, context: RunContext, writesPackets: Bool, spill: BatchSpill, pageSize: Int = 500
    ) throws -> LedgerRunSummary {
        var summary = SummaryBuilder(run: context, store: spill)
        var queues = QueueBuilder(store: spill)
        var processing: [String: SummaryBuilder.Processing] = [:]
        var seen: [String: Int] = [:]
        for dossier in try ledger.dossiers(in: runID) {
            seen[dossier.key.dossierID, default: 0] += 1
            // A dossier id decided in the run counts as processed even if another version of
            // it was found unchanged.
            if dossier.disposition == .decided || processing[dossier.key.dossierID] == nil {
                processing[dossier.key.dossierID] = dossier.disposition == .decided ? .processed : .skipped
            }
        }
        let ids = processing.keys.sorted()
        for start in stride(from: 0, to: ids.count, by: pageSize) {
            let page = Array(ids[start..<min(ids.count, start + pageSize)])
            let states = try ledger.states(of: page)
            for id in page {
                guard let stored = states[id]?.decision else { continue }
                let decision = try NightlyWorker.decode(Decision.self, stored.body)
                let paths = writesPackets ? PacketPaths(dossierID: id) : nil
                try summary.add(decision, packet: paths, processing: processing[id] ?? .processed)
                try queues.add(decision, packet: paths, processing: processing[id] ?? .processed)
            }
        }
        for stored in try ledger.quarantines(in: runID) {
            if let id = stored.quarantine.dossierId { seen[id, default: 0] += 1 }
            let decision = Decision.quarantined(stored.quarantine, version: outboundVersion)
            let paths = writesPackets ? stored.quarantine.dossierId.map { PacketPaths(dossierID: $0) } : nil
            try summary.add(decision, packet: paths, processing: .processed)
            try queues.add(decision, packet: paths, processing: .processed)
        }
        let repeated = seen.filter { $0.value > 1 }.map(\.key).sorted()
        return LedgerRunSummary(summary: summary, queues: queues, repeated: repeated)
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
