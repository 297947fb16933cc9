import Dispatch
import DossierModel
import Extract
import Foundation
import Hashing
import Normalise

/// Runs the first stages of the `flow` (read, normalise) over a list of inputs with bounded
/// concurrency: one thread reads and splits the inputs, the intake threads parse, map and
/// normalise the dossiers (and run the caller's `transform`: the rest of the flow), and the
/// results are handed on in input order. At most `window` dossiers are in flight or waiting
/// to be handed on, so memory stays flat for an inbox of any size.
public struct IntakeRunner: Sendable {
    public var paths: [String]
    public var flow: DossierFlow
    public var concurrency: Int
    /// Dossiers in flight or waiting; bounds memory.
    public var window: Int
    /// Asked on an intake thread, before a record is parsed, with the record's `id` attribute and the
    /// SHA-256 of its bytes: true when the dossier is known unchanged, so that it is not parsed
    /// (a re-run of the nightly over the same inbox).
    public var unchanged: (@Sendable (_ id: String, _ contentHash: String) -> Bool)?
    /// Asked on the reading thread for every item, in input order, before anything else is
    /// done with it: false drops the item (another worker of a shared run handles it).
    public var admit: (@Sendable (IntakePosition) -> Bool)?
    /// Told the input bytes read as the reading thread goes.
    public var progress: (any RunProgress)?

    public init(
        paths: [String], flow: DossierFlow = DossierFlow(), concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        window: Int? = nil
    ) {
        self.paths = paths
        self.flow = flow
        self.concurrency = max(1, concurrency)
        self.window = window ?? max(1, concurrency) * 8
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
        let flow = self.flow

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
        let sizes = paths.map(Self.fileSize)
        progress?.start(totalBytes: sizes.reduce(0, +))
        for (path, size) in zip(paths, sizes) {
            summary.inputs += 1
            let before = summary.bytesRead
            summary.bytesRead += size
            let reader = InputReader(path: path, options: flow.reading)
            var number = 0
            while let item = reader.next() {
                progress?.read(bytes: before + min(reader.bytesRead, size))
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
                        return .record(flow.normalise(flow.read(job)))
                    }
                case .done(let record):
                    submit(position) { .record(flow.normalise(record)) }
                case .problem(let diagnostic):
                    submit(position) { .problem(diagnostic) }
                }
            }
            progress?.read(bytes: summary.bytesRead)
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

    /// The size of the file at `path` as stored; 0 when it cannot be read (the reader
    /// reports it).
    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
