import ArgumentParser
import DossierModel
import Foundation
import Pipeline

/// Flags shared by the commands that classify and route: where the reference files are, the
/// party lists to screen against, and the day a dossier without a filing date is judged on.
struct ReviewOptions: ParsableArguments {
    @Option(help: "Folder of catalogue files.")
    var catalogues = "pipelines/catalogues"

    @Option(help: "Folder of routing tables (default.yml and one file per province).")
    var routing = "pipelines/routing"

    @Option(help: "Folder of working-day calendars (one file per year).")
    var calendars = "pipelines/calendars"

    @Option(help: "Clock settings file.")
    var clocks = "pipelines/clocks.yml"

    @Option(
        name: .customLong("list"),
        help: """
            A restricted-party list to screen against, format detected (OFAC CSV/XML/enhanced/advanced, UN, EU, UK ConList, \
            BIS DPL, CSL, China's lists CSV, OpenSanctions CSV or FtM JSON, office list CSV: docs/party-lists.md); repeatable.
            """)
    var lists: [String] = []

    @Option(name: .customLong("allow-list"), help: "A CSV of cleared party-entry pairs (see docs/party-lists.md).")
    var allowList: String?

    @Option(
        name: .customLong("screening-threshold"), help: "The score (0-1) at or above which a party matches a list entry (default 0.85).")
    var screeningThreshold: Double?

    @Option(help: "The day (YYYY-MM-DD) whose catalogue applies to a dossier without a filing date (default: today, UTC).")
    var today: String?

    func validate() throws {
        if let today, CalendarDate(iso: today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
        if let screeningThreshold, !(0...1).contains(screeningThreshold) {
            throw ValidationError("--screening-threshold must lie between 0 and 1")
        }
    }

    /// What to decide with.
    var request: ReviewRequest {
        ReviewRequest(
            references: ReviewReferencePaths(
                catalogues: catalogues, routing: routing, calendars: calendars, clocks: clocks,
                partyLists: lists, allowList: allowList, screeningThreshold: screeningThreshold),
            today: day)
    }

    /// `--today`, else the current date in UTC.
    var day: CalendarDate {
        if let today, let date = CalendarDate(iso: today) { return date }
        return Self.currentDay
    }

    /// The current date in UTC.
    static var currentDay: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
