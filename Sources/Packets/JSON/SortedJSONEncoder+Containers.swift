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
