import DossierModel
import Foundation
import Ledger
import Logging

/// The recording side of a shared run: hands each result to the recorder in input order and,
/// when the results of a chunk are all in, has the chunk marked done once they are recorded
/// (on the recorder's ledger writes, in order: a chunk is never marked done before its
/// dossiers are in the ledger). Called by the intake's sequencer, never concurrently.
final class ChunkCompletion: @unchecked Sendable {
    private let ledger: any SharedLedger
    private let runID: RunID
    private let workerID: String
    private let chunkSize: Int
    private let recorder: NightlyRecorder
    private var current: WorkChunk?

    init(ledger: any SharedLedger, runID: RunID, workerID: String, chunkSize: Int, recorder: NightlyRecorder) {
        self.ledger = ledger
        self.runID = runID
        self.workerID = workerID
        self.chunkSize = chunkSize
        self.recorder = recorder
    }

    func take(_ work: NightlyStepResult, at position: IntakePosition) {
        let chunk = ChunkClaims.chunk(of: position, size: chunkSize)
        if let current, current != chunk { complete(current) }
        current = chunk
        recorder.take(Self.recordable(work))
    }

    /// Completes the last chunk and waits until every chunk is recorded and marked done;
    /// call once the intake has returned.
    func finish() {
        if let current { complete(current) }
        current = nil
        recorder.flush()
    }

    private func complete(_ chunk: WorkChunk) {
        let ledger = self.ledger
        let runID = self.runID
        let workerID = self.workerID
        recorder.afterRecording(
            { _ in
                _ = try ledger.complete([chunk], in: runID, worker: workerID)
            },
            failure: { error in
                .error("ledger.write", "cannot mark chunk \(chunk) done: \(error)", at: SourceLocation(file: chunk.file))
            })
    }

    /// A quarantine seen unchanged is recorded again in a shared run: the summary of a shared
    /// run is built from the ledger, so what is not recorded would be missing from it.
    static func recordable(_ work: NightlyStepResult) -> NightlyStepResult {
        guard case .skipped(let decision, nil, let paths, _) = work, let quarantine = decision.quarantine else { return work }
        return .decided(
            NightlyStepResult.Decided(
                decision: decision, result: .quarantined(quarantine), key: nil, paths: paths, packet: nil, warnings: []))
    }
}
