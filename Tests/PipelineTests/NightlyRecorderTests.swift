import DossierModel
import Foundation
import Ledger
import LedgerTestSupport
import Logging
import Packets
import Testing

@testable import Pipeline

/// The recorder hands its batches to the ledger on a queue of its own: everything taken is in
/// the ledger once `flush` returns, in order, and a write that fails stops the recording.
@Suite struct NightlyRecorderTests {
    typealias F = LedgerFixtures

    struct Setup {
        let folder: String
        let ledger: SQLiteLedger
        let run: RunID
        let recorder: NightlyRecorder
    }

    func setUp(batchSize: Int) throws -> Setup {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recorder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ledger = try SQLiteLedger(path: folder + "/ledger.sqlite", clock: { F.now })
        let run = try ledger.beginRun(pipelineID: "nightly", outboundVersion: "0.4.0")
        let recorder = try NightlyRecorder(
            ledger: ledger, runID: run, writer: try AtomicFileWriter(root: folder + "/out"),
            run: RunContext(runID: run.description, generatedAt: "2026-11-21T00:00:00Z", outboundVersion: "0.4.0"),
            batchSize: batchSize, logger: Logger(label: "test"), progress: nil, writesLines: true)
        return Setup(folder: folder, ledger: ledger, run: run, recorder: recorder)
    }

    func decided(_ dossier: Dossier) throws -> NightlyStepResult {
        .decided(
            NightlyStepResult.Decided(
                decision: F.decision(for: dossier), result: try F.decided(dossier), key: F.key(dossier),
                paths: PacketPaths(dossierID: dossier.id), packet: nil, warnings: []))
    }

    @Test func everythingTakenIsInTheLedgerOnceFlushReturns() throws {
        let setup = try setUp(batchSize: 3)
        defer {
            setup.recorder.close()
            try? FileManager.default.removeItem(atPath: setup.folder)
        }
        let dossiers = (0..<10).map { F.dossier(String(format: "JS-2026-%06d", 900 + $0)) }
        for dossier in dossiers { setup.recorder.take(try decided(dossier)) }
        setup.recorder.flush()

        #expect(setup.recorder.fatal == nil)
        let recorded = try setup.ledger.dossiers(in: setup.run)
        #expect(recorded.map(\.key) == dossiers.map(F.key).sorted())
        #expect(recorded.allSatisfy { $0.disposition == .decided })
        #expect(setup.recorder.finalReport().processed == 10)
    }

    @Test func aWriteThatFailsFailsTheRunAndNothingAfterItIsWritten() throws {
        let setup = try setUp(batchSize: 1)
        defer {
            setup.recorder.close()
            try? FileManager.default.removeItem(atPath: setup.folder)
        }
        // A skip of a version the ledger never stored: the ledger refuses the batch.
        let unknown = F.dossier("JS-2026-000950")
        setup.recorder.take(.skipped(F.decision(for: unknown), F.key(unknown), nil, line: nil))
        setup.recorder.flush()
        let fatal = try #require(setup.recorder.fatal)
        #expect(fatal.id == "ledger.write")

        setup.recorder.take(try decided(F.dossier("JS-2026-000951")))
        setup.recorder.flush()
        #expect(try setup.ledger.dossiers(in: setup.run).isEmpty)
        #expect(setup.recorder.fatal == fatal, "the first failure is the one reported")
    }

    @Test func anOperationAfterRecordingSeesTheRecordedBatch() throws {
        let setup = try setUp(batchSize: 100)
        defer {
            setup.recorder.close()
            try? FileManager.default.removeItem(atPath: setup.folder)
        }
        let dossier = F.dossier("JS-2026-000960")
        setup.recorder.take(try decided(dossier))
        let seen = Locked<[RunDossier]>([])
        let run = setup.run
        setup.recorder.afterRecording(
            { ledger in
                seen.value = try ledger.dossiers(in: run)
            }, failure: { .error("test.failure", "\($0)", at: SourceLocation(file: "test")) })
        setup.recorder.flush()
        #expect(seen.value.map(\.key) == [F.key(dossier)], "the batch still pending was recorded first")
    }
}

/// A value shared with a closure that runs on another thread.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
        set {
            lock.lock()
            defer { lock.unlock() }
            stored = newValue
        }
    }
}
