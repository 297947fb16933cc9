import DossierModel
import Foundation
import Ledger
import Packets

/// The packets of stored records, rendered from the ledger exactly as the run that made them
/// rendered them: the same decision, the same dossier version, the same run context (its id,
/// generation time and Outbound version) and the same re-classification change, so the
/// bytes are those the run wrote. `outbound packet` renders with it, and a nightly run renders
/// the `packets.jsonl` lines of the dossiers it finds unchanged.
public struct LedgerPackets: Sendable {
    public let ledger: any LedgerStore
    public let runs: RunContexts

    public init(ledger: any LedgerStore, runs: RunContexts = RunContexts()) {
        self.ledger = ledger
        self.runs = runs
    }

    /// The packet of a dossier id's current record (its current decision, or the quarantine
    /// that superseded it); nil when the ledger does not know the id.
    public func render(_ dossierID: String, html: String?, pretty: Bool = false) throws -> RenderedPacket? {
        guard let state = try ledger.state(of: dossierID) else { return nil }
        return try render(state, html: html, pretty: pretty)
    }

    /// The packet of the latest record in `state`; nil for a quarantine without a dossier id.
    public func render(_ state: DossierState, html: String?, pretty: Bool = false) throws -> RenderedPacket? {
        switch state.latest {
        case .decided(let stored): try render(stored, version: state.version, html: html, pretty: pretty)
        case .quarantined(let stored): try render(stored, html: html, pretty: pretty)
        }
    }

    /// The packet of a stored decision; `version` is its dossier version when already read.
    public func render(_ stored: StoredDecision, version known: DossierVersion?, html: String?, pretty: Bool = false) throws
        -> RenderedPacket
    {
        let version: DossierVersion
        if let known, known.key == stored.key {
            version = known
        } else if let read = try ledger.storedVersion(stored.key) {
            version = read
        } else {
            throw PipelineError(
                kind: .io,
                diagnostics: [
                    .error(
                        "ledger.read", "the version \(stored.key.contentHash) of dossier \(stored.key.dossierID) is not in the ledger",
                        at: SourceLocation(file: ledger.path), dossier: stored.key.dossierID)
                ])
        }
        let dossier = try LedgerBlobCodec.decode(Dossier.self, version.body)
        let run = try runs.context(of: stored.runID, in: ledger)
        return try RenderedPacket(try stored.decoded(), dossier: dossier, run: run, html: html, change: stored.change, pretty: pretty)
    }

    /// The short packet of a stored quarantine; nil when it has no dossier id.
    public func render(_ stored: StoredQuarantine, html: String?, pretty: Bool = false) throws -> RenderedPacket? {
        guard stored.quarantine.dossierId != nil else { return nil }
        let run = try runs.context(of: stored.runID, in: ledger)
        let decision = Decision.quarantined(stored.quarantine, version: run.outboundVersion)
        return try RenderedPacket(decision, dossier: nil, run: run, html: html, pretty: pretty)
    }
}

/// The render contexts of runs, read from the ledger once each (a run's packets name its id,
/// its generation time and the Outbound version that ran it).
public final class RunContexts: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [RunID: RunContext] = [:]

    public init() {}

    public func context(of run: RunID, in ledger: any LedgerStore) throws -> RunContext {
        lock.lock()
        let cached = known[run]
        lock.unlock()
        if let cached { return cached }
        guard let stored = try ledger.run(run) else {
            throw PipelineError(
                kind: .io,
                diagnostics: [.error("ledger.read", "run \(run) is not in the ledger", at: SourceLocation(file: ledger.path))])
        }
        let context = RunContext(
            runID: run.description, generatedAt: stored.generatedAt ?? Self.stamp(stored.startedAt), outboundVersion: stored.outboundVersion
        )
        lock.lock()
        known[run] = context
        lock.unlock()
        return context
    }

    /// The generation time of a run recorded before the ledger kept it: its start, in ISO 8601.
    static func stamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
