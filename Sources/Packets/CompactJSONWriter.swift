import DossierModel

/// Writes compact JSON (one line, no spaces) member by member, for the direct writers of the
/// ledger blobs (`LedgerBlobJSON`): the bytes `SortedJSONEncoder()` (and so Foundation's
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`) writes for a value's
/// synthesised `Codable`, without the Codable calls and their boxed containers.
///
/// The writer does not sort: the caller writes an object's members in the UTF-8 byte order
/// of their keys, leaves out a nil optional (as the synthesised `encodeIfPresent` does) and
/// always writes an array, empty or not. Strings and numbers go through `JSONText`, the
/// encoder's own rules, so that they cannot differ from it.
struct CompactJSONWriter: JSONMemberWriter {
    var bytes: [UInt8] = []
    /// True until the object or array being written has a member.
    private var first = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    /// An object whose members `members` writes (its keys in UTF-8 order).
    @inline(__always)
    mutating func object(_ members: (inout CompactJSONWriter) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "{"))
        first = true
        try members(&self)
        bytes.append(UInt8(ascii: "}"))
        first = false
    }

    /// The key of the next member of an object (ASCII, nothing to escape): `"key":`, after a
    /// comma unless it is the first.
    @inline(__always)
    mutating func key(_ key: StaticString) {
        if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    // MARK: Members (the scalar ones are `JSONMemberWriter`'s)

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
        bytes.append(UInt8(ascii: "["))
        var comma = false
        for value in values {
            if comma { bytes.append(UInt8(ascii: ",")) } else { comma = true }
            JSONText.writeString(value, into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An array of vocabulary values, each its raw value.
    mutating func raws<Value: RawRepresentable>(_ key: StaticString, _ values: [Value]) where Value.RawValue == String {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        var comma = false
        for value in values {
            if comma { bytes.append(UInt8(ascii: ",")) } else { comma = true }
            JSONText.writeString(value.rawValue, into: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A member whose value is an object written by `members`.
    @inline(__always)
    mutating func object(_ key: StaticString, _ members: (inout CompactJSONWriter) throws -> Void) rethrows {
        self.key(key)
        try object(members)
    }

    /// A member whose value is an array of objects, each written by `write`.
    @inline(__always)
    mutating func objects<Element>(_ key: StaticString, _ elements: [Element], _ write: (Element, inout CompactJSONWriter) throws -> Void)
        rethrows
    {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        var comma = false
        for element in elements {
            if comma { bytes.append(UInt8(ascii: ",")) } else { comma = true }
            try object { try write(element, &$0) }
        }
        bytes.append(UInt8(ascii: "]"))
        first = false
    }
}
