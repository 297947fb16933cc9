import Foundation

/// Runs a program to its end and captures what it printed: the one place the end-to-end
/// tests start processes (the `outbound` binary, a headless browser, `/usr/bin/time`).
struct CapturedProcess {
    var status: Int32
    /// True when a signal ended the process.
    var signalled: Bool
    var stdout: Data
    var stderr: Data

    /// Runs `executable` with `arguments`; both pipes are read while it runs, so a full pipe
    /// never blocks it. A watchdog terminates it after `timeout` seconds when given.
    static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        timeout: Double? = nil
    ) throws -> CapturedProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog) }
        let box = CapturedBytes()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            box.data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return CapturedProcess(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: box.data, stderr: errData)
    }
}

/// Holds the bytes one reader thread collects; read only after the group is waited on.
private final class CapturedBytes: @unchecked Sendable {
    var data = Data()
}
