import DossierModel

/// The calendars of several years (`pipelines/calendars/`), counting working days across
/// them. A date in a year no calendar covers counts Monday to Friday as working days, and
/// every answer says when that happened, so that a route can tell the reviewer.
public struct WorkingCalendarSet: Sendable, Hashable {
    /// The calendars, earliest year first.
    public let calendars: [WorkingCalendar]

    /// A set of already-loaded calendars; throws when two share an id or a year
    /// (`calendar.duplicate-id`, `calendar.duplicate-year`).
    public init(_ calendars: [WorkingCalendar]) throws {
        let errors = Self.crossCheck(calendars)
        if let first = errors.first { throw first }
        self.calendars = calendars.sorted { $0.year < $1.year }
    }

    /// Loads every `.yml` / `.yaml` file of `folder`; throws the first problem of any file,
    /// or of the set as a whole.
    public static func load(folder: String) throws -> WorkingCalendarSet {
        try WorkingCalendarSet(try ReferenceYAML.files(in: folder, prefix: "calendar").map(WorkingCalendarLoader.load(path:)))
    }

    /// The calendar of a year.
    public func calendar(year: Int) -> WorkingCalendar? {
        calendars.first { $0.year == year }
    }

    /// The files behind the set, for the audit trail.
    public var references: [ReferenceUse] { calendars.map(\.reference) }

    /// Whether `date` is a working day, and which calendar said so (nil: no calendar covers
    /// the year, and Monday to Friday counted).
    public func day(_ date: CalendarDate) -> WorkingDayAnswer {
        if let calendar = calendar(year: date.year), let working = calendar.isWorkingDay(date) {
            return WorkingDayAnswer(
                date: date, isWorkingDay: working, calendarID: calendar.id,
                holiday: calendar.holiday(on: date)?.name)
        }
        return WorkingDayAnswer(date: date, isWorkingDay: !date.isWeekend, calendarID: nil, holiday: nil)
    }

    /// The `days`-th working day after `start` (the start day itself is not counted, whether
    /// or not it is a working day), with the calendars consulted; nil only when the count
    /// would leave the years 1-9999.
    public func addingWorkingDays(_ days: Int, to start: CalendarDate) -> WorkingDayCount? {
        var date = start
        var counted = 0
        var used: [String] = []
        var uncovered: [Int] = []
        func note(_ answer: WorkingDayAnswer) {
            if let id = answer.calendarID {
                if !used.contains(id) { used.append(id) }
            } else if !uncovered.contains(answer.date.year) {
                uncovered.append(answer.date.year)
            }
        }
        note(day(start))
        while counted < days {
            guard let next = date.adding(days: 1) else { return nil }
            date = next
            let answer = day(date)
            note(answer)
            if answer.isWorkingDay { counted += 1 }
        }
        return WorkingDayCount(start: start, days: days, due: date, calendarIDs: used, uncoveredYears: uncovered)
    }

    /// Problems across calendars: a repeated id or year, each naming the later file.
    static func crossCheck(_ calendars: [WorkingCalendar]) -> [ReferenceFileError] {
        var errors: [ReferenceFileError] = []
        var ids: [String: String] = [:]
        var years: [Int: String] = [:]
        for calendar in calendars {
            let file = calendar.reference.path
            if let other = ids[calendar.id] {
                errors.append(
                    ReferenceFileError(id: "calendar.duplicate-id", message: "id '\(calendar.id)' is also the id of \(other)", file: file))
            }
            if let other = years[calendar.year] {
                errors.append(
                    ReferenceFileError(
                        id: "calendar.duplicate-year", message: "year \(calendar.year) is also covered by \(other)", file: file))
            }
            ids[calendar.id] = ids[calendar.id] ?? file
            years[calendar.year] = years[calendar.year] ?? file
        }
        return errors
    }
}

/// Whether one date is a working day, and on whose authority.
public struct WorkingDayAnswer: Sendable, Hashable {
    public let date: CalendarDate
    public let isWorkingDay: Bool
    /// The calendar that covers the date; nil when none does and Monday to Friday counted.
    public let calendarID: String?
    /// The holiday the date belongs to, if any.
    public let holiday: CatalogueText?
}

/// The result of counting working days from a start date.
public struct WorkingDayCount: Sendable, Hashable {
    public let start: CalendarDate
    public let days: Int
    /// The last working day of the count.
    public let due: CalendarDate
    /// The calendars consulted, in the order met.
    public let calendarIDs: [String]
    /// The years no calendar covered, where Monday to Friday counted; empty when every day
    /// was covered.
    public let uncoveredYears: [Int]
}
