import Catalogue
import DossierModel
import Foundation
import Testing

/// The shipped routing tables, calendars and clock settings lint cleanly, and broken copies
/// are reported by `kind:` with their ids and the line and column of the node at fault.
@Suite struct ReferenceFileLinterTests {
    static let shippedFiles = [
        "routing/default.yml", "routing/cn-js.yml", "routing/cn-sd.yml", "routing/cn-zj.yml", "routing/cn-yn.yml",
        "calendars/cn-2025.yml", "calendars/cn-2026.yml", "clocks.yml", "catalogues/2025.yml",
    ]

    @Test(arguments: shippedFiles)
    func shippedFileHasNoLintError(file: String) {
        let errors = ReferenceFileLinter.lint(path: "\(ReferenceFiles.pipelines)/\(file)")
        #expect(errors.isEmpty, "\(ReferenceFiles.shown(errors))")
    }

    @Test(arguments: ["routing", "calendars", "catalogues"])
    func shippedFolderHasNoLintError(folder: String) {
        let errors = ReferenceFileLinter.lint(path: "\(ReferenceFiles.pipelines)/\(folder)")
        #expect(errors.isEmpty, "\(ReferenceFiles.shown(errors))")
    }

    @Test func kindIsReadFromTheTopLevelLine() {
        #expect(ReferenceFileLinter.declaredKind("# c\nkind: calendar # note\nid: x") == "calendar")
        #expect(ReferenceFileLinter.declaredKind("id: x\n  kind: calendar") == nil)
        #expect(ReferenceFileLinter.declaredKind("kind: \"clocks\"") == "clocks")
    }

    @Test func unknownKindIsAnError() {
        let errors = ReferenceFileLinter.lint(text: "id: x\nkind: timetable\n", file: "x.yml")
        #expect(errors.map(\.id) == ["reference.unknown-kind"])
        #expect(errors.first?.line == 2)
    }

    /// A valid calendar; the tests change one line of it.
    static let calendar = """
        kind: calendar
        id: test-2026
        year: 2026
        title: Test
        source: {instrument: test notice}
        holidays:
          - name: {zh: 春节, en: Spring Festival}
            from: 2026-02-15
            to: 2026-02-23
          - name: {zh: 清明节, en: Qingming}
            from: 2026-04-04
            to: 2026-04-06
        working-days:
          - date: 2026-02-14
            name: {zh: 春节调休上班, en: make-up day}
        """

