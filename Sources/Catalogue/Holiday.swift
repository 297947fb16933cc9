import DossierModel

/// A public holiday: a named run of days off (weekend days inside the run included).
public struct Holiday: Sendable, Hashable {
    public let name: CatalogueText
    /// The first day off.
    public let from: CalendarDate
    /// The last day off (inclusive); equal to `from` for a single day.
    public let to: CalendarDate

    public init(name: CatalogueText, from: CalendarDate, to: CalendarDate) {
        self.name = name
        self.from = from
        self.to = to
    }

    /// True when `date` is one of the days off.
    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }

    /// Every day off, in order.
    public var dates: [CalendarDate] {
        (from.dayNumber...max(from.dayNumber, to.dayNumber)).compactMap(CalendarDate.init(dayNumber:))
    }
}

/// A Saturday or Sunday that is a working day, to make up for a holiday.
public struct AdjustedWorkingDay: Sendable, Hashable {
    public let date: CalendarDate
    /// Which holiday it makes up for (`春节`).
    public let name: CatalogueText

    public init(date: CalendarDate, name: CatalogueText) {
        self.date = date
        self.name = name
    }
}

/// The notice a calendar transcribes.
public struct CalendarSource: Sendable, Hashable {
    /// The notice's title (and number, when known).
    public let instrument: String
    /// The day it was issued, when known.
    public let issued: CalendarDate?
    /// Where its text can be read.
    public let url: String?

    public init(instrument: String, issued: CalendarDate? = nil, url: String? = nil) {
        self.instrument = instrument
        self.issued = issued
        self.url = url
    }
}
