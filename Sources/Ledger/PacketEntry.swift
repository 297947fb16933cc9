import Foundation

/// The kinds of per-dossier packet file a run writes: `html` (`packets/<id>.html`, the
/// packet's JSON embedded in it). `json` is the `packet.json` of ledgers from before the
/// one-file layout, still read.
public enum PacketKind: String, Sendable, Hashable, Codable, CaseIterable {
    case json
    case html
}

/// A packet file written for a dossier version.
public struct PacketEntry: Sendable, Hashable {
    public var key: DossierKey
    public var kind: PacketKind
    /// The path as Pipeline wrote it (relative to the output folder, so the ledger stays portable).
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String

    public init(key: DossierKey, kind: PacketKind, path: String, sha256: String) {
        self.key = key
        self.kind = kind
        self.path = path
        self.sha256 = sha256
    }
}

/// A packet as the ledger holds it: the entry, the run that wrote it and when.
public struct StoredPacket: Sendable, Hashable {
    public var entry: PacketEntry
    public var runID: RunID
    public var writtenAt: Date

    public init(entry: PacketEntry, runID: RunID, writtenAt: Date) {
        self.entry = entry
        self.runID = runID
        self.writtenAt = writtenAt
    }
}