    /// One mutation of a valid file and the error it must produce, at a line and column.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let file: String
        let from: String
        let to: String
        let id: String
        let line: Int
        let column: Int
        var description: String { name }
    }

    static let calendarCases: [Case] = [
        Case(
            name: "unknown key", file: "calendar", from: "    to: 2026-02-23", to: "    to: 2026-02-23\n    colour: red",
            id: "calendar.unknown-key", line: 10, column: 5),
        Case(
            name: "bad date", file: "calendar", from: "from: 2026-04-04", to: "from: 2026-04-31",
            id: "calendar.bad-date", line: 11, column: 11),
        Case(
            name: "duplicate holiday", file: "calendar", from: "from: 2026-04-04", to: "from: 2026-02-23",
            id: "calendar.duplicate-holiday", line: 10, column: 5),
        Case(
            name: "working day on a weekday", file: "calendar", from: "date: 2026-02-14", to: "date: 2026-02-13",
            id: "calendar.working-day-not-weekend", line: 14, column: 11),
        Case(
            name: "working day on a holiday", file: "calendar", from: "date: 2026-02-14", to: "date: 2026-02-21",
            id: "calendar.conflict", line: 14, column: 11),
        Case(
            name: "date outside the year", file: "calendar", from: "to: 2026-04-06", to: "to: 2027-04-06",
            id: "calendar.outside-year", line: 12, column: 9),
        Case(
            name: "end before start", file: "calendar", from: "to: 2026-04-06", to: "to: 2026-04-01",
            id: "calendar.date-order", line: 12, column: 9),
    ]

    @Test(arguments: calendarCases)
    func calendarError(_ c: Case) throws {
        try Self.check(c, in: Self.calendar)
    }

    /// A valid clock-settings file.
    static let clocks = """
        kind: clocks
        id: test-clocks
        title: Test
        source: test
        clocks:
          - id: first
            title: {zh: 甲, en: First}
            days: 5
            unit: working-days
            starts-on: filing
            applies-to: {outcomes: [export-licence]}
            source: test
          - id: second
            title: {zh: 乙, en: Second}
            days: 15
            unit: working-days
            starts-on: {after: first}
            applies-to: {tracks: [track-a], asset-types: [plant-variety]}
            source: test
        """

    static let clockCases: [Case] = [
        Case(
            name: "unknown outcome", file: "clocks", from: "outcomes: [export-licence]", to: "outcomes: [export-license]",
            id: "clocks.unknown-outcome", line: 11, column: 29),
        Case(
            name: "unknown asset type", file: "clocks", from: "asset-types: [plant-variety]", to: "asset-types: [plant-varieties]",
            id: "clocks.unknown-asset-type", line: 18, column: 51),
        Case(
            name: "unknown earlier clock", file: "clocks", from: "{after: first}", to: "{after: third}",
            id: "clocks.unknown-clock", line: 17, column: 24),
        Case(
            name: "bad unit", file: "clocks", from: "days: 5\n    unit: working-days", to: "days: 5\n    unit: work-days",
            id: "clocks.bad-unit", line: 9, column: 11),
        Case(
            name: "unknown key", file: "clocks", from: "    source: test\n  - id: second",
            to: "    source: test\n    sauce: x\n  - id: second",
            id: "clocks.unknown-key", line: 13, column: 5),
    ]

    @Test(arguments: clockCases)
    func clockError(_ c: Case) throws {
        try Self.check(c, in: Self.clocks)
    }

    @Test func validClocksLoad() throws {
        let settings = try ClockSettingsLoader.load(text: Self.clocks, file: "clocks.yml")
        #expect(settings.clocks.map(\.id) == ["first", "second"])
        #expect(settings.clock("second")?.start == .after("first"))
        #expect(settings.reference.kind == "clocks")
    }

    /// A province table in a temporary folder beside a copy of the shipped default.
    @Test func provinceTableErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routing-lint-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: ReferenceFiles.routing + "/default.yml", toPath: folder + "/default.yml")
        let good = """
            kind: routing-table
            id: cn-gd
            province: cn-gd
            title: Guangdong
            source: test
            track-a:
              software-copyright: provincial-science-technology
            """
        try good.write(toFile: folder + "/cn-gd.yml", atomically: true, encoding: .utf8)
        #expect(ReferenceFileLinter.lint(path: folder + "/cn-gd.yml").isEmpty)
        #expect(ReferenceFileLinter.lint(path: folder).isEmpty)
        let set = try RoutingTableSet.load(folder: folder)
        #expect(set.table(forProvince: "CN-GD").table.reviewer(for: .softwareCopyright)?.name.zh == "省级科学技术主管部门")

        let cases: [(String, String, String, Int, Int)] = [
            ("province: cn-gd\n", "", "routing.missing-province", 1, 1),
            ("provincial-science-technology", "provincial-culture", "routing.unknown-authority", 7, 23),
            ("software-copyright:", "software:", "routing.unknown-asset-type", 7, 3),
            ("province: cn-gd", "province: guangdong", "routing.bad-province", 3, 11),
            ("title: Guangdong", "title: Guangdong\ncolour: red", "routing.unknown-key", 5, 1),
        ]
        for (from, to, id, line, column) in cases {
            let text = good.replacingOccurrences(of: from, with: to)
            try text.write(toFile: folder + "/cn-gd.yml", atomically: true, encoding: .utf8)
            let errors = ReferenceFileLinter.lint(path: folder + "/cn-gd.yml")
            #expect(errors.map(\.id) == [id], "\(id): \(ReferenceFiles.shown(errors))")
            #expect(errors.first?.line == line && errors.first?.column == column, "\(id): \(ReferenceFiles.shown(errors))")
        }
    }

    /// Applies the case's mutation and checks the single error.
    static func check(_ c: Case, in document: String) throws {
        #expect(ReferenceFileLinter.lint(text: document, file: "\(c.file).yml").isEmpty)
        #expect(document.contains(c.from), "case \(c.name) does not apply")
        let errors = ReferenceFileLinter.lint(text: document.replacingOccurrences(of: c.from, with: c.to), file: "\(c.file).yml")
        #expect(errors.map(\.id) == [c.id], "\(ReferenceFiles.shown(errors))")
        let first = try #require(errors.first)
        #expect(first.line == c.line && first.column == c.column, "\(first)")
        #expect(first.description.contains("\(c.file).yml:\(c.line):\(c.column): error:"))
    }
}
