import DossierModel

/// The public holidays and adjusted working days (调休) of one year, as loaded from
/// `pipelines/calendars/*.yml` (format: `docs/routing.md`): which days of the year are
/// working days.
public struct WorkingCalendar: Sendable, Hashable {
    /// The file's stable id: `cn-holidays-2026`.
    public let id: String
    /// The year every date of the file falls in.
    public let year: Int
    public let title: String
    /// The notice that fixed the year's holidays.
    public let source: CalendarSource
    /// The holidays, each a run of days, in file order.
    public let holidays: [Holiday]
    /// Weekend days that are working days, in file order.
    public let adjustedWorkingDays: [AdjustedWorkingDay]
    /// The file the calendar was loaded from, with its hash, for the audit trail.
    public let reference: ReferenceUse

    public init(
        id: String, year: Int, title: String, source: CalendarSource, holidays: [Holiday],
        adjustedWorkingDays: [AdjustedWorkingDay], reference: ReferenceUse
    ) {
        self.id = id
        self.year = year
        self.title = title
        self.source = source
        self.holidays = holidays
        self.adjustedWorkingDays = adjustedWorkingDays
        self.reference = reference
    }

    /// True when the calendar speaks for `date` (it falls in `year`).
    public func covers(_ date: CalendarDate) -> Bool { date.year == year }

    /// The holiday `date` belongs to, if any.
    public func holiday(on date: CalendarDate) -> Holiday? {
        holidays.first { $0.contains(date) }
    }

    /// The adjusted working day on `date`, if it is one.
    public func adjustedWorkingDay(on date: CalendarDate) -> AdjustedWorkingDay? {
        adjustedWorkingDays.first { $0.date == date }
    }

    /// Whether `date` is a working day: not a holiday, and either Monday to Friday or an
    /// adjusted working day; nil when the calendar does not cover `date`.
    public func isWorkingDay(_ date: CalendarDate) -> Bool? {
        guard covers(date) else { return nil }
        if holiday(on: date) != nil { return false }
        return !date.isWeekend || adjustedWorkingDay(on: date) != nil
    }
}
