import DossierModel

/// A problem fatal to a command or a run, with its diagnostics; `kind` says which exit
/// status the CLI gives it (`OutboundCLI`'s `ExitStatus`, the one place that maps them).
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// The command cannot do what was asked (a dossier that is not in the input): exit 64.
        case usage
        /// A bad pipeline definition or reference file: exit 65.
        case definition
        /// An input path, the ledger or the output folder failed: exit 74.
        case io
    }

    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
