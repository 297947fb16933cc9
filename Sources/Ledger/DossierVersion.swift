import DossierModel
import Foundation

/// A dossier version to store: the normalised dossier as a blob, so that later stages can
/// run again without reading the XML, and the filing date so re-classification can select
/// by it without decoding the blob.
public struct DossierVersion: Sendable, Hashable {
    public var key: DossierKey
    /// The filing date, when Normalise read one.
    public var filed: CalendarDate?
    /// The normalised `Dossier`, encoded by the caller.
    public var body: EncodedBlob

    public init(key: DossierKey, filed: CalendarDate?, body: EncodedBlob) {
        self.key = key
        self.filed = filed
        self.body = body
    }
}
