import DossierModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of an XML file in any encoding the format allows (UTF-8 with or without
/// BOM, UTF-16 with BOM, GB18030 and the other encodings an XML declaration can name) into
/// a UTF-8 stream, as it reads: the file is never held whole.
public enum TextDecoding {
    /// Sniffs the encoding from the first bytes (BOM, then the XML declaration) and returns
    /// a UTF-8 stream without BOM, and the name of the encoding found.
    public static func utf8Stream(from source: any ByteSource) throws -> (stream: any ByteSource, encoding: String) {
        var head = [UInt8](repeating: 0, count: 1024)
        var filled = 0
        while filled < head.count {
            let n = try head.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if n == 0 { break }
            filled += n
        }
        head.removeSubrange(filled...)

        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (PrefixedByteSource(prefix: Array(head.dropFirst(3)), upstream: source), "UTF-8")
        }
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) {
            return (try IconvByteSource(prefix: head, upstream: source, from: "UTF-16"), "UTF-16")
        }
        if head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            return (try IconvByteSource(prefix: head, upstream: source, from: "UTF-16BE"), "UTF-16BE")
        }
        if head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            return (try IconvByteSource(prefix: head, upstream: source, from: "UTF-16LE"), "UTF-16LE")
        }
        let declared = declaredEncoding(in: head)?.uppercased()
        switch declared {
        case nil, "UTF-8", "UTF8", "US-ASCII", "ASCII":
            return (PrefixedByteSource(prefix: head, upstream: source), declared ?? "UTF-8")
        case let name?:
            return (try IconvByteSource(prefix: head, upstream: source, from: name), name)
        }
    }

    /// The `encoding` pseudo-attribute of an XML declaration at the start of `head`.
    static func declaredEncoding(in head: [UInt8]) -> String? {
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        guard let end = head.firstRange(of: Array("?>".utf8))?.lowerBound else { return nil }
        let decl = String(decoding: head[..<end], as: UTF8.self)
        guard let key = decl.range(of: "encoding") else { return nil }
        var rest = decl[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: quote) else { return nil }
        let name = String(rest[..<close]).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }
}

/// The input is not valid in the encoding it declares, or the encoding is unknown.
public struct TextDecodingError: Error, Sendable, CustomStringConvertible {
    public var encoding: String
    public var message: String
    public var description: String { "\(encoding): \(message)" }
}

/// Converts a stream from any encoding glibc's iconv knows to UTF-8, chunk by chunk.
final class IconvByteSource: ByteSource {
    private let converter: iconv_t
    private let upstream: any ByteSource
    private let encoding: String
    private var input: [UInt8]
    private var inputStart = 0
    private var upstreamDone = false
    private var consumed = 0

    init(prefix: [UInt8], upstream: any ByteSource, from encoding: String) throws {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) {
            throw TextDecodingError(encoding: encoding, message: "unsupported encoding '\(encoding)'")
        }
        converter = cd!
        self.upstream = upstream
        self.encoding = encoding
        input = prefix
        input.reserveCapacity(64 * 1024)
    }

    deinit { iconv_close(converter) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count >= 8 else { return 0 }
        while true {
            if input.count - inputStart < 16, !upstreamDone { try refill() }
            if inputStart == input.count { return 0 }
            var produced = 0
            var failure: Int32 = 0
            input.withUnsafeMutableBytes { raw in
                var inPtr: UnsafeMutablePointer<CChar>? = (raw.baseAddress! + inputStart).assumingMemoryBound(to: CChar.self)
                var inLeft = raw.count - inputStart
                var outPtr: UnsafeMutablePointer<CChar>? = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = buffer.count
                let result = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                if result == -1 { failure = errno }
                produced = buffer.count - outLeft
                let used = (raw.count - inputStart) - inLeft
                inputStart += used
                consumed += used
            }
            if produced > 0 { return produced }
            switch failure {
            case EINVAL:  // an incomplete sequence at the end of the input read so far
                if upstreamDone {
                    throw TextDecodingError(encoding: encoding, message: "the input ends inside a character (byte \(consumed))")
                }
                try refill()
            case EILSEQ:
                throw TextDecodingError(encoding: encoding, message: "invalid byte sequence at byte \(consumed)")
            case E2BIG, 0:
                if inputStart == input.count, upstreamDone { return 0 }
                if failure == 0 { try refill() }
            default:
                throw TextDecodingError(encoding: encoding, message: "conversion failed (errno \(failure))")
            }
        }
    }

    private func refill() throws {
        if inputStart > 0 {
            input.removeSubrange(0..<inputStart)
            inputStart = 0
        }
        let old = input.count
        input.append(contentsOf: repeatElement(0, count: 64 * 1024))
        let n = try input.withUnsafeMutableBytes { try upstream.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[old...])) }
        input.removeSubrange((old + n)...)
        if n == 0 { upstreamDone = true }
    }
}
