import Foundation

/// The keyed container of a `JSONFrame` (an object): every member goes into the frame.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let frame: JSONFrame

    var codingPath: [any CodingKey] { frame.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        frame.appendRaw(key: key.stringValue) { $0.append(contentsOf: "null".utf8) }
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        frame.appendRaw(key: key.stringValue) { JSONText.writeBool(value, into: &$0) }
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        frame.appendRaw(key: key.stringValue) { JSONText.writeString(value, into: &$0) }
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try frame.appendRaw(key: key.stringValue) { try JSONText.writeFloat(value, into: &$0) }
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try frame.appendRaw(key: key.stringValue) { try JSONText.writeFloat(value, into: &$0) }
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        frame.appendRaw(key: key.stringValue) { JSONText.writeInteger(value, into: &$0) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try frame.append(value, key: key.stringValue, codingKey: key)
    }

    /// As the protocol's default (nothing for nil), without its extra generic call.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return }
        try frame.append(value, key: key.stringValue, codingKey: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<
        NestedKey
    > {
        frame.appendNested(key: key.stringValue, codingKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        frame.appendNested(key: key.stringValue, codingKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        frame.appendNested(key: "super", codingKey: JSONIndexKey(stringValue: "super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        frame.appendNested(key: key.stringValue, codingKey: key)
    }
}

/// The unkeyed container of a `JSONFrame` (an array).
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let frame: JSONFrame

    var codingPath: [any CodingKey] { frame.codingPath }
    var count: Int { frame.members.count }

    private var nextKey: JSONIndexKey { JSONIndexKey(intValue: frame.members.count) }

    mutating func encodeNil() throws {
        frame.appendRaw(key: "") { $0.append(contentsOf: "null".utf8) }
    }

    mutating func encode(_ value: Bool) throws {
        frame.appendRaw(key: "") { JSONText.writeBool(value, into: &$0) }
    }

    mutating func encode(_ value: String) throws {
        frame.appendRaw(key: "") { JSONText.writeString(value, into: &$0) }
    }

    mutating func encode(_ value: Double) throws {
        try frame.appendRaw(key: "") { try JSONText.writeFloat(value, into: &$0) }
    }

    mutating func encode(_ value: Int) throws {
        frame.appendRaw(key: "") { JSONText.writeInteger(value, into: &$0) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try frame.append(value, key: "", codingKey: nextKey)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        frame.appendNested(key: "", codingKey: nextKey).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        frame.appendNested(key: "", codingKey: nextKey).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        frame.appendNested(key: "", codingKey: nextKey)
    }
}

/// The single value container of a `JSONFrame`: the value's bytes are the frame's.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let frame: JSONFrame

    var codingPath: [any CodingKey] { frame.codingPath }

    private func set(_ write: (inout [UInt8]) throws -> Void) rethrows {
        precondition(frame.content == .none, "a single value encoded twice, or into a container")
        frame.content = .single
        try write(&frame.buffer)
    }

    mutating func encodeNil() throws { set { $0.append(contentsOf: "null".utf8) } }
    mutating func encode(_ value: Bool) throws { set { JSONText.writeBool(value, into: &$0) } }
    mutating func encode(_ value: String) throws { set { JSONText.writeString(value, into: &$0) } }
    mutating func encode(_ value: Double) throws { try set { try JSONText.writeFloat(value, into: &$0) } }
    mutating func encode(_ value: Float) throws { try set { try JSONText.writeFloat(value, into: &$0) } }
    mutating func encode(_ value: Int) throws { set { JSONText.writeInteger(value, into: &$0) } }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let frame = self.frame
        try set { out in
            if try JSONFrame.encodeScalar(value, pretty: frame.pretty, into: &out) == nil {
                // A wrapper's value sits at the wrapper's own level.
                let inner = JSONFrame(depth: frame.depth, pretty: frame.pretty, parent: frame.parent, key: frame.key)
                try value.encode(to: inner)
                inner.write(into: &out)
            }
        }
    }
}

/// The coding key of an array element, or `super`. An element's `Index N` text is made
/// only when asked for (a coding path in an error): every element of every array has a key.
struct JSONIndexKey: CodingKey {
    private var name: String?
    var intValue: Int?

    var stringValue: String { name ?? "Index \(intValue ?? 0)" }

    init(stringValue: String) {
        self.name = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.name = nil
        self.intValue = intValue
    }
}

/// How `SortedJSONEncoder` writes strings and numbers (Foundation's rules, byte for byte).
enum JSONText {
    static func writeBool(_ value: Bool, into out: inout [UInt8]) {
        out.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    static func writeInteger(_ value: Int, into out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(UInt8(ascii: "0") &+ UInt8(value))
        } else {
            out.append(contentsOf: value.description.utf8)
        }
    }

    /// `description` without a final `.0`; NaN and infinities cannot be written in JSON.
    static func writeFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, into out: inout [UInt8]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: [], debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    /// A quoted string: `"` and `\` escaped, control characters as short escapes or `\u00XX`.
    static func writeString(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { bytes in
            var mark = 0
            var index = 0
            let count = bytes.count
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            while index < count {
                // Eight bytes at a time while none needs an escape (most text needs none).
                if index &+ 8 <= count && !needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index &+= 8
                    continue
                }
                let byte = bytes[index]
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                if index > mark { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[mark..<index])) }
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let digits: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)],
                    ])
                }
                index += 1
                mark = index
            }
            if count > mark { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[mark..<count])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// True when one of the eight bytes of `word` is below 0x20, `"` or `\\` (the classic
    /// has-less and has-zero-byte tests, exact for these values).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteZero = (quote &- ones) & ~quote & highs
        let backslashZero = (backslash &- ones) & ~backslash & highs
        return (control | quoteZero | backslashZero) != 0
    }
}
