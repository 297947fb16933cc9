import ArgumentParser
import DevTools
import DossierModel
import Foundation
import Generator
import Pipeline

extension Outbound {
    /// `outbound generate`: writes a deterministic corpus of realistic v1 dossiers.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a deterministic corpus of generated transfer dossiers.",
            discussion: """
                The same count, seed, layout and shares always give byte-identical files. Layouts: \
                files (one dossier per file), batch (<dossier-batch> files), gzip (gzip-compressed \
                batches), bundles (.zip and .tar.gz with attachments), mixed (all of them).
                """)

        @Option(help: "Number of dossiers.")
        var count: Int

        @Option(help: "Seed of the pseudo-random stream.")
        var seed: UInt64 = 1

        @Option(help: "Layout: \(GenerateJob.Layout.allCases.map(\.rawValue).joined(separator: ", ")).")
        var layout: String = GenerateJob.Layout.files.rawValue

        @Option(name: .customLong("per-batch"), help: "Dossiers per batch file.")
        var perBatch: Int = 5000

        @Option(help: "Generate every dossier for this provincial office (e.g. CN-JS).")
        var province: String?

        @Option(name: .customLong("share"), help: "Override a feature share, NAME=VALUE (0 to 1); repeatable.")
        var shares: [String] = []

        @Option(name: .customLong("out"), help: "Output directory (created if needed).")
        var output: String

        func validate() throws {
            guard count >= 0 else { throw ValidationError("--count must not be negative") }
            guard perBatch > 0 else { throw ValidationError("--per-batch must be positive") }
            guard GenerateJob.Layout(rawValue: layout) != nil else {
                throw ValidationError(
                    "unknown layout \(layout); use one of \(GenerateJob.Layout.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            _ = try parsedShares()
            if let province, !GenerateJob.Options.knownProvinces.contains(province) {
                throw ValidationError(
                    "unknown province \(province); use one of \(GenerateJob.Options.knownProvinces.joined(separator: ", "))")
            }
        }

        func run() throws {
            let job: GenerateJob
            do {
                job = try GenerateJob(
                    count: count, seed: seed, layout: GenerateJob.Layout(rawValue: layout)!, dossiersPerBatch: perBatch,
                    province: province, shares: try parsedShares(), outputDirectory: output)
            } catch {
                throw ValidationError("\(error)")
            }
            let summary: GenerateSummary
            do {
                summary = try job.run()
            } catch {
                throw PipelineError(kind: .io, diagnostics: [.error("generate.write", "\(error)", at: SourceLocation(file: output))])
            }
            let line =
                "generate: \(summary.dossiers) dossiers in \(summary.filesWritten) files, \(summary.bytes) bytes in \(String(format: "%.2f", summary.seconds)) s"
            Console.shared.line(line)
        }

        /// `--share NAME=VALUE` options as a dictionary.
        private func parsedShares() throws -> [String: Double] {
            var out: [String: Double] = [:]
            for item in shares {
                let parts = item.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let value = Double(parts[1]) else {
                    throw ValidationError("--share expects NAME=VALUE, got \(item)")
                }
                guard GenerateJob.shareNames.contains(String(parts[0])) else {
                    throw ValidationError("unknown share \(parts[0]); known: \(GenerateJob.shareNames.joined(separator: ", "))")
                }
                guard (0...1).contains(value) else { throw ValidationError("--share \(parts[0]) must be between 0 and 1") }
                out[String(parts[0])] = value
            }
            return out
        }
    }
}
