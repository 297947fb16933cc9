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
enum LedgerLocation {
    static func isPostgreSQL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// The location with any password in a URL replaced by `***`, for messages and logs.
    static func redacted(_ location: String) -> String {
        guard isPostgreSQL(location), let scheme = location.range(of: "://"),
            let at = location[scheme.upperBound...].firstIndex(of: "@")
        else { return location }
        let credentials = location[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return location }
        return String(location[..<colon]) + ":***" + String(location[at...])
    }
}
