import DossierModel
import Foundation
import Testing

@testable import Packets

/// `SortedJSONEncoder` writes the bytes Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted`): compared byte for byte on
/// the packet fixtures, on hostile strings and numbers, on every Codable shape (optionals,
/// nested and super containers, dictionaries, Data, URL, Date, Decimal) and on random values.
@Suite struct SortedJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// Both encodings of `value`, compact and pretty, must be the same bytes.
    static func expectSame<T: Encodable>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            let mine = try SortedJSONEncoder(pretty: pretty).encode(value)
            let theirs = try foundation(value, pretty: pretty)
            #expect(
                mine == theirs,
                "pretty \(pretty):\n\(String(decoding: mine, as: UTF8.self))\nvs\n\(String(decoding: theirs, as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
    }

    static let hostileStrings: [String] = [
        "", "plain", "quote \" and backslash \\ and slash / and </script>",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }) + "\u{7F}\u{80}\u{9F}\u{A0}",
        "tab\there\r\nline", "\u{2028}\u{2029}\u{FEFF}\u{FFFD}\u{FFFE}", "一种高压实磷酸铁锂正极材料", "ＬｉＤＡＲ ２．６",
        "emoji 👩‍🔬 and 𠀀 (non-BMP)", "e\u{301} combining", "Ω Å ﬁ ß", "\u{0}\u{0}", "\\u0000 not an escape",
    ]

    @Test func packetFixturesMatchFoundation() throws {
        for fixture in [PacketFixtures.plain, PacketFixtures.hostile] {
            let decision = fixture.decision()
            let dossier = fixture.dossier()
            try Self.expectSame(PacketDocument(decision: decision, dossier: dossier, run: PacketFixtures.run))
            try Self.expectSame(decision)
            try Self.expectSame(dossier)
        }
        try Self.expectSame(PacketDocument(decision: PacketFixtures.quarantine(), dossier: nil, run: PacketFixtures.run))
        try Self.expectSame(PacketFixtures.quarantine())
    }

    @Test func stringsAreEscapedLikeFoundation() throws {
        try Self.expectSame(Self.hostileStrings)
        try Self.expectSame(
            Dictionary(uniqueKeysWithValues: Self.hostileStrings.enumerated().map { ("k\($0.offset)" + $0.element, $0.element) }))
        for text in Self.hostileStrings { try Self.expectSame(text) }
    }

    /// `writeString` skips eight clean bytes at a time: every byte that needs an escape (and
    /// a few that do not) at every position of strings longer than a word.
    @Test func escapesAtEveryPositionOfAWord() throws {
        var texts: [String] = []
        for special in [0x00, 0x01, 0x08, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x2F, 0x5B, 0x5C, 0x5D, 0x7F] {
            for position in 0..<19 {
                var bytes = Array("abcdefghijklmnopqrs".utf8)
                bytes[position] = UInt8(special)
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        texts.append("一种高压实磷酸铁锂正极材料\u{1}和\"引号\"")
        try Self.expectSame(texts)
    }

    @Test func numbersAreWrittenLikeFoundation() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.1, 2.5, 1e-7, 123_456_789_012_345_680, 1e16, 1e300, -3.75e-300,
            .greatestFiniteMagnitude, .leastNonzeroMagnitude, 0.30000000000000004, 100, 2.6,
        ]
        try Self.expectSame(doubles)
        try Self.expectSame([Float(0.1), 3, -2.5e10])
        try Self.expectSame([Int.min, -1, 0, 7, 10, Int.max])
        try Self.expectSame(Numbers())
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode(["x": Double.infinity]) }
    }

    @Test func everyContainerShapeMatches() throws {
        try Self.expectSame(Shapes.sample)
        try Self.expectSame([Shapes.sample, Shapes(), Shapes.sample])
        try Self.expectSame(Sub(base: 1, extra: "x"))
        try Self.expectSame(Twice())
        try Self.expectSame(Empty())
        try Self.expectSame([Empty(), Empty()])
        try Self.expectSame(["a": [Int](), "b": [], "c": [1]])
        try Self.expectSame([[String: Int]()])
        try Self.expectSame([3: "three", 1: "one", 20: "twenty"])
        try Self.expectSame(Kind.both(name: "n", count: 2))
        try Self.expectSame([Kind.none, .one("x"), .both(name: "y", count: 3)])
        try Self.expectSame(
            Special(
                data: Data([0, 1, 2, 250, 255]), url: URL(string: "https://example.org/a b?x=1#f")!,
                date: Date(timeIntervalSinceReferenceDate: 123.5), decimal: Decimal(string: "12.340")!))
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode(Nothing()) }
    }

    @Test func randomValuesMatch() throws {
        var rng = SplitMix(seed: 7)
        for _ in 0..<300 {
            try Self.expectSame(Shapes.random(&rng))
        }
    }
}

