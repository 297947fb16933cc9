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
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repo
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        let outData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData.data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData.data, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Holds the bytes one reader thread collects; read only after the group is waited on.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
