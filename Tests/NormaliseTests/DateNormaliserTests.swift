import DossierModel
import Testing

@testable import Normalise

@Suite struct DateNormaliserTests {
    @Test(arguments: [
        ("2026-11-19", "2026-11-19"), ("20261119", "2026-11-19"), ("2026/11/19", "2026-11-19"),
        ("2026.11.19", "2026-11-19"), ("2026年11月19日", "2026-11-19"), ("2026 年 11 月 19 日", "2026-11-19"),
        ("2026年1月5日", "2026-01-05"), ("2026/1/5", "2026-01-05"), (" 2026-11-19\n", "2026-11-19"),
        ("２０２６－１１－１９", "2026-11-19"), ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"),
        ("20121008", "2012-10-08"),
    ])
    func readsDates(raw: String, iso: String) {
        #expect(DateNormaliser.date(from: raw)?.description == iso)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-11-19T10:00:00Z",
        "19-11-2026", "26-11-19", "2026-11", "2026-11-19-01", "2026/11-19", "2026年11月19", "2026年11月32日",
        "202611190", "", "tomorrow", "2026-1a-19",
    ])
    func rejectsInvalidDates(raw: String) {
        #expect(DateNormaliser.date(from: raw) == nil)
    }

    @Test func invalidDateIsReportedWithItsText() {
        let context = NormaliseContext(dossier: "JS-3")
        #expect(DateNormaliser.normalise("2023-02-29", field: "the filing date", context: context) == nil)
        #expect(
            DateNormaliser.normalise("2024-02-29", field: "the filing date", context: context)
                == CalendarDate(year: 2024, month: 2, day: 29))
        let found = context.collector.diagnostics
        #expect(found.map(\.id) == ["date.invalid"])
        #expect(found.first?.message == "the filing date \"2023-02-29\" is not a valid calendar date (YYYY-MM-DD)")
    }
}
