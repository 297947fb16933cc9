/// A statutory time limit and its due date.
public struct Clock: Codable, Sendable, Hashable {
    /// A stable id from the clock settings (`restricted-export-decision`).
    public var id: String
    /// What must happen by the due date.
    public var title: String
    /// The length of the limit.
    public var days: Int
    /// `working-days` or `calendar-days`.
    public var unit: String
    /// What starts the clock (`filing date`, `contract submitted`).
    public var startsOn: String
    /// The day the clock starts from, when known.
    public var start: CalendarDate?
    /// The last day of the limit, when the start is known.
    public var due: CalendarDate?
    /// The calendar that counted the working days (`cn-holidays-2026`).
    public var calendar: String?

    public init(
        id: String, title: String, days: Int, unit: String, startsOn: String, start: CalendarDate?, due: CalendarDate?, calendar: String?
    ) {
        self.id = id
        self.title = title
        self.days = days
        self.unit = unit
        self.startsOn = startsOn
        self.start = start
        self.due = due
        self.calendar = calendar
    }
}
