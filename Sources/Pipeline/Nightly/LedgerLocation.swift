import Catalogue
import DossierModel
import Foundation
import Hashing
import Ledger
import Logging
import Packets
import PostgresLedger

/// How a ledger location is spelt: a SQLite path (`var/ledger.sqlite`, `sqlite:...`) or a
/// PostgreSQL URL.
public enum LedgerLocation {
    public static func isPostgreSQL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// The location with any password in a URL replaced by `***`, for messages and logs.
    public static func redacted(_ location: String) -> String {
        guard isPostgreSQL(location), let scheme = location.range(of: "://"),
            let at = location[scheme.upperBound...].firstIndex(of: "@")
        else { return location }
        let credentials = location[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return location }
        return String(location[..<colon]) + ":***" + String(location[at...])
    }

    /// The SQLite path of a location (`sqlite:` removed); nil for a PostgreSQL URL.
    public static func sqlitePath(_ location: String) -> String? {
        if isPostgreSQL(location) { return nil }
        return location.hasPrefix("sqlite:") ? String(location.dropFirst("sqlite:".count)) : location
    }

    /// Opens a ledger a command reads after the intake (`reclassify`, `packet`): a SQLite file
    /// must exist (nothing is created; `missing` is the diagnostic id that says so), a
    /// PostgreSQL server is connected to. Any other failure is `ledger.failure`.
    public static func openExisting(_ location: String, missing: String, logger: Logger) throws -> any ReclassifyStore {
        let redacted = redacted(location)
        if let sqlite = sqlitePath(location), !FileManager.default.fileExists(atPath: sqlite) {
            throw PipelineError(
                kind: .io,
                diagnostics: [.error(missing, "the ledger does not exist: run the intake first", at: SourceLocation(file: sqlite))])
        }
        do {
            if let sqlite = sqlitePath(location) { return try SQLiteLedger(path: sqlite) }
            return try PostgreSQLLedger(url: location, logger: logger)
        } catch {
            throw PipelineError(kind: .io, diagnostics: [.error("ledger.failure", "\(error)", at: SourceLocation(file: redacted))])
        }
    }
}
