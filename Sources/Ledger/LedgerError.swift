import Foundation
import GRDB

/// A failure of the ledger: what failed, on which database, and why, in words a person
/// running the nightly can act on.
///
/// A ledger that cannot be opened or migrated is fatal to the run (the CLI maps every
/// `LedgerError` to exit code 74); a refused write is a bug in the caller or a full disk.
public struct LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad kind of failure, stable for callers that branch on it.
    public enum Kind: String, Sendable, Hashable {
        /// The database file could not be opened or is not a SQLite database.
        case open
        /// The schema migrations could not be applied, or the file is from a newer Outbound.
        case migrate
        /// A read failed.
        case read
        /// A write failed and its transaction was rolled back.
        case write
        /// The caller passed a value the ledger refuses (an unknown run, a malformed hash).
        case invalidInput = "invalid-input"
    }

    public var kind: Kind
    /// The database path (`:memory:` for an in-memory ledger).
    public var path: String
    /// What the ledger was doing (`record a batch of 12 results in run 3`).
    public var operation: String
    /// The underlying reason (SQLite's message, or the ledger's own).
    public var reason: String

    public init(kind: Kind, path: String, operation: String, reason: String) {
        self.kind = kind
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// The stable dotted id of the failure, as diagnostics use (`ledger.open`).
    public var id: String { "ledger.\(kind.rawValue)" }

    /// `ledger <path>: cannot <operation>: <reason> [ledger.<kind>]`.
    public var description: String { "ledger \(path): cannot \(operation): \(reason) [\(id)]" }
}

extension LedgerError {
    /// Wraps any error thrown while doing `operation`: a `LedgerError` passes through, a GRDB
    /// `DatabaseError` gives its SQLite message without the SQL text, anything else its
    /// description.
    static func wrapping(_ error: any Error, kind: Kind, path: String, operation: String) -> LedgerError {
        if let ledger = error as? LedgerError { return ledger }
        if let database = error as? DatabaseError {
            let message = database.message ?? "SQLite error \(database.resultCode.rawValue)"
            return LedgerError(
                kind: kind, path: path, operation: operation, reason: "\(message) (SQLite \(database.extendedResultCode.rawValue))")
        }
        return LedgerError(kind: kind, path: path, operation: operation, reason: String(describing: error))
    }
}
