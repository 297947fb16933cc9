import DossierModel

/// What a normaliser needs to report a finding: the dossier it is about, where that dossier
/// was read, and the collector the findings go to.
///
/// Every finding of this stage is a warning with stage `.normalise`: normalisation never
/// drops a value, it keeps the original beside a canonical form or beside nil.
public struct NormaliseContext: Sendable {
    /// Id of the dossier being normalised, when there is one.
    public var dossier: String?
    /// Where the dossier was read.
    public var location: SourceLocation?
    /// Receives the warnings.
    public let collector: DiagnosticCollector
    /// What inside the dossier is being normalised (`party P2`, `asset A1`), added to each
    /// warning as a note.
    public var subject: String?

    public init(dossier: String? = nil, location: SourceLocation? = nil, collector: DiagnosticCollector = DiagnosticCollector()) {
        self.dossier = dossier
        self.location = location
        self.collector = collector
    }

    /// The same context about a part of the dossier (`party P2`).
    public func about(_ subject: String) -> NormaliseContext {
        var copy = self
        copy.subject = subject
        return copy
    }

    /// Records a warning with a stable dotted id.
    public func warn(_ id: String, _ message: String, notes: [String] = []) {
        collector.emit(
            Diagnostic(
                id: id, severity: .warning, message: message, location: location,
                dossier: dossier, stage: .normalise, notes: (subject.map { ["in \($0)"] } ?? []) + notes))
    }

    /// Records a finding as a warning.
    public func warn(_ finding: NormaliseFinding) {
        warn(finding.id, finding.message)
    }
}

/// A problem a pure normaliser found, before it becomes a diagnostic: a stable dotted id
/// and a message that names the text.
public struct NormaliseFinding: Sendable, Hashable {
    public var id: String
    public var message: String

    public init(_ id: String, _ message: String) {
        self.id = id
        self.message = message
    }
}
