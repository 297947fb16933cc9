import DossierModel
import Foundation
import Hashing
import Ledger
import Packets

/// The nightly's step for one dossier, on an intake thread: skip an unchanged dossier, else
/// take it through the rest of the `flow` (decide, render) and write its packets (atomically,
/// before the recorder records them in the ledger), so that the expensive work runs on every
/// intake thread.
struct NightlyStep: Sendable {
    /// Decides with its engine; renders when the definition's stages reach `packets`.
    let flow: DossierFlow
    let ledger: any LedgerStore
    let run: RunContext
    let writer: AtomicFileWriter
    /// What the pre-parse check looked up, for `work` to use instead of asking again.
    let lookups = LedgerLookups()
    /// The contexts of the runs whose packets are rendered again.
    let runs = RunContexts()

    var output: String { writer.root }

    /// The flow's review engine (a nightly flow always has one).
    var engine: ReviewEngine { flow.engine! }

    /// True when the run writes a page per dossier.
    var writesPages: Bool { flow.rendering?.writesPages ?? false }

    /// True when the run writes `packets.jsonl`: a line for every dossier it sees, unchanged
    /// ones included (rendered from the ledger as the run that decided them rendered them).
    var writesLines: Bool { flow.rendering?.writesLines ?? false }

    /// Where a dossier's packet goes in this run; nil when the run renders no packets.
    func paths(_ dossierID: String) -> PacketPaths? {
        flow.rendering == nil ? nil : PacketPaths(dossierID: dossierID, html: writesPages)
    }

    /// Renders stored packets for the unchanged dossiers.
    var stored: LedgerPackets { LedgerPackets(ledger: ledger, runs: runs) }

    func work(_ event: IntakeEvent) -> NightlyStepResult {
        switch event {
        case .problem(let diagnostic):
            return .problem(diagnostic)
        case .unchanged(let id, let hash, let location):
            // Recognised before parsing by `isUnchanged`: reuse the stored decision.
            do {
                if let state = try lookups.take(id, hash) ?? ledger.state(of: id), let decision = state.decision,
                    decision.key.contentHash == hash
                {
                    let line = writesLines ? try stored.render(state, html: nil)?.json : nil
                    return .skipped(try decision.decoded(), decision.key, paths(id), line: line)
                }
            } catch {
                return .failed(.error("ledger.read", "\(error)", at: location, dossier: id))
            }
            return .failed(
                .error("run.skip-lost", "dossier \(id) was recognised as unchanged but its decision is gone", at: location, dossier: id))
        case .record(.quarantine(let quarantine)):
            let decision = Decision.quarantined(quarantine, version: outboundVersion)
            if let id = quarantine.dossierId, let hash = quarantine.contentHash,
                let state = try? ledger.state(of: id), state.isUnchanged(contentHash: hash), state.outcome == .quarantined,
                !recordedInThisRun(state)
            {
                do {
                    let line = writesLines ? try stored.render(state, html: nil)?.json : nil
                    return .skipped(decision, nil, paths(id), line: line)
                } catch {
                    return .failed(.error("ledger.read", "\(error)", at: quarantine.location, dossier: id))
                }
            }
            let paths = quarantine.dossierId.flatMap { self.paths($0) }
            do {
                return .decided(
                    NightlyStepResult.Decided(
                        decision: decision, result: .quarantined(quarantine), key: nil, paths: paths,
                        packet: try write(decision, dossier: nil, paths: paths), warnings: []))
            } catch {
                return .failed(
                    .error(
                        "run.write", "cannot write the packets of \(quarantine.dossierId ?? "a quarantined dossier"): \(error)",
                        at: SourceLocation(file: output)))
            }
        case .record(.dossier(let dossier)):
            guard let hash = dossier.contentHash else {
                return .failed(.error("run.no-content-hash", "dossier \(dossier.id) has no content hash", at: dossier.source))
            }
            let key = DossierKey(dossierID: dossier.id, contentHash: hash)
            let paths = self.paths(dossier.id)
            do {
                if let state = try lookups.take(dossier.id, hash) ?? ledger.state(of: dossier.id), state.isUnchanged(contentHash: hash),
                    !recordedInThisRun(state),
                    let stored = state.decision, engine.isCurrent(stored.references),
                    hasPage(state, paths),
                    let decision = try? stored.decoded()
                {
                    // The stored decision stands; its line of packets.jsonl is rendered from the
                    // ledger, as `outbound packet` renders it (the stored version, whose source
                    // may be another file than the copy in hand).
                    let line = writesLines ? try self.stored.render(state, html: nil)?.json : nil
                    return .skipped(decision, key, paths, line: line)
                }
            } catch {
                return .failed(.error("ledger.read", "\(error)", at: dossier.source, dossier: dossier.id))
            }
            let decision = flow.decide(dossier)
            let version: DossierVersion
            let entry: DecisionEntry
            do {
                version = DossierVersion(key: key, filed: dossier.filed, body: try LedgerBlobCodec.encode(dossier))
                entry = DecisionEntry(
                    outcome: decision.outcome, catalogueID: decision.catalogueID,
                    references: decision.audit.references, body: try LedgerBlobCodec.encode(decision),
                    hits: DecisionHitKey.keys(of: decision))
            } catch {
                return .failed(.error("run.encode", "dossier \(dossier.id) could not be encoded: \(error)", at: dossier.source))
            }
            do {
                return .decided(
                    NightlyStepResult.Decided(
                        decision: decision, result: .decided(version, entry), key: key, paths: paths,
                        packet: try write(decision, dossier: dossier, paths: paths),
                        warnings: dossier.diagnostics.filter { $0.severity >= .warning }))
            } catch {
                return .failed(.error("run.write", "cannot write the packets of \(dossier.id): \(error)", at: SourceLocation(file: output)))
            }
        }
    }

