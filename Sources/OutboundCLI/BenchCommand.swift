import ArgumentParser
import Foundation
import Pipeline

extension Outbound {
    /// `outbound bench`: the performance benchmark the repo ships (issue 7's figures).
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure Outbound against zcat and xmllint --stream on a generated corpus.",
            discussion: """
                Generates COUNT dossiers (cached under --work), then measures, each as its own \
                process: zcat of the gzip corpus, xmllint --stream with 1 process and with 2 \
                in parallel, outbound extract, outbound classify (also with a generated catalogue ten \
                times larger, linted first), and the whole nightly run \
                (classify, route, JSON and HTML packets, ledger) with N jobs, 1 job and gzip \
                input. Prints wall time, MB/s, dossiers/s, peak RSS and the ratios. Run it from \
                the repository root (the nightly run reads pipelines/) on a release build: \
                swift run -c release outbound bench.
                """)

        @Option(help: "Dossiers in the corpus.")
        var count = 20_000

        @Option(name: .customLong("per-batch"), help: "Dossiers per batch file (default: a quarter of the count).")
        var perBatch: Int?

        @Option(help: "Worker threads for the Outbound steps (default: the core count).")
        var jobs = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Folder for the corpus and the runs.")
        var work = ".build-bench"

        @Flag(help: "Print the rows as JSON as well.")
        var json = false

        func run() throws {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
            let request = BenchmarkRequest(count: count, perBatch: perBatch, jobs: jobs, work: work, executable: executable)
            let rows: [BenchmarkRow]
            do {
                rows = try Benchmark.run(request) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
            } catch {
                FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
                throw ExitCode(ExitStatus.someFailed)
            }
            print(Benchmark.report(rows, jobs: jobs))
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            }
        }
    }
}
