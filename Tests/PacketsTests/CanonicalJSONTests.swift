import DossierModel
import Foundation
import Testing

@testable import Packets

/// `CanonicalJSON` writes the bytes `SortedJSONEncoder()` (and Foundation's `JSONEncoder`
/// with `[.sortedKeys, .withoutEscapingSlashes]`) writes for the synthesised `Codable` of a
/// `Dossier` and a `Decision`: compared byte for byte on values with every optional set,
/// every array filled and every enum case used, on values with every optional nil and every
/// array empty, and on the renderer fixtures, so that a key out of order, a field the writer
/// misses, a nil written or a number or string written differently fails here. The real
/// dossiers and decisions are compared in `PipelineTests` (`LedgerBlobRealDataTests`).
@Suite struct CanonicalJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    static func expectSame(_ dossier: Dossier, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let mine = CanonicalJSON.compact(dossier)
        let encoder = try SortedJSONEncoder().encode(dossier)
        #expect(
            mine == encoder, "\(String(decoding: mine, as: UTF8.self))\nvs\n\(String(decoding: encoder, as: UTF8.self))",
            sourceLocation: sourceLocation)
        #expect(mine == (try foundation(dossier)), sourceLocation: sourceLocation)
        #expect(try JSONDecoder().decode(Dossier.self, from: Data(mine)) == dossier, sourceLocation: sourceLocation)
    }

    static func expectSame(_ decision: Decision, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let mine = try CanonicalJSON.compact(decision)
        let encoder = try SortedJSONEncoder().encode(decision)
        #expect(
            mine == encoder, "\(String(decoding: mine, as: UTF8.self))\nvs\n\(String(decoding: encoder, as: UTF8.self))",
            sourceLocation: sourceLocation)
        #expect(mine == (try foundation(decision)), sourceLocation: sourceLocation)
        #expect(try JSONDecoder().decode(Decision.self, from: Data(mine)) == decision, sourceLocation: sourceLocation)
    }

    @Test func everyFieldSetMatches() throws {
        try Self.expectSame(LedgerBlobFixtures.dossier(filled: true))
        try Self.expectSame(LedgerBlobFixtures.decision(filled: true, outcome: .prohibited))
    }

    @Test func nothingSetMatches() throws {
        try Self.expectSame(LedgerBlobFixtures.dossier(filled: false))
        try Self.expectSame(LedgerBlobFixtures.decision(filled: false, outcome: .registration))
        // The smallest values: every optional nil, every array empty, empty strings.
        try Self.expectSame(
            Dossier(id: "", transaction: Transaction(type: TransactionType(rawValue: "")), source: SourceLocation(file: "")))
        // An office and a value with nothing set are `{}`, not left out.
        var dossier = LedgerBlobFixtures.dossier(filled: false)
        dossier.office = Office(province: nil, channel: nil)
        try Self.expectSame(dossier)
    }

    @Test func everyOutcomeMatches() throws {
        for outcome in Outcome.allCases {
            try Self.expectSame(LedgerBlobFixtures.decision(filled: true, outcome: outcome))
            try Self.expectSame(LedgerBlobFixtures.decision(filled: false, outcome: outcome))
        }
    }

    @Test func rendererFixturesMatch() throws {
        for fixture in [PacketFixtures.plain, PacketFixtures.hostile] {
            try Self.expectSame(fixture.dossier())
            try Self.expectSame(fixture.decision())
            try Self.expectSame(fixture.decision(outcome: .outOfScope, dues: [nil]))
        }
        try Self.expectSame(PacketFixtures.quarantine())
        try Self.expectSame(PacketFixtures.quarantine(id: nil, file: "a/b\\c\u{1}.xml"))
    }

    @Test func numbersMatch() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.1, 0.1 + 0.2, 1.0 / 3, 2.5, 100, 1e-7, 1.5e-5, 1e15, 1e16, 1e21, 1.7976931348623157e308,
            Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, 123_456_789.125, -42.75,
        ]
        let ints = [0, 9, 10, -1, -10, 1 << 40, Int.max, Int.min]
        for (index, value) in doubles.enumerated() {
            var decision = LedgerBlobFixtures.decision(filled: true, outcome: .exportLicence)
            decision.hits[0].score = value
            decision.hits[0].thresholds[0].stated[0].value = value
            decision.hits[0].thresholds[0].stated[0].converted = -value
            decision.screening[0].result.matches[0].score = value
            decision.screening[0].result.matches[0].features[0].value = value
            let int = ints[index % ints.count]
            decision.screening[0].result.candidatesScored = int
            decision.hits[0].evidence[0].span = TextSpan(start: int, end: ints[(index + 1) % ints.count])
            decision.route?.clocks[0].days = int
            decision.flags[0].screening?.clearance?.line = int
            try Self.expectSame(decision)
            var dossier = LedgerBlobFixtures.dossier(filled: true)
            dossier.source.line = int
            dossier.source.column = int
            dossier.attachments[0].size = int
            try Self.expectSame(dossier)
        }
    }

    @Test func datesMatch() throws {
        let dates = [
            CalendarDate(year: 1, month: 1, day: 1)!, CalendarDate(year: 999, month: 12, day: 31)!,
            CalendarDate(year: 2024, month: 2, day: 29)!, CalendarDate(year: 9999, month: 12, day: 31)!,
        ]
        for date in dates {
            var dossier = LedgerBlobFixtures.dossier(filled: true)
            dossier.filed = date
            try Self.expectSame(dossier)
            var decision = LedgerBlobFixtures.decision(filled: true, outcome: .acquisitionReview)
            decision.filed = date
            decision.route?.clocks[0].start = date
            decision.route?.clocks[0].due = date
            try Self.expectSame(decision)
        }
        // Out of the range the initialiser allows (the fields are `var`): still the same
        // bytes (not compared with a decoded value: such a date does not decode).
        for (year, month, day) in [(12_345, 1, 2), (-5, 3, 4), (2026, 123, 5), (2026, 6, -7)] {
            var date = CalendarDate(year: 2026, month: 1, day: 1)!
            date.year = year
            date.month = month
            date.day = day
            var decision = LedgerBlobFixtures.decision(filled: false, outcome: .registration)
            decision.filed = date
            #expect(try CanonicalJSON.compact(decision) == SortedJSONEncoder().encode(decision))
            var dossier = LedgerBlobFixtures.dossier(filled: false)
            dossier.filed = date
            #expect(CanonicalJSON.compact(dossier) == (try SortedJSONEncoder().encode(dossier)))
        }
    }

    @Test func aNumberJSONCannotHoldIsRefusedAsTheEncoderRefusesIt() throws {
        for bad in [Double.nan, .infinity, -.infinity] {
            var decision = LedgerBlobFixtures.decision(filled: true, outcome: .prohibited)
            decision.hits[0].score = bad
            #expect(throws: EncodingError.self) { try CanonicalJSON.compact(decision) }
            #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode(decision) }
        }
    }
}
