import DossierModel
import Hashing

/// Reads a calendar file (`kind: calendar`, documented in `docs/routing.md`), checking every
/// key and date; every problem carries the line and column of the node at fault and an id
/// starting `calendar.`.
public enum WorkingCalendarLoader: ReferenceFileLoader {
    /// The `kind` a calendar declares.
    public static let kind = "calendar"
    static let requiredKeys = ["kind", "id", "year", "title", "source", "holidays", "working-days"]
    static let optionalKeys = ["note"]

    public static let prefix = "calendar"
    public static let what = "calendar"

    /// The calendar (nil when any problem was found) and every problem, in file order.
    public static func read(text: String, file: String, sha256: String) -> (WorkingCalendar?, [ReferenceFileError]) {
        ReferenceYAML.read(text: text, file: file, prefix: "calendar") { root, reader in
            reader.workingCalendar(root, file: file, sha256: sha256)
        }
    }
}

extension ReferenceNodeReader {
    /// The whole calendar file.
    mutating func workingCalendar(_ root: ReferenceNode, file: String, sha256: String) -> WorkingCalendar? {
        guard
            let header = fields(
                root, of: "the calendar", required: WorkingCalendarLoader.requiredKeys,
                optional: WorkingCalendarLoader.optionalKeys)
        else { return nil }
        expectKind(header, WorkingCalendarLoader.kind)
        let id = identity(header, "id")
        var year = integer(header, "year")
        if let value = year, !(1900...2999).contains(value) {
            report("calendar.bad-year", "'year' \(value) is not a year between 1900 and 2999", at: header["year"])
            year = nil
        }
        let title = text(header, "title")
        let source = calendarSource(header)
        _ = header["note"].map { text($0, "'note' of the calendar") }
        var seen: [CalendarDate: String] = [:]
        let holidays = (list(header, "holidays") ?? []).enumerated().compactMap { index, node in
            holiday(node, number: index + 1, year: year, seen: &seen)
        }
        let workingDays = (list(header, "working-days") ?? []).enumerated().compactMap { index, node in
            adjustedWorkingDay(node, number: index + 1, year: year, seen: &seen)
        }
        guard let id, let year, let title, let source else { return nil }
        let reference = ReferenceUse(kind: WorkingCalendarLoader.kind, id: id, path: file, sha256: sha256)
        return WorkingCalendar(
            id: id, year: year, title: title, source: source, holidays: holidays,
            adjustedWorkingDays: workingDays, reference: reference)
    }

    /// The `source` block: `instrument`, optional `issued` and `url`.
    mutating func calendarSource(_ header: ReferenceFields) -> CalendarSource? {
        guard let node = header["source"],
            let block = fields(node, of: "the calendar 'source'", required: ["instrument"], optional: ["issued", "url"])
        else { return nil }
        let instrument = text(block, "instrument")
        let issued = date(block, "issued")
        let url = text(block, "url")
        guard let instrument else { return nil }
        return CalendarSource(instrument: instrument, issued: issued, url: url)
    }

    /// One item of `holidays`: `name`, `from`, optional `to`.
    mutating func holiday(_ node: ReferenceNode, number: Int, year: Int?, seen: inout [CalendarDate: String]) -> Holiday? {
        let context = "holiday \(number)"
        guard let fields = fields(node, of: context, required: ["name", "from"], optional: ["to"]) else { return nil }
        let errorsBefore = errors.count
        let name = bilingual(fields, "name")
        let from = calendarDate(fields, "from", year: year)
        let to = fields["to"] == nil ? from : calendarDate(fields, "to", year: year)
        guard errors.count == errorsBefore, let name, let from, let to else { return nil }
        guard from <= to else {
            report("calendar.date-order", "\(context) ends (\(to)) before it starts (\(from))", at: fields["to"])
            return nil
        }
        let holiday = Holiday(name: name, from: from, to: to)
        for date in holiday.dates {
            if let earlier = seen[date] {
                report("calendar.duplicate-holiday", "\(date) in \(context) (\(name.zh)) is already listed as \(earlier)", at: node)
                return nil
            }
        }
        for date in holiday.dates { seen[date] = "a day of holiday '\(name.zh)'" }
        return holiday
    }

    /// One item of `working-days`: `date` (a Saturday or Sunday) and `name`.
    mutating func adjustedWorkingDay(_ node: ReferenceNode, number: Int, year: Int?, seen: inout [CalendarDate: String])
        -> AdjustedWorkingDay?
    {
        let context = "working day \(number)"
        guard let fields = fields(node, of: context, required: ["date", "name"]) else { return nil }
        let errorsBefore = errors.count
        let date = calendarDate(fields, "date", year: year)
        let name = bilingual(fields, "name")
        guard errors.count == errorsBefore, let date, let name else { return nil }
        guard date.isWeekend else {
            report(
                "calendar.working-day-not-weekend",
                "\(context), \(date), is a \(Self.weekdayNames[date.isoWeekday - 1]), already a working day; only a Saturday or Sunday can be an adjusted working day",
                at: fields["date"])
            return nil
        }
        if let earlier = seen[date] {
            let id = earlier.hasPrefix("a day of holiday") ? "calendar.conflict" : "calendar.duplicate-working-day"
            report(id, "\(date) in \(context) is already listed as \(earlier)", at: fields["date"])
            return nil
        }
        seen[date] = "an adjusted working day"
        return AdjustedWorkingDay(date: date, name: name)
    }

    /// A `YYYY-MM-DD` date inside the calendar's year (`calendar.outside-year` otherwise).
    mutating func calendarDate(_ fields: ReferenceFields, _ key: String, year: Int?) -> CalendarDate? {
        guard let value = date(fields, key) else { return nil }
        if let year, value.year != year {
            report("calendar.outside-year", "'\(key)' \(value) in \(fields.context) is not in the calendar's year \(year)", at: fields[key])
            return nil
        }
        return value
    }

    /// English weekday names, Monday first.
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
