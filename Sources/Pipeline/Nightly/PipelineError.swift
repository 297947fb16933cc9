import Catalogue
import DossierModel
import Foundation

/// A problem fatal to a run, with the exit status the CLI gives it.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// A bad pipeline definition or reference file (exit 65).
        case definition
        /// The ledger or the output folder failed (exit 74).
        case io
    }

    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
