import Foundation
import Hashing

/// The people allowed into a workbench that listens beyond loopback: one per line of a users
/// file (never the pipeline file), `name:HASH`, where HASH is `pbkdf2-sha256$...` (a
/// password, made with `outbound serve --hash-password NAME`) or `token-sha256$...` (a token
/// for other systems). Blank lines and `#` comments are ignored.
///
/// A browser signs in with HTTP Basic authentication (behind the reverse proxy's TLS); a
/// system sends `Authorization: Bearer TOKEN`. A verified secret is remembered (as its
/// SHA-256) so PBKDF2 runs once per user and password, not per request.
public final class WorkbenchUsers: @unchecked Sendable {
    private let hashes: [String: String]
    private let lock = NSLock()
    private var verified: Set<String> = []

    public var names: [String] { hashes.keys.sorted() }

    public init(hashes: [String: String]) {
        self.hashes = hashes
    }

    /// Reads a users file; throws `WorkbenchSetupError` naming the file and line of a bad one.
    public static func load(path: String) throws -> WorkbenchUsers {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbenchSetupError(id: "serve.users", message: "the users file cannot be read", file: path)
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// 1 to 64 ASCII letters, digits, `.`, `-`, `_` or `@`: a name safe in a log line, a
    /// CSV field and an HTTP Basic header.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-_@".unicodeScalars.contains($0))
            }
    }

    static func parse(_ text: String, file: String) throws -> WorkbenchUsers {
        var hashes: [String: String] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw WorkbenchSetupError(id: "serve.users", message: "a line is `name:hash`", file: file, line: number + 1)
            }
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let hash = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard isValidName(name) else {
                throw WorkbenchSetupError(
                    id: "serve.users", message: "a user name is 1 to 64 letters, digits, dots, dashes, underscores or @", file: file,
                    line: number + 1)
            }
            guard Secrets.isStoredHash(hash) else {
                throw WorkbenchSetupError(
                    id: "serve.users",
                    message: "the hash of \(name) is neither pbkdf2-sha256$... nor token-sha256$... (plain passwords are refused)",
                    file: file, line: number + 1)
            }
            guard hashes[name] == nil else {
                throw WorkbenchSetupError(id: "serve.users", message: "user \(name) is listed twice", file: file, line: number + 1)
            }
            hashes[name] = hash
        }
        guard !hashes.isEmpty else { throw WorkbenchSetupError(id: "serve.users", message: "the users file lists nobody", file: file) }
        return WorkbenchUsers(hashes: hashes)
    }

    /// The user an `Authorization` header names, when its secret is right.
    func user(authorization header: String?) -> String? {
        guard let header else { return nil }
        if header.lowercased().hasPrefix("basic ") {
            guard let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)) else { return nil }
            let pair = String(decoding: data, as: UTF8.self)
            guard let colon = pair.firstIndex(of: ":") else { return nil }
            let name = String(pair[..<colon])
            return check(name, String(pair[pair.index(after: colon)...])) ? name : nil
        }
        if header.lowercased().hasPrefix("bearer ") {
            let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            return hashes.keys.sorted().first { name in hashes[name]!.hasPrefix("token-sha256$") && check(name, token) }
        }
        return nil
    }

    private func check(_ name: String, _ secret: String) -> Bool {
        guard let stored = hashes[name] else { return false }
        let key = ContentHash.sha256(text: name + "\u{0}" + secret + "\u{0}" + stored)
        lock.lock()
        let known = verified.contains(key)
        lock.unlock()
        if known { return true }
        guard Secrets.verify(secret, against: stored) else { return false }
        lock.lock()
        verified.insert(key)
        lock.unlock()
        return true
    }
}

/// Why the workbench cannot start: a diagnostic id, the message, and the file and line.
public struct WorkbenchSetupError: Error, CustomStringConvertible {
    public var id: String
    public var message: String
    public var file: String?
    public var line: Int?

    public init(id: String, message: String, file: String? = nil, line: Int? = nil) {
        self.id = id
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        let place = [file, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (place.isEmpty ? "" : place + ": ") + "error: \(message) [\(id)]"
    }
}
