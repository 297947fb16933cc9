import Catalogue
import Foundation
import Testing

/// The linter on small broken catalogues: each problem is reported with its id and the line
/// (and column) of the node at fault, and every problem is reported, not only the first.
@Suite struct CatalogueLinterTests {
    /// A valid catalogue; `entry` is spliced in at line 12.
    static func document(entry: String) -> String {
        """
        id: test-catalogue
        title: {zh: 测试目录, en: Test catalogue}
        source:
          instrument: test
          announcement: "2099-1"
        effective-from: 2020-08-28
        transcription: A test.
        entries:
          - identity: first
            code: 123456X
            part: restricted
            names: {zh: 甲, en: First}
            source: test
            keywords: {zh: [甲], en: [first]}
        \(entry)
        """
    }

    static let goodEntry = """
          - identity: second
            code: 654321J
            part: prohibited
            names: {zh: 乙, en: Second}
            source: test
            control-points:
              - identity: point
                number: 1
                names: {zh: 要点, en: Point}
                keywords: {zh: [要点]}
                ipc-prefixes: [H01M 4/58, B64U, G10L 15]
                qualifiers: {language: chinese-and-minority}
                thresholds:
                  - quantity: compaction-density
                    unit: g/cc
                    comparator: ">="
                    value: 2.58
                    conditions: at 220 MPa
                    words: {zh: [压实密度], en: [compaction density]}
        """

    static func lint(_ text: String) -> [ReferenceFileError] {
        CatalogueLinter.lint(text: text, file: "test.yml")
    }

    @Test func validDocumentHasNoError() throws {
        #expect(Self.lint(Self.document(entry: Self.goodEntry)).isEmpty)
        let catalogue = try CatalogueLoader.load(text: Self.document(entry: Self.goodEntry), file: "test.yml")
        let point = try #require(catalogue.entry(identity: "second")?.controlPoint("point"))
        #expect(point.ipcPrefixes == ["H01M 4/58", "B64U", "G10L 15/"])
        #expect(point.thresholds.first?.unit.symbol == "g/cm3")
    }

    /// One mutation of the good entry and the error it must produce.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let from: String
        let to: String
        let id: String
        let line: Int
        let column: Int?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown key", from: "    source: test\n    control-points:",
            to: "    source: test\n    colour: red\n    control-points:",
            id: "catalogue.unknown-key", line: 20, column: 5),
        Case(name: "bad code", from: "code: 654321J", to: "code: 65432J", id: "catalogue.bad-code", line: 16, column: 11),
        Case(name: "part mismatch", from: "part: prohibited", to: "part: restricted", id: "catalogue.part-mismatch", line: 17, column: 11),
        Case(
            name: "duplicate identity", from: "identity: second", to: "identity: first", id: "catalogue.duplicate-identity", line: 15,
            column: 15),
        Case(
            name: "duplicate code", from: "code: 654321J\n    part: prohibited", to: "code: 123456X\n    part: restricted",
            id: "catalogue.duplicate-code", line: 16, column: 11),
        Case(
            name: "bad comparator", from: "comparator: \">=\"", to: "comparator: \"=>\"", id: "catalogue.bad-comparator", line: 30,
            column: 25),
        Case(name: "bad unit", from: "unit: g/cc", to: "unit: furlongs", id: "catalogue.bad-unit", line: 29, column: 19),
        Case(
            name: "missing required key", from: "    names: {zh: 乙, en: Second}\n", to: "", id: "catalogue.missing-key", line: 15, column: 5
        ),
        Case(name: "missing threshold key", from: "            value: 2.58\n", to: "", id: "catalogue.missing-key", line: 28, column: 13),
        Case(name: "bad date", from: "", to: "", id: "catalogue.bad-date", line: 6, column: 17),
        Case(
            name: "bad qualifier", from: "language: chinese-and-minority", to: "language: klingon", id: "catalogue.bad-qualifier", line: 26,
            column: 32),
        Case(name: "bad ipc", from: "B64U, G10L", to: "B64, G10L", id: "catalogue.bad-ipc", line: 25, column: 35),
        Case(name: "bad number", from: "value: 2.58", to: "value: lots", id: "catalogue.bad-number", line: 31, column: 20),
        Case(name: "bad identity", from: "identity: point", to: "identity: Point_1", id: "catalogue.bad-identity", line: 21, column: 19),
        Case(
            name: "duplicate key", from: "    source: test\n    control-points:",
            to: "    source: test\n    source: again\n    control-points:",
            id: "catalogue.duplicate-key", line: 19, column: 5),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsLine(_ test: Case) throws {
        var text = Self.document(
            entry: test.from.isEmpty ? Self.goodEntry : Self.goodEntry.replacingOccurrences(of: test.from, with: test.to))
        if test.name == "bad date" { text = text.replacingOccurrences(of: "2020-08-28", with: "2020-02-30") }
        #expect(test.from.isEmpty || Self.goodEntry.contains(test.from), "the case must change the document")
        let errors = Self.lint(text)
        let error = try #require(errors.first { $0.id == test.id }, "\(errors.map(\.description))")
        #expect(error.line == test.line, "\(error)")
        if let column = test.column { #expect(error.column == column, "\(error)") }
        #expect(error.file == "test.yml")
        #expect(throws: ReferenceFileError.self) { try CatalogueLoader.load(text: text, file: "test.yml") }
    }

    @Test func reportsEveryProblemNotOnlyTheFirst() {
        let text = Self.document(
            entry: Self.goodEntry
                .replacingOccurrences(of: "code: 654321J", with: "code: 65432J")
                .replacingOccurrences(of: "comparator: \">=\"", with: "comparator: \"~\"")
                .replacingOccurrences(
                    of: "    source: test\n    control-points:", with: "    source: test\n    colour: red\n    control-points:"))
        let errors = Self.lint(text)
        #expect(errors.map(\.id) == ["catalogue.bad-code", "catalogue.unknown-key", "catalogue.bad-comparator"])
        #expect(errors.map(\.line) == [16, 20, 31])
        #expect(
            errors[0].description
                == "test.yml:16:11: error: code '65432J' in entry 'second' is not six digits followed by J or X [catalogue.bad-code]")
    }

    @Test func codeStatusUnknownAllowsNoCode() {
        let unknown = Self.goodEntry.replacingOccurrences(of: "code: 654321J", with: "code-status: unknown")
        #expect(Self.lint(Self.document(entry: unknown)).isEmpty)
        let both = Self.goodEntry.replacingOccurrences(of: "code: 654321J", with: "code: 654321J\n    code-status: unknown")
        #expect(Self.lint(Self.document(entry: both)).map(\.id) == ["catalogue.code-status"])
    }

    @Test func syntaxErrorAndEmptyFile() {
        let broken = Self.lint("id: [unclosed\ntitle: x\n")
        #expect(broken.map(\.id) == ["catalogue.yaml-syntax"])
        #expect(broken.first?.line != nil)
        #expect(Self.lint("").map(\.id) == ["catalogue.empty"])
        #expect(CatalogueLinter.lint(path: "/nonexistent/catalogue.yml").map(\.id) == ["catalogue.unreadable"])
    }

    @Test func effectiveToBeforeFromIsAnError() {
        let text = Self.document(entry: Self.goodEntry)
            .replacingOccurrences(of: "effective-from: 2020-08-28", with: "effective-from: 2020-08-28\neffective-to: 2020-01-01")
        #expect(Self.lint(text).map(\.id) == ["catalogue.date-order"])
        #expect(Self.lint(text).first?.line == 7)
    }
}
