import DossierModel
import Foundation

/// Bytes the caller encoded (and usually compressed), with the name of the encoding so a
/// later reader knows how to decode them (`json+gzip`, `json`).
///
/// The ledger never looks inside: Pipeline chooses the encoding, so a new one needs no
/// migration.
public struct EncodedBlob: Sendable, Hashable {
    public var bytes: Data
    /// A short name for how `bytes` were made (`json+gzip`); never empty.
    public var encoding: String

    public init(bytes: Data, encoding: String) {
        self.bytes = bytes
        self.encoding = encoding
    }
}
