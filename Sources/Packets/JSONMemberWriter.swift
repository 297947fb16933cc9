/// What `PacketJSONWriter` (pretty) and `CompactJSONWriter` (compact) share: the members
/// whose value is one scalar, written after the writer's own `key` (its layout: separator,
/// indentation, `"key":` with or without spaces) through `JSONText`, the encoder's own rules.
/// A nil optional is left out, as the synthesised `encodeIfPresent` does.
protocol JSONMemberWriter {
    var bytes: [UInt8] { get set }
    /// Writes what comes before the value of the next member of an object.
    mutating func key(_ key: StaticString)
}

extension JSONMemberWriter {
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
}
