import ArgumentParser
import DevTools
import DossierModel
import Foundation
import Pipeline

extension Outbound {
    /// `outbound bench`: the performance benchmark the repo ships (issue 7's figures).
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure Outbound against zcat, xmllint --stream and the Python lxml peer on a generated corpus.",
            discussion: """
                Generates COUNT dossiers (cached under --work), then measures, each as its own \
                process: zcat of the gzip corpus, xmllint --stream with 1 process and with 2 \
                in parallel, outbound extract, outbound classify (also with a generated catalogue ten \
                times larger, linted first), and, in rounds of fresh folders, the Python lxml peer \
                (--peer, when Python has lxml) and the whole nightly run (classify, route, a page \
                per dossier, packets.jsonl, summary, queues, ledger) with N jobs, storing only \
                (formats: [jsonl]), without packets, with 1 job held to one CPU and over gzip \
                input, cp -r of the nightly's pages, then reclassify --full and delta (one keyword \
                added) of the nightly's ledger. Prints the targets of issue 17 as ratios. \
                Every step runs --repeat times; each row shows the median wall time. Prints wall \
                time, MB/s, dossiers/s, peak RSS and the ratios. Run it from the repository root \
                (the nightly run reads pipelines/) on a release build: \
                swift run -c release outbound bench.
                """)

        @Option(help: "Dossiers in the corpus.")
        var count = 20_000

        @Option(name: .customLong("per-batch"), help: "Dossiers per batch file (default: a quarter of the count).")
        var perBatch: Int?

        @Option(help: "Threads for the Outbound steps (default: the core count).")
        var jobs = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Folder for the corpus and the runs.")
        var work = ".build-bench"

        @Option(name: .customLong("repeat"), help: "Runs of every step; each row shows the median wall time.")
        var repeats = 1

        @Option(
            help:
                "Seconds from deleting the last bench's run folders to the first nightly step (ext4 reuses freed inodes after 60 s, 360 s while their blocks are dirty)."
        )
        var settle = 61.0

        @Option(help: "The Python lxml peer to run beside Outbound ('none' for no peer).")
        var peer = "../shared/peers/lxml_peer.py"

        @Option(help: "The Python that runs the peer (one with lxml).")
        var python = FileManager.default.fileExists(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"

        @ArgumentParser.Flag(help: "Print the rows as JSON as well, with every run's time.")
        var json = false

        func validate() throws {
            guard repeats >= 1 else { throw ValidationError("--repeat must be at least 1") }
            guard settle >= 0 else { throw ValidationError("--settle must not be negative") }
            guard count >= 1, jobs >= 1 else { throw ValidationError("--count and --jobs must be at least 1") }
        }

        func run() throws {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
            let request = BenchmarkRequest(
                count: count, perBatch: perBatch, jobs: jobs, work: work, executable: executable, repeats: repeats, settle: settle,
                peer: peer == "none" ? nil : URL(fileURLWithPath: peer).standardizedFileURL.path, python: python)
            let result: BenchmarkResult
            do {
                result = try Benchmark.run(request) { Console.shared.line($0) }
            } catch {
                throw PipelineError(kind: .io, diagnostics: [.error("bench.failed", "\(error)", at: SourceLocation(file: work))])
            }
            Console.shared.print(Benchmark.report(result) + "\n")
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                Console.shared.print(String(decoding: try encoder.encode(result.rows), as: UTF8.self) + "\n")
            }
        }
    }
}
