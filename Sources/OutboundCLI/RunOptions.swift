import ArgumentParser
import DossierModel
import Foundation
import Logging
import Pipeline

/// The options `outbound run` and `outbound worker` share: threads, logs, progress line, and
/// the day and time a run is stamped with.
struct RunOptions: ParsableArguments {
    @Option(name: .customLong("jobs"), help: "Threads that read and decide (default: the definition's concurrency, else the core count).")
    var jobs: Int?

    @Option(name: .customLong("log-format"), help: "plain or json.")
    var logFormat: String = "plain"

    @ArgumentParser.Flag(name: .customLong("no-progress"), help: "No live progress line, even on a terminal.")
    var noProgress = false

    @Option(help: "The day (YYYY-MM-DD) whose catalogue applies to a dossier without a filing date (default: today, UTC).")
    var today: String?

    @Option(
        name: .customLong("generated-at"),
        help:
            "The time written into packets and the summary (default: now, ISO 8601 UTC); fix it for reproducible outputs, and give every worker of a shared run the same value."
    )
    var generatedAt: String?

    func validate() throws {
        guard RunLogFormat(rawValue: logFormat) != nil else { throw ValidationError("--log-format must be plain or json") }
        if let today, CalendarDate(iso: today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var logger: Logger { RunLogging.logger(format: RunLogFormat(rawValue: logFormat) ?? .plain) }

    /// `--today`, else the current day (UTC).
    var day: CalendarDate { today.flatMap(CalendarDate.init(iso:)) ?? ReviewOptions.currentDay }

    /// `--generated-at`, else now.
    var stamp: String { generatedAt ?? ISO8601DateFormatter().string(from: Date()) }

    /// The live progress line, when it is wanted and standard error is a terminal.
    var progress: (any RunProgress)? {
        !noProgress && Console.shared.isTerminal ? ProgressDisplay(console: .shared) : nil
    }
}
