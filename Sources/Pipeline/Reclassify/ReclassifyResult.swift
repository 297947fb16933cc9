import Catalogue
import DossierModel
import Foundation
import Packets

/// What a re-classification did: the report written to `reclassify.json`, and where.
public struct ReclassifyResult: Sendable {
    public var report: ReclassifyReport
    /// The output folder.
    public var output: String
    /// Packet files written.
    public var packetsWritten: Int
    public var seconds: Double
}
