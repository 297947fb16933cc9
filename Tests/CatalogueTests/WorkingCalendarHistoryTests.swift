import Catalogue
import DossierModel
import Testing

/// The calendars of 2019 to 2024 (issue 18): every year loads with its notice cited, and a due
/// date is counted across each year's Spring Festival and National Day.
@Suite struct WorkingCalendarHistoryTests {
    static let set = Result { try WorkingCalendarSet.load(folder: ReferenceFiles.calendars) }

    /// The notice of each year, as the State Council General Office numbered it.
    static let notices: [(year: Int, number: String, issued: String)] = [
        (2019, "国办发明电〔2018〕15号", "2018-12-04"), (2020, "国办发明电〔2019〕16号", "2019-11-21"),
        (2021, "国办发明电〔2020〕27号", "2020-11-25"), (2022, "国办发明电〔2021〕11号", "2021-10-25"),
        (2023, "国办发明电〔2022〕16号", "2022-12-08"), (2024, "国办发明电〔2023〕7号", "2023-10-25"),
    ]

    @Test func everyYearSince2019HasItsNotice() throws {
        let set = try Self.set.get()
        #expect(set.calendars.map(\.year) == Array(2019...2026))
        for notice in Self.notices {
            let calendar = try #require(set.calendar(year: notice.year))
            #expect(calendar.source.instrument.contains(notice.number), "\(notice.year)")
            #expect(calendar.source.issued == ReferenceFiles.date(notice.issued), "\(notice.year)")
        }
        // The mid-year revisions are cited beside the first notice.
        #expect(try #require(set.calendar(year: 2019)).source.instrument.contains("国办发明电〔2019〕3号"))
        #expect(try #require(set.calendar(year: 2020)).source.instrument.contains("国办发明电〔2020〕1号"))
    }

    /// Due dates counted from a working day before each holiday. The expected dates were
    /// counted independently with the third-party `chinesecalendar` 1.11.0 (PyPI,
    /// `is_workday`), not with this code.
    static let cases: [(start: String, days: Int, due: String)] = [
        // 2019: Spring Festival 4-10 Feb, 2-3 Feb worked; National Day 1-7 Oct, 29 Sep and 12 Oct worked.
        ("2019-02-01", 1, "2019-02-02"), ("2019-02-01", 3, "2019-02-11"), ("2019-02-01", 15, "2019-02-27"),
        ("2019-02-01", 30, "2019-03-20"), ("2019-09-27", 1, "2019-09-29"), ("2019-09-27", 3, "2019-10-08"),
        ("2019-09-27", 30, "2019-11-13"),
        // 2019 Labour Day as revised: 1-4 May off, 28 Apr and 5 May worked.
        ("2019-04-26", 1, "2019-04-28"), ("2019-04-30", 1, "2019-05-05"),
        // 2020: Spring Festival 24 Jan to 2 Feb as extended, 19 Jan worked, 1 Feb no longer worked.
        ("2020-01-22", 1, "2020-01-23"), ("2020-01-22", 3, "2020-02-04"), ("2020-01-22", 15, "2020-02-20"),
        ("2020-01-22", 30, "2020-03-12"), ("2020-09-25", 1, "2020-09-27"), ("2020-09-25", 3, "2020-09-29"),
        ("2020-09-25", 15, "2020-10-22"),
        // 2021
        ("2021-02-09", 1, "2021-02-10"), ("2021-02-09", 3, "2021-02-19"), ("2021-02-09", 15, "2021-03-08"),
        ("2021-09-29", 1, "2021-09-30"), ("2021-09-29", 3, "2021-10-09"), ("2021-09-29", 30, "2021-11-16"),
        // 2022
        ("2022-01-27", 3, "2022-01-30"), ("2022-01-27", 15, "2022-02-22"), ("2022-09-29", 3, "2022-10-09"),
        ("2022-09-29", 15, "2022-10-25"),
        // 2023
        ("2023-01-19", 3, "2023-01-29"), ("2023-01-19", 30, "2023-03-07"), ("2023-09-27", 3, "2023-10-08"),
        ("2023-09-27", 15, "2023-10-24"),
        // 2024: Spring Festival 10-17 Feb, 4 and 18 Feb worked; New Year's Eve (9 Feb) is a working day.
        ("2024-02-07", 1, "2024-02-08"), ("2024-02-07", 3, "2024-02-18"), ("2024-02-07", 15, "2024-03-05"),
        ("2024-09-26", 3, "2024-09-30"), ("2024-09-26", 15, "2024-10-22"), ("2024-09-26", 30, "2024-11-12"),
    ]

    @Test("due dates across Spring Festival and National Day, 2019-2024", arguments: cases.indices)
    func dueDate(_ i: Int) throws {
        let c = Self.cases[i]
        let count = try #require(try Self.set.get().addingWorkingDays(c.days, to: ReferenceFiles.date(c.start)))
        #expect(count.due == ReferenceFiles.date(c.due), "\(c.start) + \(c.days)")
        #expect(count.uncoveredYears.isEmpty)
        #expect(count.calendarIDs.allSatisfy { $0.hasPrefix("cn-holidays-") })
    }
}
