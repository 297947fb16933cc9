import Foundation

/// Runs the built `outbound` binary, as a user would, and captures what it prints.
struct OutboundBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The stdout lines, without empty ones.
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The repository root (three levels above this file).
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared folder beside the repository.
    static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    /// The real public test files.
    static let realdata = shared.appendingPathComponent("realdata")

    /// The binary built next to the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("outbound")
    }

    /// Runs `outbound` with `arguments` in the repository root.
    static func run(_ arguments: [String]) throws -> Result {
        let run = try CapturedProcess.run(executable, arguments, in: repo)
        return Result(
            status: run.status, stdout: String(decoding: run.stdout, as: UTF8.self), stderr: String(decoding: run.stderr, as: UTF8.self))
    }
}
