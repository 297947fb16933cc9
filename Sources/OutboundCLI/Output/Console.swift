import DossierModel
import Foundation
import Pipeline

/// The one writer of the process's standard output and standard error: data and closing
/// lines, diagnostics, log lines and, on a terminal, the live progress line.
///
/// On a terminal (standard error is a tty) it owns the screen: the progress line is cleared
/// before any other line is written and drawn again after it, and warnings are counted by id
/// instead of printed, their counts printed at the end (every warning is still in the
/// packets, the summary, the JSON lines and the JSON logs; redirect standard error to list
/// each). Elsewhere every line is written as it comes. Writes from any thread, one whole line
/// at a time.
final class Console: CommandOutput, @unchecked Sendable {
    /// The process's console.
    static let shared = Console(terminal: isatty(STDERR_FILENO) == 1)

    /// True when standard error is a terminal.
    let isTerminal: Bool
    private let lock = NSLock()
    private var standardOutput: [UInt8] = []
    private var standardError: [UInt8] = []
    /// The progress line on the screen, without its control characters; nil when none is.
    private var progress: String?
    private var warnings: [String: Int] = [:]
    private static let flushSize = 1 << 16

    init(terminal: Bool) {
        isTerminal = terminal
    }

    // MARK: CommandOutput

    func data(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        standardOutput += bytes
        if standardOutput.count >= Self.flushSize { flush(&standardOutput, to: FileHandle.standardOutput) }
    }

    func report(_ diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        for diagnostic in diagnostics {
            if countsWarning(diagnostic.severity, id: diagnostic.id) { continue }
            writeError(diagnostic.description + "\n")
        }
    }

    // MARK: Lines

    /// A line on standard error: a command's closing line, a note; written at once.
    func line(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        writeError(text + "\n")
        flush(&standardError, to: FileHandle.standardError)
    }

    /// A log line of `level`, for `id` when it reports a diagnostic: on a terminal a warning
    /// with an id is counted instead.
    func log(_ text: String, warning: Bool, id: String?) {
        lock.lock()
        defer { lock.unlock() }
        if warning, let id, countsWarning(.warning, id: id) { return }
        writeError(text + "\n")
        flush(&standardError, to: FileHandle.standardError)
    }

    /// Text on standard output: a command's result.
    func print(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        standardOutput += Array(text.utf8)
        flush(&standardOutput, to: FileHandle.standardOutput)
    }

    /// Draws the progress line (a terminal only), replacing the one on the screen.
    func showProgress(_ text: String) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        progress = text
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    /// Ends the progress line: it stays on the screen as the last state, and the next line
    /// starts below it.
    func endProgress() {
        lock.lock()
        defer { lock.unlock() }
        guard progress != nil else { return }
        progress = nil
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// Writes everything buffered, then (on a terminal) the counts of the warnings held back.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        flush(&standardOutput, to: FileHandle.standardOutput)
        if progress != nil {
            progress = nil
            FileHandle.standardError.write(Data("\n".utf8))
        }
        if !warnings.isEmpty {
            let counts = warnings.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }
            let total = warnings.values.reduce(0, +)
            writeError(
                "\(total) warnings: \(counts.joined(separator: ", ")) (counted on a terminal; each is in the packets, the summary, "
                    + "the JSON lines and the JSON logs; redirect standard error to list each)\n")
            warnings.removeAll()
        }
        flush(&standardError, to: FileHandle.standardError)
    }

    // MARK: Writing, under the lock

    /// True when a diagnostic of `severity` is counted instead of printed: a warning, on a
    /// terminal.
    private func countsWarning(_ severity: Diagnostic.Severity, id: String) -> Bool {
        guard isTerminal, severity == .warning else { return false }
        warnings[id, default: 0] += 1
        return true
    }

    /// Text on standard error: on a terminal at once, the progress line cleared before it and
    /// drawn again after it; elsewhere buffered (diagnostics come in thousands) until a line
    /// or a log line flushes it. Standard output is written first, so that a closing line
    /// comes after the data.
    private func writeError(_ text: String) {
        guard isTerminal else {
            standardError += Array(text.utf8)
            if standardError.count >= Self.flushSize { flush(&standardError, to: FileHandle.standardError) }
            return
        }
        flush(&standardOutput, to: FileHandle.standardOutput)
        var out = progress == nil ? "" : "\r\u{1B}[2K"
        out += text
        if let progress { out += progress }
        FileHandle.standardError.write(Data(out.utf8))
    }

    private func flush(_ buffer: inout [UInt8], to handle: FileHandle) {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
