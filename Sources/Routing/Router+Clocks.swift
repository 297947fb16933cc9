import Catalogue
import DossierModel

extension Router {
    /// The clocks that run for the dossier, with due dates counted on the calendars, and the
    /// notes a reviewer needs (no filing date, a start intake cannot know, a year no calendar
    /// covers).
    func clocks(for dossier: Dossier, outcome: Outcome, tracks: [ReviewTrack]) -> ([Clock], [String]) {
        let held = Set(dossier.assets.map(\.type))
        let running = clocks.clocks(outcome: outcome, tracks: tracks, assetTypes: held)
        guard !running.isEmpty else { return ([], []) }
        var counts: [String: ClockCount] = [:]
        var notes: [String] = []
        if dossier.filed == nil {
            notes.append("The dossier gives no filing date: clocks that start on filing show no due date.")
        }
        var result: [Clock] = []
        var uncovered: [(clock: String, years: [Int])] = []
        for setting in running {
            let count = self.count(setting, filed: dossier.filed, memo: &counts)
            result.append(
                Clock(
                    id: setting.id, title: "\(setting.title.en) (\(setting.title.zh))", days: setting.days,
                    unit: setting.unit.rawValue, startsOn: setting.start.description, start: count.start, due: count.due,
                    calendar: count.calendarIDs.isEmpty ? nil : count.calendarIDs.joined(separator: ", ")))
            if case .contractSubmitted = setting.start {
                notes.append(
                    "Clock \(setting.id): \(setting.days) \(unitWords(setting.unit)) from the day the contract is submitted, which intake cannot know; no due date yet."
                )
            }
            if !count.uncoveredYears.isEmpty { uncovered.append((setting.id, count.uncoveredYears)) }
        }
        if !uncovered.isEmpty {
            // One note for every clock the gap touches, not one per clock.
            let years = Array(Set(uncovered.flatMap(\.years))).sorted().map(String.init).joined(separator: ", ")
            let clocks = uncovered.map(\.clock).joined(separator: ", ")
            notes.append(
                "No calendar covers \(years): Monday to Friday were counted as working days there for \(clocks). Add the year's calendar under pipelines/calendars/ when the State Council publishes it, and check the due dates."
            )
        }
        return (result, notes)
    }

    /// A clock's start and due date; a clock that starts after another is counted from that
    /// one's due date (whether or not that one runs for the dossier).
    func count(_ setting: ClockSetting, filed: CalendarDate?, memo: inout [String: ClockCount]) -> ClockCount {
        if let known = memo[setting.id] { return known }
        let start: CalendarDate?
        switch setting.start {
        case .filing: start = filed
        case .contractSubmitted: start = nil
        case .after(let id):
            start = clocks.clock(id).flatMap { count($0, filed: filed, memo: &memo).due }
        }
        var result = ClockCount(start: start, due: nil, calendarIDs: [], uncoveredYears: [])
        if let start {
            switch setting.unit {
            case .workingDays:
                if let counted = calendars.addingWorkingDays(setting.days, to: start) {
                    result = ClockCount(
                        start: start, due: counted.due, calendarIDs: counted.calendarIDs, uncoveredYears: counted.uncoveredYears)
                }
            case .calendarDays:
                result.due = start.adding(days: setting.days)
            }
        }
        memo[setting.id] = result
        return result
    }

    /// `working days` or `calendar days`.
    func unitWords(_ unit: ClockUnit) -> String {
        unit == .workingDays ? "working days" : "calendar days"
    }
}

/// A clock's dates as counted, before it becomes a `Clock`.
struct ClockCount {
    var start: CalendarDate?
    var due: CalendarDate?
    var calendarIDs: [String]
    var uncoveredYears: [Int]
}