// MARK: - Shapes

struct Numbers: Codable {
    var i8: Int8 = -8, i16: Int16 = 16, i32: Int32 = -32, i64: Int64 = .min
    var u: UInt = .max, u8: UInt8 = 255, u16: UInt16 = 16, u32: UInt32 = 32, u64: UInt64 = .max
    var f: Float = 1.5, d: Double = -0.25, flag = true, off = false
}

// Keys that sort differently by case, by underscore and outside ASCII, on purpose.
// swift-format-ignore: AlwaysUseLowerCamelCase, IdentifiersMustBeASCII
struct Shapes: Codable {
    var zeta = "z"
    var alpha: String? = nil
    var Beta = 1
    var beta: [Int] = []
    var _under: Double? = nil
    var nested: [String: [String]] = [:]
    var children: [Shapes] = []
    var flags: [Bool] = []
    var optionals: [String?] = []
    var ä: String = "umlaut key"
    var aa: Int = 0

    static let sample = Shapes(
        zeta: "last", alpha: "first", Beta: 2, beta: [3, 1, 2], _under: 0.5,
        nested: ["b": ["x", "/y"], "a": [], "B": ["\u{1}"]],
        children: [Shapes(zeta: "child", children: [Shapes()])], flags: [true, false], optionals: ["a", nil, ""])

    static func random(_ rng: inout SplitMix, depth: Int = 0) -> Shapes {
        var s = Shapes()
        s.zeta = rng.string()
        s.alpha = rng.below(2) == 0 ? nil : rng.string()
        s.Beta = Int(truncatingIfNeeded: rng.next()) >> Int(rng.below(64))
        s.beta = (0..<rng.below(4)).map { _ in Int(rng.below(1000)) - 500 }
        s._under = rng.below(3) == 0 ? nil : Double(Int(rng.below(100_000)) - 50_000) / Double(1 + rng.below(1000))
        s.nested = Dictionary(
            (0..<rng.below(4)).map { _ in (rng.string(), (0..<rng.below(3)).map { _ in rng.string() }) }, uniquingKeysWith: { a, _ in a })
        if depth < 2 { s.children = (0..<rng.below(3)).map { _ in random(&rng, depth: depth + 1) } }
        s.flags = (0..<rng.below(3)).map { _ in rng.below(2) == 0 }
        s.optionals = (0..<rng.below(4)).map { _ in rng.below(2) == 0 ? nil : rng.string() }
        return s
    }
}

/// A class hierarchy that encodes its superclass through `superEncoder()`.
class Base: Encodable {
    var base: Int
    init(base: Int) { self.base = base }
}

final class Sub: Base {
    var extra: String
    init(base: Int, extra: String) {
        self.extra = extra
        super.init(base: base)
    }
    enum CodingKeys: String, CodingKey { case extra }
    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(extra, forKey: .extra)
        try super.encode(to: container.superEncoder())
        var unkeyed = container.superEncoder(forKey: .extra).unkeyedContainer()
        try unkeyed.encode(1)
        var inner = unkeyed.nestedContainer(keyedBy: CodingKeys.self)
        try inner.encodeNil(forKey: .extra)
    }
}

/// Asks for the keyed container twice and encodes one key twice (the last value wins).
struct Twice: Encodable {
    enum Keys: String, CodingKey { case b, a }
    func encode(to encoder: any Encoder) throws {
        var first = encoder.container(keyedBy: Keys.self)
        try first.encode("old", forKey: .b)
        var second = encoder.container(keyedBy: Keys.self)
        try second.encode("new", forKey: .b)
        try second.encode(1, forKey: .a)
    }
}

struct Empty: Encodable {
    func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: Twice.Keys.self) }
}

struct Nothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

enum Kind: Codable {
    case none
    case one(String)
    case both(name: String, count: Int)
}

struct Special: Encodable {
    var data: Data
    var url: URL
    var date: Date
    var decimal: Decimal
}

/// A small deterministic generator for the random values.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A string of 0-12 scalars: controls, ASCII, quotes, Latin, CJK and non-BMP ones.
    mutating func string() -> String {
        let pools: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7E, 0x22...0x22, 0x5C...0x5C, 0x7F...0xFF, 0x4E00...0x4E40, 0x1F600...0x1F640, 0x2000...0x206F,
        ]
        var out = String.UnicodeScalarView()
        for _ in 0..<below(13) {
            let pool = pools[below(pools.count)]
            let value = pool.lowerBound + UInt32(below(Int(pool.upperBound - pool.lowerBound) + 1))
            if let scalar = Unicode.Scalar(value) { out.append(scalar) }
        }
        return String(out)
    }
}
