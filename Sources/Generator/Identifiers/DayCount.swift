import DossierModel

/// Day arithmetic on calendar dates (days since 1970-01-01, proleptic Gregorian), so that
/// filing, publication and grant dates can be placed before and after one another.
enum DayCount {
    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    static func days(_ date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (`civil_from_days`).
    static func date(_ days: Int) -> CalendarDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The date `n` days after `date` (before it when `n` is negative).
    static func adding(_ n: Int, to date: CalendarDate) -> CalendarDate {
        self.date(days(date) + n)
    }

    /// `YYYYMMDD`, as ST.36 writes dates.
    static func compact(_ date: CalendarDate) -> String {
        String(date.description.filter { $0 != "-" })
    }
}
