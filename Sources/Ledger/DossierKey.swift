import DossierModel
import Foundation

/// One version of a dossier: its id and the SHA-256 of its bytes as read.
public struct DossierKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var dossierID: String
    /// Lowercase hex SHA-256 (64 characters) of the dossier's bytes as read.
    public var contentHash: String

    public init(dossierID: String, contentHash: String) {
        self.dossierID = dossierID
        self.contentHash = contentHash
    }

    public static func < (lhs: DossierKey, rhs: DossierKey) -> Bool {
        (lhs.dossierID, lhs.contentHash) < (rhs.dossierID, rhs.contentHash)
    }

    /// `JS-2026-004211@1f3a9c0b2d4e` (the hash shortened to 12 characters).
    public var description: String { "\(dossierID)@\(contentHash.prefix(12))" }
}
