import Catalogue
import DossierModel
import Foundation
import Hashing
import Ledger
import Packets

/// The re-classification's step for one stored dossier, on one of its threads: apply the
/// plan (scan its match text when needed), re-decide it when selected, compare with the
/// stored decision, and for a changed one encode the new decision and write its packets with
/// the "what changed" section, so the expensive work runs on every thread.
struct ReclassifyStep: Sendable {
    let plan: ReclassifyPlan
    /// Decides with the plan's engine; renders the packets of a changed dossier.
    let flow: DossierFlow
    let writer: AtomicFileWriter

    init(plan: ReclassifyPlan, run: RunContext, formats: Set<PacketFormat>, writer: AtomicFileWriter) {
        self.plan = plan
        flow = DossierFlow(engine: plan.engine, rendering: formats.isEmpty ? nil : PacketRendering(run: run, formats: formats))
        self.writer = writer
    }

    /// What the worker did with one stored dossier.
    struct Result: Sendable {
        /// Why it was re-evaluated; empty when it was not.
        var reasons: [ReclassifyReason] = []
        /// Set when the decision changed.
        var changed: Changed?
        /// A match text computed now, to store.
        var newText: (key: DossierKey, body: EncodedBlob)?
        /// A problem fatal to the run (a blob that cannot be decoded, a packet not written).
        var failure: PipelineError?
    }

    struct Changed: Sendable {
        var change: ReclassifyChange
        var result: LedgerResult
        var packets: [PacketEntry]
        /// The packet's line of `reclassify-packets.jsonl`, when the run writes that file.
        var line: [UInt8]?
    }

    func work(_ stored: StoredDossier, text storedText: EncodedBlob?) -> Result {
        var result = Result()
        var dossier: Dossier?
        do {
            switch plan.select(stored) {
            case .keep:
                return result
            case .reevaluate(let reasons):
                result.reasons = reasons
            case .scan:
                guard let scanner = plan.scanner else { return result }
                let text: ReclassifyText
                if let storedText {
                    text = try ReclassifyText(blob: storedText)
                } else {
                    let decoded = try LedgerBlobCodec.decode(Dossier.self, stored.version.body)
                    dossier = decoded
                    text = ReclassifyText(decoded)
                    result.newText = (stored.version.key, try text.blob)
                }
                guard scanner.matches(text) else { return result }
                result.reasons = [.text]
            }
            let current = try dossier ?? LedgerBlobCodec.decode(Dossier.self, stored.version.body)
            let old = try stored.decision.decoded()
            let new = flow.decide(current)
            guard Self.substance(new) != Self.substance(old) else { return result }
            let paths = flow.rendering.map { PacketPaths(dossierID: current.id, html: $0.writesPages) }
            let change = ReclassifyChange(
                old: old, new: new, reasons: result.reasons.map(\.rawValue), previousRun: stored.decision.runID.description,
                since: plan.catalogues.new.id, packet: paths)
            let entry = DecisionEntry(
                outcome: new.outcome, catalogueID: new.catalogueID, references: new.audit.references,
                body: try LedgerBlobCodec.encode(new), hits: DecisionHitKey.keys(of: new), change: change)
            var packets: [PacketEntry] = []
            var line: [UInt8]?
            if let paths, let packet = try flow.render(new, dossier: current, at: paths, change: change) {
                if let (path, bytes) = packet.page {
                    try writer.write(bytes, to: path)
                    packets.append(PacketEntry(key: stored.version.key, kind: .html, path: path, sha256: ContentHash.sha256(bytes)))
                }
                if flow.rendering?.writesLines == true { line = packet.json }
            }
            result.changed = Changed(change: change, result: .decided(stored.version, entry), packets: packets, line: line)
        } catch {
            result.failure = PipelineError(
                kind: .io,
                diagnostics: [
                    .error(
                        "reclassify.dossier", "dossier \(stored.version.key): \(error)", at: SourceLocation(file: "(ledger)"),
                        dossier: stored.version.key.dossierID)
                ])
        }
        return result
    }

    /// A decision without what only records how it was made (the files' paths and hashes,
    /// the Outbound version): two decisions with the same substance say the same thing.
    static func substance(_ decision: Decision) -> Decision {
        var decision = decision
        decision.audit.references = []
        decision.audit.version = ""
        return decision
    }

    /// `transform` applied to every item on up to `jobs` threads, results in input order.
    static func parallelMap<Item: Sendable, Output: Sendable>(_ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Output)
        -> [Output]
    {
        guard !items.isEmpty else { return [] }
        let box = ResultBox<Output>(count: items.count)
        let next = ResultBox<Int>(count: 0)
        let threads = max(1, min(jobs, items.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = next.claim(below: items.count) {
                box.set(index, transform(items[index]))
            }
        }
        return box.values()
    }
}
