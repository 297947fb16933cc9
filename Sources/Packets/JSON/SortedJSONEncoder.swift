import Foundation

/// A JSON encoder that writes exactly the bytes Foundation's `JSONEncoder` writes with
/// `outputFormatting` `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when
/// `pretty`) and the default strategies, several times faster.
///
/// Foundation builds a tree of boxed values with a dictionary per object, then sorts and
/// writes it; this encoder writes every value's bytes as soon as it is encoded, one byte
/// buffer per object or array, and sorts an object's members (by the UTF-8 bytes of their
/// keys, as Foundation does) when the object is complete. The rules it copies from
/// Foundation (swift-foundation's `JSONWriter` and `JSONEncoder`):
///
/// - strings: `"` and `\` escaped, `\b \f \n \r \t`, other bytes below 0x20 as `\u00XX`
///   (lowercase hex), everything else (slashes, DEL, non-ASCII) written as is;
/// - numbers: integers in decimal, floating point as `description` without a final `.0`,
///   NaN and infinities refused (`EncodingError.invalidValue`);
/// - `Data` as Base64, `URL` as its absolute string, `Decimal` as its description, `Date`
///   as seconds since 2001 (its own `encode(to:)`);
/// - a value that encodes nothing is `{}`; a key encoded twice keeps the last value;
/// - pretty printing: two spaces per level, `"key" : value`, and an empty array or object
///   written as `[` newline newline indent `]` (Foundation's layout, kept for identical bytes).
public struct SortedJSONEncoder: Sendable {
    /// Pretty printed (`.prettyPrinted`) or one line.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The JSON bytes of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        if let done = try JSONFrame.encodeScalar(value, pretty: pretty, into: &out) {
            _ = done
            return out
        }
        let frame = JSONFrame(depth: 0, pretty: pretty, parent: nil, key: nil)
        try value.encode(to: frame)
        guard frame.content != .none else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        frame.write(into: &out)
        return out
    }

    /// The JSON of `value` as `Data`.
    public func encodeData<T: Encodable>(_ value: T) throws -> Data {
        Data(try encode(value))
    }
}

/// The storage of one value being encoded: a scalar's bytes, or an object's or an array's
/// members (their bytes one after the other in `buffer`, with where each starts and ends).
/// It is also the `Encoder` the value's `encode(to:)` is given.
final class JSONFrame: Encoder {
    enum Content { case none, single, object, array }

    /// One member of an object or an array: a range of `buffer`, or a nested container that
    /// is written when this frame is.
    struct Member {
        var key: String
        /// The first eight UTF-8 bytes of `key`, big-endian, zero-padded: most keys are
        /// ordered by this number alone (`precedes`).
        var prefix: UInt64
        var start: Int
        var end: Int
        var nested: JSONFrame?
    }

    let depth: Int
    let pretty: Bool
    /// Unowned: a frame keeps its spare child (`spare`), which must not keep it.
    unowned let parent: JSONFrame?
    var key: (any CodingKey)?
    // Only this encoder touches these, one call at a time: no dynamic exclusivity checks.
    @exclusivity(unchecked) var content = Content.none
    @exclusivity(unchecked) var buffer: [UInt8] = []
    @exclusivity(unchecked) var members: [Member] = []
    /// The frame of the last nested value, emptied and kept for the next one (every value of
    /// an array or an object is encoded to the end before the next starts), so that a
    /// document costs one frame and two buffers per depth, not per value.
    @exclusivity(unchecked) var spare: JSONFrame?

