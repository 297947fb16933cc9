import Foundation
import Ledger
import PostgresNIO

/// Turns what postgres-nio throws into the ledger's `LedgerError`, with the server's message
/// and SQLSTATE (postgres-nio's own description of a `PSQLError` hides them on purpose).
enum PostgresFailure {
    /// A `LedgerError` for `error`: a `LedgerError` passes through; a server error gives its
    /// message, detail and SQLSTATE (never the SQL or the bound values); a connection failure
    /// names what failed and why.
    static func ledgerError(_ error: any Error, kind: LedgerError.Kind, path: String, operation: String) -> LedgerError {
        if let ledger = error as? LedgerError { return ledger }
        return LedgerError(kind: kind, path: path, operation: operation, reason: reason(error))
    }

    /// The words of the failure.
    static func reason(_ error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError {
            if let underlying = transaction.closureError ?? transaction.commitError ?? transaction.beginError {
                return reason(underlying)
            }
        }
        if let problem = error as? PostgresLedgerURL.Problem { return problem.description }
        guard let psql = error as? PSQLError else { return String(describing: error) }
        if let info = psql.serverInfo {
            var text = info[.message] ?? "server error"
            if let detail = info[.detail], !detail.isEmpty { text += " (\(detail))" }
            if let state = info[.sqlState] { text += " [SQLSTATE \(state)]" }
            return text
        }
        var text: String
        switch psql.code {
        case .connectionError: text = "cannot connect to the server"
        case .serverClosedConnection: text = "the server closed the connection"
        case .clientClosedConnection, .poolClosed: text = "the ledger is closed"
        case .queryCancelled: text = "the query was cancelled"
        case .authMechanismRequiresPassword:
            text =
                "the server wants a password and none was given (set \(PostgresLedgerURL.Environment.password), PGPASSWORD or \(PostgresLedgerURL.Environment.passwordFile))"
        case .unsupportedAuthMechanism: text = "the server asks for an authentication method postgres-nio does not support"
        case .sslUnsupported: text = "the server does not support TLS (sslmode=require)"
        default: text = "PostgreSQL client error \(psql.code)"
        }
        if let underlying = psql.underlying { text += ": \(underlying)" }
        return text
    }
}
