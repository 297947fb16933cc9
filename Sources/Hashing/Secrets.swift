import Crypto
import Foundation

/// The workbench's secrets: passwords stored as PBKDF2-HMAC-SHA256 (RFC 8018), tokens
/// stored as their SHA-256, CSRF tokens as an HMAC of the session, random values from the
/// system's generator, and comparisons in constant time.
public enum Secrets {
    /// The iterations a new password hash uses (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
    public static let defaultIterations = 600_000

    /// PBKDF2-HMAC-SHA256 of a password: `length` bytes.
    public static func pbkdf2(password: String, salt: [UInt8], iterations: Int, length: Int = 32) -> [UInt8] {
        let key = SymmetricKey(data: Data(password.utf8))
        var output: [UInt8] = []
        var block: UInt32 = 1
        while output.count < length {
            var message = salt
            message += [UInt8(block >> 24), UInt8((block >> 16) & 0xFF), UInt8((block >> 8) & 0xFF), UInt8(block & 0xFF)]
            var u = [UInt8](HMAC<SHA256>.authenticationCode(for: message, using: key))
            var t = u
            if iterations > 1 {
                for _ in 1..<iterations {
                    u = [UInt8](HMAC<SHA256>.authenticationCode(for: u, using: key))
                    for i in 0..<t.count { t[i] ^= u[i] }
                }
            }
            output += t
            block += 1
        }
        return Array(output.prefix(length))
    }

    /// A stored password: `pbkdf2-sha256$ITERATIONS$SALT$HASH` (salt and hash in hex).
    public static func passwordHash(_ password: String, iterations: Int = defaultIterations) -> String {
        let salt = random(16)
        return "pbkdf2-sha256$\(iterations)$\(hex(salt))$\(hex(pbkdf2(password: password, salt: salt, iterations: iterations)))"
    }

    /// A stored token: `token-sha256$HASH`.
    public static func tokenHash(_ token: String) -> String {
        "token-sha256$" + ContentHash.sha256(text: token)
    }

    /// True when `secret` (a password or a token) matches a stored hash of either form.
    public static func verify(_ secret: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "pbkdf2-sha256":
            guard parts.count == 4, let iterations = Int(parts[1]), iterations > 0, iterations <= 10_000_000,
                let salt = bytes(hex: parts[2]), let expected = bytes(hex: parts[3]), !expected.isEmpty
            else { return false }
            return equal(pbkdf2(password: secret, salt: salt, iterations: iterations, length: expected.count), expected)
        case "token-sha256":
            guard parts.count == 2, let expected = bytes(hex: parts[1]) else { return false }
            return equal([UInt8](SHA256.hash(data: Data(secret.utf8))), expected)
        default:
            return false
        }
    }

    /// True when `stored` is a hash `verify` understands.
    public static func isStoredHash(_ stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        if parts.first == "pbkdf2-sha256" { return parts.count == 4 && Int(parts[1]) != nil }
        if parts.first == "token-sha256" { return parts.count == 2 && parts[1].count == 64 }
        return false
    }

    /// HMAC-SHA256 of `message` under `key`, in hex.
    public static func hmac(_ message: String, key: [UInt8]) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: key)))
    }

    /// `count` random bytes from the system's secure generator.
    public static func random(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// Constant-time equality of two byte strings (length is not secret).
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    /// Constant-time equality of two strings' UTF-8 bytes.
    public static func equal(_ a: String, _ b: String) -> Bool { equal(Array(a.utf8), Array(b.utf8)) }

    public static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 { ContentHash.hex(bytes) }

    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
}
