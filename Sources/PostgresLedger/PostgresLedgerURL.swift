import Foundation

/// Where a PostgreSQL ledger lives and how to log in, parsed from a connection URL
/// (`postgresql://user@host:port/database?search_path=SCHEMA&sslmode=disable`, or `postgres://`).
///
/// The password is never required in the URL. It is looked up, in order: the URL (accepted,
/// but `passwordInURL` is set so the caller can warn), `OUTBOUND_LEDGER_PASSWORD`,
/// `PGPASSWORD`, then the first line of the file `OUTBOUND_LEDGER_PASSWORD_FILE` names (how a
/// Kubernetes Secret is mounted). The user defaults to `PGUSER`, else `outbound`; the port to
/// 5432; the schema (`search_path`) to `public`. `redacted` is the URL without any password,
/// the form every message and log line uses.
public struct PostgresLedgerURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS (`sslmode`): `disable`, `prefer` (the default, as libpq) or
    /// `require` (`verify-ca` and `verify-full` are read as `require` with verification).
    public enum TLSMode: String, Sendable, Hashable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    /// Nil when no source gave one (the server may trust the connection).
    public var password: String?
    public var database: String
    /// The schema every table lives in; created when missing. Lowercase letters, digits and
    /// `_`, not starting with a digit, at most 63 characters.
    public var schema: String
    public var tls: TLSMode
    /// The most connections the ledger opens at once (`pool_max`, default 8).
    public var maximumConnections: Int
    /// True when the password came from the URL itself (discouraged: URLs end up in logs,
    /// shell history and process lists).
    public var passwordInURL: Bool
    /// The URL with the password removed (and the options in a fixed order).
    public var redacted: String

    public var description: String { redacted }

    /// The environment variables the password and user are read from.
    public enum Environment {
        public static let password = "OUTBOUND_LEDGER_PASSWORD"
        public static let passwordFile = "OUTBOUND_LEDGER_PASSWORD_FILE"
        public static let libpqPassword = "PGPASSWORD"
        public static let libpqUser = "PGUSER"
    }

    /// True when `location` is a PostgreSQL URL (rather than a SQLite path).
    public static func isPostgreSQL(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Parses `url`, taking the credentials the URL lacks from `environment` (and the password
    /// file it names, read with `readFile`). Throws `PostgresLedgerURL.Problem`, whose message
    /// never contains the password.
    public init(
        _ url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        readFile: (String) throws -> String = { try String(contentsOfFile: $0, encoding: .utf8) }
    ) throws {
        guard Self.isPostgreSQL(url), let components = URLComponents(string: url) else {
            throw Problem("'\(Self.stripPassword(url))' is not a postgresql://user@host:port/database URL")
        }
        guard let host = components.host, !host.isEmpty else { throw Problem("the URL names no host") }
        self.host = host
        self.port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw Problem("the port \(port) is out of range") }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else { throw Problem("the URL names no database (postgresql://host/DATABASE)") }
        self.database = path.removingPercentEncoding ?? path

        let urlUser = components.user?.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
        self.user = urlUser ?? environment[Environment.libpqUser].flatMap { $0.isEmpty ? nil : $0 } ?? "outbound"
        if let urlPassword = components.password?.removingPercentEncoding, !urlPassword.isEmpty {
            self.password = urlPassword
            self.passwordInURL = true
        } else {
            self.passwordInURL = false
            self.password = try Self.password(environment, readFile)
        }

        var schema = "public"
        var tls = TLSMode.prefer
        var maximumConnections = 8
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "search_path", "schema": schema = value
            case "sslmode":
                switch value {
                case "disable", "allow": tls = .disable
                case "prefer": tls = .prefer
                case "require": tls = .require
                case "verify-ca", "verify-full": tls = .verifyFull
                default: throw Problem("sslmode '\(value)' is not one of disable, prefer, require, verify-full")
                }
            case "pool_max":
                guard let count = Int(value), (1...100).contains(count) else {
                    throw Problem("pool_max '\(value)' is not a number from 1 to 100")
                }
                maximumConnections = count
            case "application_name", "connect_timeout": break  // libpq options that change nothing here
            default: throw Problem("unknown option '\(item.name)' (known: search_path, sslmode, pool_max)")
            }
        }
        guard Self.isSchemaName(schema) else {
            throw Problem("search_path '\(schema)' is not a plain schema name (lowercase letters, digits and _, at most 63)")
        }
        self.schema = schema
        self.tls = tls
        self.maximumConnections = maximumConnections

        var options = ["search_path=\(schema)", "sslmode=\(tls.rawValue)"]
        if maximumConnections != 8 { options.append("pool_max=\(maximumConnections)") }
        let userPart = (user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user)
        let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        self.redacted = "postgresql://\(userPart)@\(hostPart):\(port)/\(database)?\(options.joined(separator: "&"))"
    }

    /// The password from the environment or the password file, in that order; nil when none.
    private static func password(_ environment: [String: String], _ readFile: (String) throws -> String) throws -> String? {
        for name in [Environment.password, Environment.libpqPassword] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        guard let file = environment[Environment.passwordFile], !file.isEmpty else { return nil }
        let text: String
        do {
            text = try readFile(file)
        } catch {
            throw Problem("cannot read the password file \(file) (\(Environment.passwordFile)): \(error.localizedDescription)")
        }
        let firstLine = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = firstLine.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw Problem("the password file \(file) (\(Environment.passwordFile)) is empty") }
        return trimmed
    }

    /// True for a schema name that needs no quoting: `[a-z_][a-z0-9_]{0,62}`.
    static func isSchemaName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count), !(48...57).contains(bytes[0]) else { return false }
        return bytes.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }
    }

    /// `url` with whatever sits between `//user:` and `@` replaced, for messages about a URL
    /// that did not parse.
    static func stripPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
        let userInfo = url[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }

    /// A URL the ledger refuses, with the reason (never the password).
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
