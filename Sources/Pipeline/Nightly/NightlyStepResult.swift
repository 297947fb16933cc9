import DossierModel
import Foundation
import Hashing
import Ledger
import Packets

/// What a worker hands to the recorder for one intake event, everything expensive already
/// done on the worker: the decision, the packets rendered, the blobs encoded.
enum NightlyStepResult: Sendable {
    /// Unchanged since an earlier run: the stored decision, reused, with its line of
    /// `packets.jsonl` when the run writes one.
    case skipped(Decision, DossierKey?, PacketPaths?, line: [UInt8]?)
    /// Decided now (or quarantined now): what to write and record.
    case decided(Decided)
    /// A problem with an input outside any dossier.
    case problem(Diagnostic)
    /// The worker could not use the ledger: fatal to the run.
    case failed(Diagnostic)

    struct Decided: Sendable {
        var decision: Decision
        var result: LedgerResult
        var key: DossierKey?
        var paths: PacketPaths?
        /// The packet rendered, its page already written; nil when the run renders none.
        var packet: Packet?
        var warnings: [Diagnostic]
    }

    /// A decision's packet as the recorder takes it.
    struct Packet: Sendable {
        /// The line of `packets.jsonl` (the compact JSON), when the run writes that file.
        var line: [UInt8]?
        /// The page written, relative to the output folder, with its SHA-256.
        var page: (path: String, sha256: String)?
    }
}
