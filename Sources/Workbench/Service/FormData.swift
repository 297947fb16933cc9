import Foundation

/// `application/x-www-form-urlencoded` text, as browsers send form fields in a POST body and
/// in a GET query: `name=value` pairs joined by `&`, `+` for a space, `%XX` for a byte.
/// Hummingbird's `queryParameters` leaves `+` as it is, which a form's search text needs
/// decoded, so the workbench parses both here.
struct FormData: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ text: Substring) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            pairs.append((name, value))
        }
    }

    init(_ text: String?) { self.init(Substring(text ?? "")) }

    /// The first value of `name`, nil when absent or empty after trimming.
    subscript(_ name: String) -> String? {
        guard let value = pairs.first(where: { $0.0 == name })?.1 else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `+` as a space, then percent-decoding; undecodable bytes become U+FFFD, never an error.
    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(spaced.utf8.count)
        var iterator = Array(spaced.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2, let high = hex(iterator[iterator.startIndex]),
                let low = hex(iterator[iterator.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
