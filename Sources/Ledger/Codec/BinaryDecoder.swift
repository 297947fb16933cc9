import DossierModel
import Foundation

/// Decodes the ledger's binary form (`BinaryEncoder`) with the type's `init(from:)`, reading
/// the fields in the order they were written.
public enum BinaryDecoder {
    /// A dossier is read by `readDossier` (`DossierBinaryReader.swift`) and a decision by
    /// `readDecision` (`DecisionBinaryReader.swift`): the same bytes, without `Codable`; every
    /// other type through its `init(from:)`.
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        if Value.self == Dossier.self {
            return try read(bytes) { try $0.readDossier() } as! Value
        }
        if Value.self == Decision.self {
            return try read(bytes) { try $0.readDecision() } as! Value
        }
        return try decodeCodable(type, from: bytes)
    }

    /// Through the type's `init(from:)`, whatever the type.
    static func decodeCodable<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try read(bytes) { try $0.decodeValue(type) }
    }

    private static func read<Value>(_ bytes: [UInt8], _ body: (BinaryDecoding) throws -> Value) throws -> Value {
        try bytes.withUnsafeBufferPointer { buffer in
            let decoder = BinaryDecoding(buffer)
            let value = try body(decoder)
            guard decoder.offset == buffer.count else {
                throw BinaryDecodingError("\(buffer.count - decoder.offset) bytes left after the value")
            }
            return value
        }
    }
}

/// The form cannot be read as the type: a damaged blob, or one of another type.
public struct BinaryDecodingError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = "binary ledger blob: \(description)" }
}

/// The decoder behind `BinaryDecoder`: a cursor over the bytes that every container reads from.
final class BinaryDecoding: Decoder {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedBinaryDecodingContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedBinaryDecodingContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleBinaryDecodingContainer(decoder: self)
    }

    // MARK: Primitives

    @inline(__always)
    func readByte() throws -> UInt8 {
        guard offset < bytes.count else { throw BinaryDecodingError("the blob ends inside a value") }
        let byte = bytes[offset]
        offset += 1
        return byte
    }

    @inline(__always)
    func readVarint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            guard shift < 64 else { throw BinaryDecodingError("a varint longer than 64 bits") }
        }
    }

    @inline(__always)
    func readInteger() throws -> Int64 {
        let raw = try readVarint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    @inline(__always)
    func readCount() throws -> Int {
        let count = Int(try readVarint())
        guard count <= bytes.count - offset else { throw BinaryDecodingError("a length of \(count) past the end of the blob") }
        return count
    }

    @inline(__always)
    func readString() throws -> String {
        let count = try readCount()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
        offset += count
        return text
    }

    @inline(__always)
    func readDouble() throws -> Double {
        guard offset + 8 <= bytes.count else { throw BinaryDecodingError("the blob ends inside a number") }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    func readInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value = try readInteger()
        guard let exact = T(exactly: value) else { throw BinaryDecodingError("\(value) does not fit \(T.self)") }
        return exact
    }

    func readUnsigned<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value = try readVarint()
        guard let exact = T(exactly: value) else { throw BinaryDecodingError("\(value) does not fit \(T.self)") }
        return exact
    }

    /// Any value, as `BinaryEncoding.encodeValue` wrote it.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // As in `BinaryEncoding.encodeValue`: the type compared first, cast only for a primitive.
        if T.self == String.self { return unsafeBitCast(try readString(), to: T.self) }
        guard BinaryPrimitives.all.contains(ObjectIdentifier(T.self)) else { return try T(from: self) }
        switch type {
        case is String.Type: return try readString() as! T
        case is Int.Type: return try readInteger(Int.self) as! T
        case is Double.Type: return try readDouble() as! T
        case is Bool.Type: return try (readByte() != 0) as! T
        case is CalendarDate.Type:
            let packed = Int(try readVarint())
            guard let date = CalendarDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100) else {
                throw BinaryDecodingError("\(packed) is not a date")
            }
            return date as! T
        case is Data.Type:
            let count = try readCount()
            let data = Data(UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]))
            offset += count
            return data as! T
        case is Float.Type: return Float(try readDouble()) as! T
        case is Int8.Type: return try readInteger(Int8.self) as! T
        case is Int16.Type: return try readInteger(Int16.self) as! T
        case is Int32.Type: return try readInteger(Int32.self) as! T
        case is Int64.Type: return try readInteger(Int64.self) as! T
        case is UInt.Type: return try readUnsigned(UInt.self) as! T
        case is UInt8.Type: return try readUnsigned(UInt8.self) as! T
        case is UInt16.Type: return try readUnsigned(UInt16.self) as! T
        case is UInt32.Type: return try readUnsigned(UInt32.self) as! T
        case is UInt64.Type: return try readUnsigned(UInt64.self) as! T
        default: return try T(from: self)
        }
    }

    /// An optional: its presence byte, then the value.
    func decodeOptional<T: Decodable>(_ type: T.Type) throws -> T? {
        switch try readByte() {
        case 0: return nil
        case 1: return try decodeValue(type)
        case let other: throw BinaryDecodingError("presence byte \(other)")
        }
    }
}

/// The fields of a struct, read in the order they were written.
struct KeyedBinaryDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoding
    var codingPath: [any CodingKey] { [] }
    /// Not known in this form; the synthesised `init(from:)` does not ask.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try decoder.readByte() == 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.decodeValue(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decoder.decodeOptional(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decoder.decodeOptional(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder.unkeyedContainer() }
    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
}

/// The elements of an array, after their 4-byte count.
struct UnkeyedBinaryDecodingContainer: UnkeyedDecodingContainer {
    let decoder: BinaryDecoding
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(decoder: BinaryDecoding) throws {
        self.decoder = decoder
        var value = 0
        for index in 0..<4 { value |= Int(try decoder.readByte()) << (8 * index) }
        count = value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw BinaryDecodingError("an array read past its \(count ?? 0) elements") }
        guard decoder.offset < decoder.bytes.count else { throw BinaryDecodingError("the blob ends inside a value") }
        let isNil = decoder.bytes[decoder.offset] == 0
        if isNil {
            decoder.offset += 1
            currentIndex += 1
        }
        return isNil
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw BinaryDecodingError("an array read past its \(count ?? 0) elements") }
        currentIndex += 1
        return try decoder.decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try decoder.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try decoder.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        currentIndex += 1
        return decoder
    }
}

/// One value.
struct SingleBinaryDecodingContainer: SingleValueDecodingContainer {
    let decoder: BinaryDecoding
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}
