import Foundation
import Generator

/// Writes a deterministic corpus of generated dossiers into a directory: what
/// `outbound generate` asks for. The same job always writes the same bytes.
public struct GenerateJob: Sendable {
    /// How the corpus is laid out (`files`, `batch`, `gzip`, `bundles`, `mixed`).
    public typealias Layout = CorpusLayout
    /// Count, seed, layout, batch size and feature shares.
    public typealias Options = GeneratorOptions

    public var options: Options
    /// Where the files go; created if needed.
    public var outputDirectory: String

    public init(options: Options, outputDirectory: String) {
        self.options = options
        self.outputDirectory = outputDirectory
    }

    /// A job from command-line values. `shares` overrides feature shares by name
    /// (`controlledTechnology`, `badApplicationCheckDigit`, …; see `FeatureShares`).
    public init(
        count: Int, seed: UInt64, layout: Layout, dossiersPerBatch: Int, province: String? = nil,
        shares: [String: Double] = [:], outputDirectory: String
    ) throws {
        if let province, !Options.knownProvinces.contains(province) {
            throw GenerateJobError.unknownProvince(province, known: Options.knownProvinces)
        }
        var options = Options(count: count, seed: seed, layout: layout, dossiersPerBatch: dossiersPerBatch, province: province)
        options.shares = try Self.shares(FeatureShares(), overriddenBy: shares)
        self.init(options: options, outputDirectory: outputDirectory)
    }

    /// The names of the feature shares that can be overridden.
    public static var shareNames: [String] {
        (try? Self.dictionary(FeatureShares()).keys.sorted()) ?? []
    }

    /// Writes the corpus and says what was written.
    public func run() throws -> GenerateSummary {
        let started = Date()
        let summary = try CorpusWriter(options: options).write(to: outputDirectory)
        return GenerateSummary(
            files: summary.files, dossiers: summary.dossiers, bytes: summary.bytes,
            seconds: Date().timeIntervalSince(started))
    }

    /// `base` with the named shares replaced; an unknown name or a value outside 0...1 is an error.
    static func shares(_ base: FeatureShares, overriddenBy overrides: [String: Double]) throws -> FeatureShares {
        guard !overrides.isEmpty else { return base }
        var values = try dictionary(base)
        for (name, value) in overrides {
            guard values[name] != nil else {
                throw GenerateJobError.unknownShare(name, known: values.keys.sorted())
            }
            guard (0...1).contains(value) else { throw GenerateJobError.shareOutOfRange(name, value) }
            values[name] = value
        }
        return try JSONDecoder().decode(FeatureShares.self, from: JSONEncoder().encode(values))
    }

    private static func dictionary(_ shares: FeatureShares) throws -> [String: Double] {
        try JSONDecoder().decode([String: Double].self, from: JSONEncoder().encode(shares))
    }
}

/// What a generate job wrote.
public struct GenerateSummary: Sendable, Hashable, Codable {
    /// Paths of the files written, relative to the output directory.
    public var files: [String]
    public var dossiers: Int
    /// Bytes written on disk.
    public var bytes: Int
    public var seconds: Double

    /// Number of files written.
    public var filesWritten: Int { files.count }
}

/// A generate job that cannot be run as asked.
public enum GenerateJobError: Error, Sendable, CustomStringConvertible {
    case unknownShare(String, known: [String])
    case shareOutOfRange(String, Double)
    case unknownProvince(String, known: [String])

    public var description: String {
        switch self {
        case .unknownProvince(let code, let known): "unknown province \(code); known: \(known.joined(separator: ", "))"
        case .unknownShare(let name, let known): "unknown share \(name); known: \(known.joined(separator: ", "))"
        case .shareOutOfRange(let name, let value): "share \(name) must be between 0 and 1, not \(value)"
        }
    }
}
