import ArgumentParser
import Foundation
import Pipeline

/// Flags shared by the commands that read inputs.
struct IntakeOptions: ParsableArguments {
    @Argument(help: "Input files or directories (XML, .xml.gz, .zip and .tar.gz bundles). Directories are read recursively.")
    var paths: [String]

    @Option(name: .customLong("jobs"), help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-warnings"), help: "Do not print warnings about accepted dossiers.")
    var noWarnings = false

    /// The input files to read, or an exit with code 74 for a path that does not exist.
    func inputFiles() throws -> [String] {
        do {
            return try InputPaths.expand(paths)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(ExitStatus.ioFailure)
        }
    }
}

/// The process exit codes of ARCHITECTURE.md.
enum ExitStatus {
    static let ok: Int32 = 0
    static let someFailed: Int32 = 1
    static let usage: Int32 = 64
    static let badDefinition: Int32 = 65
    static let ioFailure: Int32 = 74
}

/// Writes lines to a file handle from any thread, one whole line at a time.
final class LineWriter: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func write(_ data: Data) {
        lock.lock()
        buffer.append(data)
        if buffer.count >= 1 << 16 { flushLocked() }
        lock.unlock()
    }

    func flush() {
        lock.lock()
        flushLocked()
        lock.unlock()
    }

    private func flushLocked() {
        if !buffer.isEmpty { handle.write(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }
}
