import Catalogue
import DossierModel
import Testing

/// Working-day arithmetic on the shipped 2025 and 2026 calendars: weekends, holidays, adjusted
/// working days (调休), a start on a holiday and a year no calendar covers.
@Suite struct WorkingCalendarTests {
    static let set = Result { try WorkingCalendarSet.load(folder: ReferenceFiles.calendars) }

    static func due(_ start: String, _ days: Int) throws -> WorkingDayCount {
        try #require(try set.get().addingWorkingDays(days, to: ReferenceFiles.date(start)))
    }

    @Test func dayNumbersAndWeekdays() {
        #expect(ReferenceFiles.date("1970-01-01").dayNumber == 0)
        #expect(ReferenceFiles.date("2000-03-01").dayNumber == 11_017)
        #expect(ReferenceFiles.date("2024-02-28").adding(days: 1) == ReferenceFiles.date("2024-02-29"))
        #expect(ReferenceFiles.date("2025-12-31").adding(days: 1) == ReferenceFiles.date("2026-01-01"))
        #expect(ReferenceFiles.date("2026-02-14").isoWeekday == 6)  // Saturday
        #expect(ReferenceFiles.date("2026-11-21").isoWeekday == 6)
        #expect(ReferenceFiles.date("2025-10-01").isoWeekday == 3)  // Wednesday
        for number in [-1000, -1, 0, 1, 20_000, 2_000_000] {
            #expect(CalendarDate(dayNumber: number)?.dayNumber == number)
        }
    }

    @Test func bothYearsLoadWithTheirHolidays() throws {
        let set = try Self.set.get()
        #expect(set.calendars.map(\.id).suffix(2) == ["cn-holidays-2025", "cn-holidays-2026"])
        let c2026 = try #require(set.calendar(year: 2026))
        #expect(c2026.holidays.count == 7)
        #expect(c2026.adjustedWorkingDays.count == 6)
        #expect(c2026.holiday(on: ReferenceFiles.date("2026-02-20"))?.name.zh == "春节")
        #expect(c2026.reference.kind == "calendar")
        #expect(c2026.reference.sha256.count == 64)
        #expect(c2026.reference.path.hasSuffix("pipelines/calendars/cn-2026.yml"))
        let c2025 = try #require(set.calendar(year: 2025))
        #expect(c2025.holiday(on: ReferenceFiles.date("2025-10-08"))?.name.zh == "国庆节、中秋节")
        #expect(c2025.source.instrument.contains("国办发明电〔2024〕12号"))
    }

    @Test func acrossAWeekend() throws {
        #expect(try Self.due("2026-03-06", 1).due == ReferenceFiles.date("2026-03-09"))
        #expect(try Self.due("2026-03-06", 5).due == ReferenceFiles.date("2026-03-13"))
        #expect(try Self.due("2026-03-06", 5).calendarIDs == ["cn-holidays-2026"])
        #expect(try Self.due("2026-03-06", 5).uncoveredYears.isEmpty)
    }

    /// 1-8 October 2025 are off; Sunday 28 September and Saturday 11 October are worked.
    @Test func acrossTheNationalDayWeek2025() throws {
        let set = try Self.set.get()
        #expect(set.day(ReferenceFiles.date("2025-09-28")).isWorkingDay)
        #expect(!set.day(ReferenceFiles.date("2025-10-08")).isWorkingDay)
        #expect(set.day(ReferenceFiles.date("2025-10-08")).holiday?.en == "National Day and Mid-Autumn Festival")
        #expect(set.day(ReferenceFiles.date("2025-10-11")).isWorkingDay)
        #expect(!set.day(ReferenceFiles.date("2025-10-12")).isWorkingDay)
        #expect(try Self.due("2025-09-26", 1).due == ReferenceFiles.date("2025-09-28"))
        #expect(try Self.due("2025-09-26", 5).due == ReferenceFiles.date("2025-10-10"))
        #expect(try Self.due("2025-09-26", 6).due == ReferenceFiles.date("2025-10-11"))
        #expect(try Self.due("2025-09-26", 7).due == ReferenceFiles.date("2025-10-13"))
        #expect(try Self.due("2025-09-30", 30).due == ReferenceFiles.date("2025-11-18"))
    }

    /// 15-23 February 2026 are off; Saturdays 14 and 28 February are worked.
    @Test func acrossTheSpringFestival2026() throws {
        #expect(try Self.due("2026-02-12", 2).due == ReferenceFiles.date("2026-02-14"))
        #expect(try Self.due("2026-02-12", 3).due == ReferenceFiles.date("2026-02-24"))
        #expect(try Self.due("2026-02-12", 5).due == ReferenceFiles.date("2026-02-26"))
        #expect(try Self.due("2026-02-26", 15).due == ReferenceFiles.date("2026-03-18"))
        #expect(try Self.due("2026-02-12", 30).due == ReferenceFiles.date("2026-04-01"))
    }

    /// The start day is not counted, even when it is a holiday.
    @Test func startOnAHoliday() throws {
        #expect(try Self.due("2026-10-01", 1).due == ReferenceFiles.date("2026-10-08"))
        #expect(try Self.due("2026-10-01", 3).due == ReferenceFiles.date("2026-10-10"))
        #expect(try Self.due("2026-02-15", 1).due == ReferenceFiles.date("2026-02-24"))
        #expect(try Self.due("2026-10-01", 0).due == ReferenceFiles.date("2026-10-01"))
    }

    /// A year without a calendar counts Monday to Friday and says so.
    @Test func beyondTheCalendarsFallsBackToWeekdays() throws {
        let set = try Self.set.get()
        let answer = set.day(ReferenceFiles.date("2027-01-01"))
        #expect(answer.isWorkingDay)  // a Friday: the real holiday is unknown without a 2027 file
        #expect(answer.calendarID == nil)
        let count = try Self.due("2026-11-20", 30)
        #expect(count.due == ReferenceFiles.date("2027-01-01"))
        #expect(count.calendarIDs == ["cn-holidays-2026"])
        #expect(count.uncoveredYears == [2027])
        #expect(try Self.due("2027-03-05", 1).due == ReferenceFiles.date("2027-03-08"))
        #expect(try Self.due("2027-03-05", 1).calendarIDs.isEmpty)
    }

    @Test func aRepeatedYearIsRejected() throws {
        let c2026 = try #require(try Self.set.get().calendar(year: 2026))
        #expect(throws: ReferenceFileError.self) { try WorkingCalendarSet([c2026, c2026]) }
    }
}
