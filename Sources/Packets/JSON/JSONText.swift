import Foundation

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
