import DossierModel

/// What reading an input yields, in the input's order.
public enum InputItem: Sendable {
    /// A dossier record to parse and map (on any thread) with `RecordReader`.
    case record(RecordJob)
    /// A dossier read to the end already (bundles), or a quarantine.
    case done(IntakeRecord)
    /// A problem with the input itself, outside any dossier: the input, or the rest of it,
    /// could not be read.
    case problem(Diagnostic)
}
