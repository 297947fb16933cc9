import Dispatch
import DossierModel
import Extract
import Foundation
import Hashing
import Normalise

/// Runs extract and normalise over a list of inputs with bounded concurrency: one thread
/// reads and splits the inputs, intake threads parse, map and normalise the dossiers, and the
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

    /// Runs the intake. `transform` runs on the intake threads (put expensive encoding there);
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
        let threads = ThreadPool(count: concurrency, name: "outbound-intake")
        let slots = DispatchSemaphore(value: window)
        let sequencer = Sequencer<(Output, IntakePosition)>(emit: { emit($0.0, $0.1) }, onEmit: { slots.signal() })
        let counter = IntakeCounter()
        let options = self.options

        var sequence = 0
        func submit(_ position: IntakePosition, _ work: @escaping @Sendable () -> IntakeEvent) {
            slots.wait()
            let number = sequence
            sequence += 1
            threads.submit {
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
        threads.finish()
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