    /// The check the intake asks before parsing a record: true when the ledger's current
    /// decision for `id` was made on these bytes with the reference files loaded now, and its
    /// packets are on disk.
    func isUnchanged(id: String, contentHash: String) -> Bool {
        let looked: DossierState?
        do {
            looked = try ledger.state(of: id)
        } catch {
            return false  // `work` asks again, and reports the failure
        }
        lookups.put(id, contentHash, looked)
        guard let state = looked, state.isUnchanged(contentHash: contentHash), !recordedInThisRun(state),
            let stored = state.decision, engine.isCurrent(stored.references)
        else { return false }
        return hasPage(state, paths(id))
    }

    /// True when the newest record of `state` was made by this run: a dossier that comes
    /// again later in the same run (sent twice, or in a chunk taken over from a stopped worker
    /// of a shared run) is decided again, never skipped. The ledger writes run beside the
    /// intake threads, so whether the earlier copy is recorded when the later one is looked up
    /// depends on timing; deciding again (the same bytes give the same decision, and
    /// recording it again is a no-op) keeps what the run reports independent of it.
    func recordedInThisRun(_ state: DossierState) -> Bool {
        switch state.latest {
        case .decided(let decision): decision.runID.description == run.runID
        case .quarantined(let quarantine): quarantine.runID.description == run.runID
        }
    }

    /// Renders a decision's packet and writes its page; returns what the recorder takes.
    func write(_ decision: Decision, dossier: Dossier?, paths: PacketPaths?) throws -> NightlyStepResult.Packet? {
        guard let paths, let packet = try flow.render(decision, dossier: dossier, at: paths) else { return nil }
        var page: (path: String, sha256: String)?
        if let (path, bytes) = packet.page {
            try writer.write(bytes, to: path)
            page = (path, ContentHash.sha256(bytes))
        }
        return NightlyStepResult.Packet(line: writesLines ? packet.json : nil, page: page)
    }

    /// True when the run writes no pages, or the current decision's page (at the path this
    /// layout gives it) was recorded and is on disk.
    func hasPage(_ state: DossierState, _ paths: PacketPaths?) -> Bool {
        guard writesPages, let html = paths?.html else { return true }
        return state.packets.contains { $0.entry.kind == .html && $0.entry.path == html }
            && FileManager.default.fileExists(atPath: output + "/" + html)
    }
}
