import Foundation

/// One repetition of a measured step.
public struct BenchmarkRun: Sendable, Codable, Equatable {
    public var seconds: Double
    /// Peak RSS of the step's process in bytes; nil for the reference tools.
    public var peakRSS: Int?

    public init(seconds: Double, peakRSS: Int?) {
        self.seconds = seconds
        self.peakRSS = peakRSS
    }
}

/// One measured step: the median wall time of its repetitions and the largest peak RSS.
public struct BenchmarkRow: Sendable, Codable, Equatable {
    public var label: String
    /// The median of `runs` (of the two middle ones, for an even number).
    public var seconds: Double
    /// The largest peak RSS of the repetitions, in bytes; nil for the reference tools.
    public var peakRSS: Int?
    public var bytes: Int
    public var dossiers: Int
    /// Every repetition, in the order they ran.
    public var runs: [BenchmarkRun]

    public init(label: String, runs: [BenchmarkRun], bytes: Int, dossiers: Int) {
        self.label = label
        self.seconds = Self.median(runs.map(\.seconds))
        self.peakRSS = runs.compactMap(\.peakRSS).max()
        self.bytes = bytes
        self.dossiers = dossiers
        self.runs = runs
    }

    public var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
    public var dossiersPerSecond: Double { Double(dossiers) / seconds }

    /// The median; 0 for no values.
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// The rows of a bench as its steps report their repetitions: the first repetition of a label
/// fixes the row's place, so that steps repeated in rounds (the nightly steps) keep their order.
struct BenchmarkTable {
    let bytes: Int
    let dossiers: Int
    private var labels: [String] = []
    private var runs: [String: [BenchmarkRun]] = [:]

    init(bytes: Int, dossiers: Int) {
        self.bytes = bytes
        self.dossiers = dossiers
    }

    mutating func add(_ label: String, _ run: BenchmarkRun) {
        if runs[label] == nil { labels.append(label) }
        runs[label, default: []].append(run)
    }

    var rows: [BenchmarkRow] {
        labels.map { BenchmarkRow(label: $0, runs: runs[$0] ?? [], bytes: bytes, dossiers: dossiers) }
    }
}
