import ArgumentParser
import Foundation
import Pipeline

/// Flags shared by the commands that read inputs.
struct IntakeOptions: ParsableArguments {
    @Argument(help: "Input files or directories (XML, .xml.gz, .zip and .tar.gz bundles). Directories are read recursively.")
    var paths: [String]

    @Option(name: .customLong("jobs"), help: "Threads that read and decide (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-warnings"), help: "Do not print warnings about accepted dossiers.")
    var noWarnings = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// What to read, and how.
    var request: IntakeRequest {
        IntakeRequest(paths: paths, concurrency: jobs, warnings: !noWarnings)
    }
}
