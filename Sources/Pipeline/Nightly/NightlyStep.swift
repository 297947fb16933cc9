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

    var output: String { writer.root }

    /// The flow's review engine (a nightly flow always has one).
    var engine: ReviewEngine { flow.engine! }

    /// True when the run writes packets.
    var writesPackets: Bool { flow.rendering != nil }

    /// The packet formats written.
    var formats: Set<PacketKind> { flow.rendering?.formats ?? [] }

    func work(_ event: IntakeEvent) -> NightlyStepResult {
        switch event {
        case .problem(let diagnostic):
            return .problem(diagnostic)
        case .unchanged(let id, let hash, let location):
            // Recognised before parsing by `isUnchanged`: reuse the stored decision.
            do {
                if let state = try lookups.take(id, hash) ?? ledger.state(of: id), let stored = state.decision,
                    stored.key.contentHash == hash
                {
                    return .skipped(try LedgerBlobCodec.decode(Decision.self, stored.body), stored.key, PacketPaths(dossierID: id))
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
                return .skipped(decision, nil, nil)
            }
            let paths = quarantine.dossierId.map { PacketPaths(dossierID: $0) }
            do {
                return .decided(
                    NightlyStepResult.Decided(
                        decision: decision, result: .quarantined(quarantine), key: nil, paths: paths,
                        files: try write(decision, dossier: nil, paths: paths), warnings: []))
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
            let paths = PacketPaths(dossierID: dossier.id)
            do {
                if let state = try lookups.take(dossier.id, hash) ?? ledger.state(of: dossier.id), state.isUnchanged(contentHash: hash),
                    !recordedInThisRun(state),
                    let stored = state.decision, engine.isCurrent(stored.references),
                    !writesPackets || (state.hasPackets(formats) && packetsExist(paths)),
                    let decision = try? LedgerBlobCodec.decode(Decision.self, stored.body)
                {
                    return .skipped(decision, key, paths)
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
                        files: try write(decision, dossier: dossier, paths: paths),
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
        let paths = PacketPaths(dossierID: id)
        return !writesPackets || (state.hasPackets(formats) && packetsExist(paths))
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

    /// Renders and writes the packet files of a decision; returns what was written.
    func write(_ decision: Decision, dossier: Dossier?, paths: PacketPaths?) throws -> [(kind: PacketKind, path: String, sha256: String)] {
        guard let paths else { return [] }
        let files = try flow.render(decision, dossier: dossier, at: paths)
        for file in files { try writer.write(file.bytes, to: file.path) }
        return files.map { ($0.kind, $0.path, ContentHash.sha256($0.bytes)) }
    }

    /// True when the packet files of the formats written are on disk.
    func packetsExist(_ paths: PacketPaths) -> Bool {
        let wanted = [(PacketKind.json, paths.json), (.html, paths.html)].filter { formats.contains($0.0) }
        return wanted.allSatisfy { FileManager.default.fileExists(atPath: output + "/" + $0.1) }
    }
}
