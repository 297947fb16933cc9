import Dispatch
import DossierModel
import Extract
import Foundation
import Hashing
import Normalise

/// What the intake yields, in input order.
public enum IntakeEvent: Sendable {
    /// A dossier, extracted and normalised, or its quarantine.
    case record(IntakeRecord)
    /// A problem with an input outside any dossier.
    case problem(Diagnostic)
    /// A record the `unchanged` check recognised by its id and the hash of its bytes: not
    /// parsed at all.
    case unchanged(id: String, contentHash: String, location: SourceLocation)
}

/// Counts of one intake run.
public struct IntakeSummary: Sendable, Hashable, Codable {
    public var inputs = 0
    public var dossiers = 0
    public var quarantined = 0
    public var inputProblems = 0
    /// Dossiers with at least one warning.
    public var withWarnings = 0
    /// Bytes of the input files as stored (compressed where they are).
    public var bytesRead = 0
    public var seconds = 0.0

    /// True when every input was read and every dossier accepted.
    public var isClean: Bool { quarantined == 0 && inputProblems == 0 }
}

/// Where an intake item comes from: the input it was read from and its number among the
/// items (records, bundle dossiers, input problems) that input's reader yielded, from 0.
public struct IntakePosition: Sendable, Hashable {
    /// The input path, as given to the runner.
    public var file: String
    public var item: Int

    public init(file: String, item: Int) {
        self.file = file
        self.item = item
    }
}

/// Runs extract and normalise over a list of inputs with bounded concurrency: one thread
/// reads and splits the inputs, workers parse, map and normalise the dossiers, and the
/// results are handed on in input order. At most `window` dossiers are in flight or
/// waiting to be handed on, so memory stays flat for an inbox of any size.
public struct IntakeRunner: Sendable {
    public var paths: [String]
    public var options: ExtractOptions
    public var concurrency: Int
    /// Dossiers in flight or waiting; bounds memory.
    public var window: Int
    /// Asked on a worker, before a record is parsed, with the record's `id` attribute and the
    /// SHA-256 of its bytes: true when the dossier is known unchanged, so that it is not parsed
    /// (a re-run of the nightly over the same inbox).
    public var unchanged: (@Sendable (_ id: String, _ contentHash: String) -> Bool)?
    /// Asked on the reading thread for every item, in input order, before anything else is
    /// done with it: false drops the item (another worker of a shared run handles it).
    public var admit: (@Sendable (IntakePosition) -> Bool)?

    public init(
        paths: [String], options: ExtractOptions = ExtractOptions(), concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        window: Int? = nil
    ) {
        self.paths = paths
        self.options = options
        self.concurrency = max(1, concurrency)
        self.window = window ?? max(1, concurrency) * 8
    }

    /// A runner that also validates every dossier against the v1 schema; throws when the
    /// schema cannot be loaded.
    public static func validating(paths: [String], concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> IntakeRunner {
        IntakeRunner(paths: paths, options: ExtractOptions(validator: try DossierSchema.validator()), concurrency: concurrency)
    }

    /// Runs the intake. `transform` runs on the workers (put expensive encoding there);
    /// `emit` is called once per event, in input order, never concurrently.
    public func run<Output: Sendable>(
        transform: @escaping @Sendable (IntakeEvent) -> Output,
        emit: @escaping @Sendable (Output) -> Void
    ) -> IntakeSummary {
        run(transform: transform, emit: { output, _ in emit(output) })
    }

    /// Runs the intake like `run(transform:emit:)`, handing each output on with the position
    /// of the item it came from.
    public func run<Output: Sendable>(
        transform: @escaping @Sendable (IntakeEvent) -> Output,
        emit: @escaping @Sendable (Output, IntakePosition) -> Void
    ) -> IntakeSummary {
        let started = DispatchTime.now()
        let workers = WorkerThreads(count: concurrency, name: "outbound-intake")
        let slots = DispatchSemaphore(value: window)
        let sequencer = Sequencer<(Output, IntakePosition)>(emit: { emit($0.0, $0.1) }, onEmit: { slots.signal() })
        let counter = SummaryCounter()
        let options = self.options

        var sequence = 0
        func submit(_ position: IntakePosition, _ work: @escaping @Sendable () -> IntakeEvent) {
            slots.wait()
            let number = sequence
            sequence += 1
            workers.submit {
                let event = work()
                counter.count(event)
                let output = transform(event)
                sequencer.put(number, (output, position))
            }
        }

        var summary = IntakeSummary()
        for path in paths {
            summary.inputs += 1
            summary.bytesRead += fileSize(path)
            let reader = InputReader(path: path, options: options)
            var number = 0
            while let item = reader.next() {
                let position = IntakePosition(file: path, item: number)
                number += 1
                if let admit, !admit(position) { continue }
                switch item {
                case .record(let job):
                    let unchanged = self.unchanged
                    submit(position) {
                        if let unchanged, let id = job.idHint {
                            let hash = ContentHash.sha256(job.recordBytes)
                            if unchanged(id, hash) { return .unchanged(id: id, contentHash: hash, location: job.location) }
                        }
                        return .record(Self.normalise(RecordReader.read(job, validator: options.validator)))
                    }
                case .done(let record):
                    submit(position) { .record(Self.normalise(record)) }
                case .problem(let diagnostic):
                    submit(position) { .problem(diagnostic) }
                }
            }
        }
        workers.finish()
        let counts = counter.snapshot
        summary.dossiers = counts.dossiers
        summary.quarantined = counts.quarantined
        summary.inputProblems = counts.problems
        summary.withWarnings = counts.withWarnings
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    static func normalise(_ record: IntakeRecord) -> IntakeRecord {
        guard case .dossier(let dossier) = record else { return record }
        return .dossier(DossierNormaliser.normalise(dossier))
    }

    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// Hands results on in sequence order, whatever order the workers finish in.
///
/// `emit` runs outside the lock: the worker that finds the next result ready becomes the
/// emitter and hands on every ready result, while the other workers only file theirs and go
/// back to work (a slow `emit`, such as a ledger transaction, never stalls them). Only one
/// thread emits at a time, so `emit` is never called concurrently.
final class Sequencer<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: Output] = [:]
    private var next = 0
    private var emitting = false
    private let emit: @Sendable (Output) -> Void
    private let onEmit: @Sendable () -> Void

    init(emit: @escaping @Sendable (Output) -> Void, onEmit: @escaping @Sendable () -> Void) {
        self.emit = emit
        self.onEmit = onEmit
    }

    func put(_ number: Int, _ output: Output) {
        lock.lock()
        waiting[number] = output
        guard !emitting else {
            lock.unlock()
            return
        }
        emitting = true
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            lock.unlock()
            emit(ready)
            onEmit()
            lock.lock()
        }
        emitting = false
        lock.unlock()
    }
}

/// Thread-safe counts of what the workers produced.
final class SummaryCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (dossiers: 0, quarantined: 0, problems: 0, withWarnings: 0)

    func count(_ event: IntakeEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .record(.dossier(let d)):
            counts.dossiers += 1
            if d.diagnostics.contains(where: { $0.severity >= .warning }) { counts.withWarnings += 1 }
        case .record(.quarantine): counts.quarantined += 1
        case .problem: counts.problems += 1
        case .unchanged: counts.dossiers += 1
        }
    }

    var snapshot: (dossiers: Int, quarantined: Int, problems: Int, withWarnings: Int) {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }
}
