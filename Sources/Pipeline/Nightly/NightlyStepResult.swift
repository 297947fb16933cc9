import DossierModel
import Foundation
import Hashing
import Ledger
import Packets

/// What a worker hands to the recorder for one intake event, everything expensive already
/// done on the worker: the decision, the packets rendered, the blobs encoded.
enum NightlyStepResult: Sendable {
    /// Unchanged since an earlier run: the stored decision, reused.
    case skipped(Decision, DossierKey?, PacketPaths?)
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
        /// The packet files written, relative to the output folder, with their hashes.
        var files: [(kind: PacketKind, path: String, sha256: String)]
        var warnings: [Diagnostic]
    }
}
