import DossierModel
import Foundation

/// Encodes a `Codable` value into the ledger's compact binary form: every field in the order
/// its `encode(to:)` writes it, without keys; integers as zigzag varints, floating-point
/// numbers as their 8 bytes, strings as a varint length and their UTF-8 bytes, a
/// `CalendarDate` as one varint, an optional field as a presence byte before its value, an
/// array as a 4-byte count before its elements. A nil anywhere but in a struct's field (an
/// element of `[String?]`, a top-level optional) has no form here and is refused: it would
/// read back as the empty value.
///
/// The form is positional: `BinaryDecoder` reads it back only with the type's synthesised
/// (or otherwise symmetric) `init(from:)`, which reads the fields in the order they were
/// written. Keyed containers with run-time keys (dictionaries) are refused: their order is
/// not stable. `LedgerBlobCodecTests` round-trips every stored type, fields filled and empty.
public enum BinaryEncoder {
    /// A dossier is written by `writeDossier` (`DossierBinaryWriter.swift`) and a decision by
    /// `writeDecision` (`DecisionBinaryWriter.swift`): the same bytes, without `Codable`;
    /// every other value through its `encode(to:)`.
    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        if let dossier = value as? Dossier {
            let encoder = BinaryEncoding(capacity: 16384)
            encoder.writeDossier(dossier)
            return encoder.bytes
        }
        if let decision = value as? Decision {
            let encoder = BinaryEncoding(capacity: 4096)
            encoder.writeDecision(decision)
            return encoder.bytes
        }
        return try encodeCodable(value)
    }

    /// Through the value's `encode(to:)`, whatever its type.
    static func encodeCodable<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = BinaryEncoding(capacity: 4096)
        try encoder.encodeValue(value)
        return encoder.bytes
    }
}

/// The types the binary form writes directly rather than through `encode(to:)`.
enum BinaryPrimitives {
    static let all: Set<ObjectIdentifier> = [
        ObjectIdentifier(String.self), ObjectIdentifier(Int.self), ObjectIdentifier(Double.self), ObjectIdentifier(Bool.self),
        ObjectIdentifier(CalendarDate.self), ObjectIdentifier(Data.self), ObjectIdentifier(Float.self), ObjectIdentifier(Int8.self),
        ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self), ObjectIdentifier(Int64.self), ObjectIdentifier(UInt.self),
        ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self), ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self),
    ]
}

/// The encoder behind `BinaryEncoder`: one buffer that every container appends to.
final class BinaryEncoding: Encoder {
    var bytes: [UInt8]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBinaryEncodingContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedBinaryEncodingContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleBinaryEncodingContainer(encoder: self)
    }

    // MARK: Primitives

    @inline(__always)
    func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    @inline(__always)
    func writeInteger<T: BinaryInteger>(_ value: T) {
        let wide = Int64(value)
        writeVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    @inline(__always)
    func writeString(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    @inline(__always)
    func writeDouble(_ value: Double) {
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    /// Any value: the standard library's primitives, `Data` and `CalendarDate` directly (a
    /// primitive's own `encode(to:)` would come back here), the rest through `encode(to:)`.
    ///
    /// Most values are structs and arrays, so the type is compared first (metatype equality, a
    /// pointer comparison) and a value is cast only when its type is a primitive; casting
    /// every struct against each primitive in turn cost a tenth of a nightly's encoding.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
            return
        }
        guard BinaryPrimitives.all.contains(ObjectIdentifier(T.self)) else {
            try value.encode(to: self)
            return
        }
        switch value {
        case let text as String: writeString(text)
        case let number as Int: writeInteger(number)
        case let number as Double: writeDouble(number)
        case let flag as Bool: bytes.append(flag ? 1 : 0)
        case let date as CalendarDate: writeVarint(UInt64(date.year * 10_000 + date.month * 100 + date.day))
        case let data as Data:
            writeVarint(UInt64(data.count))
            bytes.append(contentsOf: data)
        case let number as Float: writeDouble(Double(number))
        case let number as Int8: writeInteger(number)
        case let number as Int16: writeInteger(number)
        case let number as Int32: writeInteger(number)
        case let number as Int64: writeInteger(number)
        case let number as UInt: writeVarint(UInt64(number))
        case let number as UInt8: writeVarint(UInt64(number))
        case let number as UInt16: writeVarint(UInt64(number))
        case let number as UInt32: writeVarint(UInt64(number))
        case let number as UInt64: writeVarint(number)
        default: try value.encode(to: self)
        }
    }

    /// An optional: a presence byte, then the value.
    func encodeOptional<T: Encodable>(_ value: T?) throws {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        try encodeValue(value)
    }
}

/// The fields of a struct, in the order written, without their keys.
struct KeyedBinaryEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: BinaryEncoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { encoder.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.bytes.append(value ? 1 : 0) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.writeString(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { encoder.writeDouble(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { encoder.writeDouble(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { encoder.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { encoder.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { encoder.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { encoder.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { encoder.writeVarint(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.encodeValue(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encoder.encodeOptional(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encoder.encodeOptional(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { encoder.unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

/// The elements of an array: a 4-byte little-endian count, reserved when the container is
/// made and raised as each element is written, then the elements.
struct UnkeyedBinaryEncodingContainer: UnkeyedEncodingContainer {
    let encoder: BinaryEncoding
    /// Where the count is.
    private let slot: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(encoder: BinaryEncoding) {
        self.encoder = encoder
        slot = encoder.bytes.count
        encoder.bytes.append(contentsOf: [0, 0, 0, 0])
    }

    private mutating func counted() {
        count += 1
        let value = UInt32(count)
        encoder.bytes[slot] = UInt8(truncatingIfNeeded: value)
        encoder.bytes[slot + 1] = UInt8(truncatingIfNeeded: value >> 8)
        encoder.bytes[slot + 2] = UInt8(truncatingIfNeeded: value >> 16)
        encoder.bytes[slot + 3] = UInt8(truncatingIfNeeded: value >> 24)
    }

    mutating func encodeNil() throws { throw BinaryEncoding.nilRefused() }

    mutating func encode<T: Encodable>(_ value: T) throws {
        counted()
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        counted()
        return encoder
    }
}

/// One value: a `RawRepresentable` vocabulary, a `CalendarDate`.
struct SingleBinaryEncodingContainer: SingleValueEncodingContainer {
    let encoder: BinaryEncoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw BinaryEncoding.nilRefused() }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}

extension BinaryEncoding {
    /// A nil outside a struct's field, which the form cannot tell from an empty value.
    static func nilRefused() -> EncodingError {
        EncodingError.invalidValue(
            Optional<Int>.none as Any,
            EncodingError.Context(codingPath: [], debugDescription: "the binary ledger form has no nil outside a struct's field"))
    }
}
