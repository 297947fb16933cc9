import DossierModel

/// One of the two layouts the project writes JSON in: the bytes Foundation's `JSONEncoder`
/// writes with `[.sortedKeys, .withoutEscapingSlashes]` (compact) and with `.prettyPrinted`
/// added (pretty). A layout is a type, so that `JSONWriter` is specialised for each and the
/// choice costs nothing per member.
protocol JSONLayout {
    /// True for the pretty layout: a newline and two spaces per level before every member,
    /// `" : "` between a key and its value.
    static var isPretty: Bool { get }
}

/// One line, no spaces: the ledger blobs, the lines of `outbound extract` and `classify`.
enum CompactLayout: JSONLayout {
    static var isPretty: Bool { false }
}

/// Foundation's `.prettyPrinted`: a pretty packet, `summary.json`.
enum PrettyLayout: JSONLayout {
    static var isPretty: Bool { true }
}

/// Writes JSON member by member in a `Layout`: the bytes `SortedJSONEncoder` (and so
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`) writes for a
/// value's synthesised `Codable`, without the Codable calls and their boxed containers, which
/// cost most of the encoding.
///
/// The writer does not sort: each type's `write(_:)` writes its members in the UTF-8 byte
/// order of their keys, leaves out a nil optional (as the synthesised `encodeIfPresent` does)
/// and always writes an array, empty or not. Strings and numbers go through `JSONText`, the
/// encoder's own rules, so that they cannot differ from it. A stored property added to a
/// written type must be added to its `write(_:)` too: the byte-identity tests
/// (`CanonicalJSONTests`, `PacketDocumentJSONTests`) compare both encodings on values that
/// set every field.
struct JSONWriter<Layout: JSONLayout> {
    var bytes: [UInt8] = []
    /// The nesting level of the container being written.
    private var depth = 0
    /// True until the container being written has a member.
    private var empty = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    /// An object whose members `members` writes (its keys in UTF-8 order).
    @inline(__always)
    mutating func object(_ members: (inout JSONWriter) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    /// An array, each element written by `write`.
    @inline(__always)
    mutating func array<Element>(_ elements: [Element], _ write: (inout JSONWriter, Element) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { writer in
            for element in elements {
                writer.separate()
                try write(&writer, element)
            }
        }
    }

    /// `open`, the members, `close`; pretty, the closing bracket on a line of its own at this
    /// level's indentation, and an empty container as Foundation writes it (`[`, two
    /// newlines, the indentation, `]`).
    @inline(__always)
    private mutating func container(open: UInt8, close: UInt8, _ members: (inout JSONWriter) throws -> Void) rethrows {
        bytes.append(open)
        depth += 1
        empty = true
        try members(&self)
        depth -= 1
        if Layout.isPretty {
            if empty { bytes.append(0x0A) }
            bytes.append(0x0A)
            indent()
        }
        bytes.append(close)
        empty = false
    }

    /// What comes before the next member or element: a comma unless it is the first; pretty,
    /// a newline and the indentation.
    @inline(__always)
    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if Layout.isPretty {
            bytes.append(0x0A)
            indent()
        }
    }

    private mutating func indent() {
        for _ in 0..<(2 * depth) { bytes.append(0x20) }
    }

    /// The key of the next member of an object (ASCII, nothing to escape): `"key":`, or
    /// `"key" : ` pretty.
    @inline(__always)
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        if Layout.isPretty { bytes.append(0x20) }
        bytes.append(UInt8(ascii: ":"))
        if Layout.isPretty { bytes.append(0x20) }
    }

    // MARK: Members

    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        JSONText.writeString(value, into: &bytes)
    }

    mutating func string(_ key: StaticString, _ value: String?) {
        if let value { string(key, value) }
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        self.key(key)
        JSONText.writeInteger(value, into: &bytes)
    }

    mutating func int(_ key: StaticString, _ value: Int?) {
        if let value { int(key, value) }
    }

    /// A finite number as `SortedJSONEncoder` writes it; NaN and the infinities throw its error.
    mutating func double(_ key: StaticString, _ value: Double) throws {
        self.key(key)
        try JSONText.writeFloat(value, into: &bytes)
    }

    mutating func bool(_ key: StaticString, _ value: Bool) {
        self.key(key)
        JSONText.writeBool(value, into: &bytes)
    }

    mutating func bool(_ key: StaticString, _ value: Bool?) {
        if let value { bool(key, value) }
    }

    /// A value from a closed or open vocabulary: its raw value, as its `Codable` writes it.
    mutating func raw<Value: RawRepresentable>(_ key: StaticString, _ value: Value) where Value.RawValue == String {
        string(key, value.rawValue)
    }

    mutating func raw<Value: RawRepresentable>(_ key: StaticString, _ value: Value?) where Value.RawValue == String {
        if let value { string(key, value.rawValue) }
    }

    /// A `CalendarDate` as its `encode(to:)` writes it: the string `YYYY-MM-DD`.
    mutating func date(_ key: StaticString, _ value: CalendarDate?) {
        guard let value else { return }
        self.key(key)
        guard (0...9999).contains(value.year), (0...99).contains(value.month), (0...99).contains(value.day) else {
            // Out of the range `CalendarDate.init` allows: its description, whatever it is.
            return JSONText.writeString(value.description, into: &bytes)
        }
        bytes.append(UInt8(ascii: "\""))
        digits(value.year, count: 4)
        bytes.append(UInt8(ascii: "-"))
        digits(value.month, count: 2)
        bytes.append(UInt8(ascii: "-"))
        digits(value.day, count: 2)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `value` (not negative) in exactly `count` decimal digits, zeros in front.
    private mutating func digits(_ value: Int, count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor &*= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// An array of strings.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        array(values) { writer, value in JSONText.writeString(value, into: &writer.bytes) }
    }

    /// An array of vocabulary values, each its raw value.
    mutating func raws<Value: RawRepresentable>(_ key: StaticString, _ values: [Value]) where Value.RawValue == String {
        self.key(key)
        array(values) { writer, value in JSONText.writeString(value.rawValue, into: &writer.bytes) }
    }

    /// A member whose value is an object written by `members`.
    @inline(__always)
    mutating func object(_ key: StaticString, _ members: (inout JSONWriter) throws -> Void) rethrows {
        self.key(key)
        try object(members)
    }

    /// A member whose value is an array of objects, each written by `write`.
    @inline(__always)
    mutating func objects<Element>(_ key: StaticString, _ elements: [Element], _ write: (Element, inout JSONWriter) throws -> Void)
        rethrows
    {
        self.key(key)
        try array(elements) { writer, element in try writer.object { try write(element, &$0) } }
    }
}