    init(depth: Int, pretty: Bool, parent: JSONFrame?, key: (any CodingKey)?) {
        self.depth = depth
        self.pretty = pretty
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var frame: JSONFrame? = self
        while let current = frame, let key = current.key {
            path.append(key)
            frame = current.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if content == .none { content = .object }
        precondition(content == .object, "a keyed container asked of a value that already holds another kind")
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(frame: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if content == .none { content = .array }
        precondition(content == .array, "an unkeyed container asked of a value that already holds another kind")
        return JSONUnkeyedContainer(frame: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(frame: self)
    }

    // MARK: Members

    /// Encodes `value` as the next member (with `key` in an object) into `buffer`.
    func append<T: Encodable>(_ value: T, key: String, codingKey: any CodingKey) throws {
        let start = buffer.count
        if try Self.encodeScalar(value, pretty: pretty, into: &buffer) == nil {
            var child: JSONFrame
            if let kept = spare {
                spare = nil
                kept.key = codingKey
                child = kept
            } else {
                child = JSONFrame(depth: depth + 1, pretty: pretty, parent: self, key: codingKey)
            }
            try value.encode(to: child)
            child.write(into: &buffer)
            // Kept unless something still holds it (a value that kept its encoder).
            if isKnownUniquelyReferenced(&child) {
                child.reset()
                spare = child
            }
        }
        members.append(Member(key: key, prefix: Self.prefix(of: key), start: start, end: buffer.count, nested: nil))
    }

    /// Empties the frame for its next value (its capacity kept).
    func reset() {
        content = .none
        buffer.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
    }

    /// The first eight UTF-8 bytes of `key`, big-endian, zero-padded.
    @inline(__always)
    static func prefix(of key: String) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 56
        for byte in key.utf8 {
            value |= UInt64(byte) << shift
            if shift == 0 { break }
            shift -= 8
        }
        return value
    }

    /// True when `a`'s key sorts before `b`'s (UTF-8 byte order); false for equal keys.
    @inline(__always)
    static func precedes(_ a: Member, _ b: Member) -> Bool {
        if a.prefix != b.prefix { return a.prefix < b.prefix }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }

    /// Appends the bytes `write` produces as the next member.
    @inline(__always)
    func appendRaw(key: String, _ write: (inout [UInt8]) throws -> Void) rethrows {
        let start = buffer.count
        try write(&buffer)
        members.append(Member(key: key, prefix: Self.prefix(of: key), start: start, end: buffer.count, nested: nil))
    }

    /// A nested container's frame, written when this one is.
    func appendNested(key: String, codingKey: any CodingKey) -> JSONFrame {
        let child = JSONFrame(depth: depth + 1, pretty: pretty, parent: self, key: codingKey)
        members.append(Member(key: key, prefix: Self.prefix(of: key), start: 0, end: 0, nested: child))
        return child
    }

    // MARK: Writing

    /// Writes the finished value (scalar, object with its members sorted, or array).
    func write(into out: inout [UInt8]) {
        switch content {
        case .single:
            out.append(contentsOf: buffer)
        case .none:
            writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), into: &out)
        case .array:
            writeMembers(members, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), keyed: false, into: &out)
        case .object:
            sortMembers()
            writeMembers(members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), keyed: true, into: &out)
        }
    }

    /// Sorts `members` by key (UTF-8 byte order) in place; of a key given twice, the last
    /// stays. An object has a few dozen members at most: a stable insertion sort, after a
    /// check that they are not sorted already.
    private func sortMembers() {
        let count = members.count
        guard count > 1 else { return }
        var sorted = true
        for index in 1..<count where !Self.precedes(members[index - 1], members[index]) {
            sorted = false
            break
        }
        if sorted { return }  // strictly increasing: no key twice either
        // Stable: equal keys stay in the order they were encoded.
        for index in 1..<count {
            let member = members[index]
            var slot = index
            while slot > 0 && Self.precedes(member, members[slot - 1]) {
                members[slot] = members[slot - 1]
                slot -= 1
            }
            members[slot] = member
        }
        // Of equal keys (now next to each other), the last encoded wins.
        var kept = 0
        for index in 0..<count {
            if kept > 0 && members[kept - 1].prefix == members[index].prefix && members[kept - 1].key == members[index].key {
                members[kept - 1] = members[index]
            } else {
                members[kept] = members[index]
                kept += 1
            }
        }
        members.removeLast(count - kept)
    }

    private func writeEmpty(open: UInt8, close: UInt8, into out: inout [UInt8]) {
        out.append(open)
        if pretty {
            out.append(0x0A)
            out.append(0x0A)
            Self.indent(depth, into: &out)
        }
        out.append(close)
    }

    private func writeMembers(_ list: [Member], open: UInt8, close: UInt8, keyed: Bool, into out: inout [UInt8]) {
        guard !list.isEmpty else { return writeEmpty(open: open, close: close, into: &out) }
        out.append(open)
        var first = true
        for member in list {
            if first {
                first = false
                if pretty { out.append(0x0A) }
            } else {
                out.append(UInt8(ascii: ","))
                if pretty { out.append(0x0A) }
            }
            if pretty { Self.indent(depth + 1, into: &out) }
            if keyed {
                JSONText.writeString(member.key, into: &out)
                if pretty {
                    out.append(0x20)
                    out.append(UInt8(ascii: ":"))
                    out.append(0x20)
                } else {
                    out.append(UInt8(ascii: ":"))
                }
            }
            if let nested = member.nested {
                nested.write(into: &out)
            } else {
                buffer.withUnsafeBufferPointer { out.append(contentsOf: $0[member.start..<member.end]) }
            }
        }
        if pretty {
            out.append(0x0A)
            Self.indent(depth, into: &out)
        }
        out.append(close)
    }

    static func indent(_ level: Int, into out: inout [UInt8]) {
        for _ in 0..<(2 * level) { out.append(0x20) }
    }

    // MARK: Scalars

    /// Writes `value` when it is one of the types written without a container of its own
    /// (strings, numbers, booleans, `Data`, `URL`, `Decimal`); nil otherwise.
    static func encodeScalar<T: Encodable>(_ value: T, pretty: Bool, into out: inout [UInt8]) throws -> Void? {
        if T.self == String.self {
            JSONText.writeString(_identityCast(value, to: String.self), into: &out)
        } else if T.self == Int.self {
            JSONText.writeInteger(_identityCast(value, to: Int.self), into: &out)
        } else if T.self == Double.self {
            try JSONText.writeFloat(_identityCast(value, to: Double.self), into: &out)
        } else if T.self == Bool.self {
            JSONText.writeBool(_identityCast(value, to: Bool.self), into: &out)
        } else if T.self == Float.self {
            try JSONText.writeFloat(_identityCast(value, to: Float.self), into: &out)
        } else if T.self == Data.self {
            JSONText.writeString(_identityCast(value, to: Data.self).base64EncodedString(), into: &out)
        } else if T.self == URL.self {
            JSONText.writeString(_identityCast(value, to: URL.self).absoluteString, into: &out)
        } else if T.self == Decimal.self {
            out.append(contentsOf: _identityCast(value, to: Decimal.self).description.utf8)
        } else if T.self == Int64.self || T.self == Int32.self || T.self == Int16.self || T.self == Int8.self
            || T.self == UInt.self || T.self == UInt64.self || T.self == UInt32.self || T.self == UInt16.self
            || T.self == UInt8.self
        {
            // Rare in these documents: the dynamic cast is fine here.
            out.append(contentsOf: (value as! any FixedWidthInteger).description.utf8)
        } else {
            return nil
        }
        return ()
    }
}
