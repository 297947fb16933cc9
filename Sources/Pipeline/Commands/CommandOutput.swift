import DossierModel

/// Where a command's results go: its data (JSON lines, text) on standard output and its
/// diagnostics on standard error. The CLI's output layer implements it (`Console`); the
/// commands' jobs call it from the intake's in-order hand-on, so in input order and never
/// concurrently.
public protocol CommandOutput: AnyObject, Sendable {
    /// Bytes of the command's data, whole lines.
    func data(_ bytes: [UInt8])
    /// Problems found: errors, and warnings about accepted dossiers.
    func report(_ diagnostics: [Diagnostic])
}
