import Catalogue
import DossierModel
import Foundation
import Hashing

/// A reference file that cannot be used: fatal to the run (exit 65), with the file and reason.
public struct ReviewSetupError: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
