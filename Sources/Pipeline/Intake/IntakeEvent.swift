import Dispatch
import DossierModel
import Extract
import Foundation
import Hashing
import Normalise

/// What the intake yields, in input order.
public enum IntakeEvent: Sendable {
    /// A dossier, extracted and normalised, or its quarantine.
    case record(IntakeRecord)
    /// A problem with an input outside any dossier.
    case problem(Diagnostic)
    /// A record the `unchanged` check recognised by its id and the hash of its bytes: not
    /// parsed at all.
    case unchanged(id: String, contentHash: String, location: SourceLocation)
}

/// Where an intake item comes from: the input it was read from and its number among the
/// items (records, bundle dossiers, input problems) that input's reader yielded, from 0.
public struct IntakePosition: Sendable, Hashable {
    /// The input path, as given to the runner.
    public var file: String
    public var item: Int

    public init(file: String, item: Int) {
        self.file = file
        self.item = item
    }
}
