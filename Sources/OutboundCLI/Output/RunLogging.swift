import Foundation
import Logging
import Pipeline

/// How a run logs: plain lines for people, or JSON lines for a log collector. Logs go to
/// standard error through the `Console`; standard output stays free for data.
enum RunLogFormat: String, Sendable, CaseIterable {
    case plain, json
}

/// Sets up swift-log once per process for the chosen format.
enum RunLogging {
    nonisolated(unsafe) private static var bootstrapped = false
    private static let lock = NSLock()

    /// Bootstraps the logging system (only the first call has an effect, as swift-log
    /// requires) and returns the run's logger.
    static func logger(format: RunLogFormat, level: Logger.Level = .info, console: Console = .shared) -> Logger {
        lock.lock()
        if !bootstrapped {
            bootstrapped = true
            LoggingSystem.bootstrap { label in
                var handler = ConsoleLogHandler(label: label, format: format, console: console)
                handler.logLevel = level
                return handler
            }
        }
        lock.unlock()
        var logger = Logger(label: "outbound.run")
        logger.logLevel = level
        return logger
    }
}

/// The log handler of a run: one line per event on standard error, through the console.
///
/// - `plain`: as swift-log's `StreamLogHandler` writes them (`time level label: [source]
///   message`); on a terminal a warning that reports a diagnostic is counted, not printed.
/// - `json`: one JSON object per line (time, level, label, message and metadata, keys
///   sorted); every warning is written, on a terminal too.
struct ConsoleLogHandler: LogHandler {
    let label: String
    let format: RunLogFormat
    let console: Console
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        switch format {
        case .plain:
            let id = merged.removeValue(forKey: LogMetadata.diagnostic).map { "\($0)" }
            let shown = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            console.log(
                "\(Self.timestamp()) \(event.level) \(label):\(shown) [\(event.source)] \(event.message)", warning: event.level == .warning,
                id: id)
        case .json:
            var object: [String: Any] = [
                "time": ISO8601DateFormatter().string(from: Date()),
                "level": event.level.rawValue,
                "label": label,
                "message": event.message.description,
            ]
            for (key, value) in merged { object[key] = Self.plain(value) }
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
            console.log(String(decoding: data, as: UTF8.self), warning: false, id: nil)
        }
    }

    /// Local time as `StreamLogHandler` writes it: `2026-12-03T15:41:19+0000`.
    static func timestamp() -> String {
        var buffer = [UInt8](repeating: 0, count: 64)
        var timestamp = time(nil)
        var local = tm()
        localtime_r(&timestamp, &local)
        let count = buffer.withUnsafeMutableBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                strftime($0, pointer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
            }
        }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }

    /// A metadata value as a JSON value.
    static func plain(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): s
        case .stringConvertible(let c): c.description
        case .array(let a): a.map(plain)
        case .dictionary(let d): d.mapValues(plain)
        }
    }
}
