import Foundation
import Logging

/// How a run logs: plain lines for people, or JSON lines for a log collector. Logs go to
/// stderr; stdout stays free for data.
public enum RunLogFormat: String, Sendable, CaseIterable {
    case plain, json
}

/// Sets up swift-log once per process for the chosen format.
public enum RunLogging {
    nonisolated(unsafe) private static var bootstrapped = false
    private static let lock = NSLock()

    /// Bootstraps the logging system (only the first call has an effect, as swift-log
    /// requires) and returns the run's logger.
    public static func logger(format: RunLogFormat, level: Logger.Level = .info) -> Logger {
        lock.lock()
        if !bootstrapped {
            bootstrapped = true
            LoggingSystem.bootstrap { label in
                var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
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

/// A log handler that writes one JSON object per line to stderr: time, level, label,
/// message and metadata, keys sorted.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object: [String: Any] = [
            "time": ISO8601DateFormatter().string(from: Date()),
            "level": event.level.rawValue,
            "label": label,
            "message": event.message.description,
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for (key, value) in merged { object[key] = Self.plain(value) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        FileHandle.standardError.write(data + Data("\n".utf8))
    }

    static func plain(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): s
        case .stringConvertible(let c): c.description
        case .array(let a): a.map(plain)
        case .dictionary(let d): d.mapValues(plain)
        }
    }
}
