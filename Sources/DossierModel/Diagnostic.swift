/// A finding about an input, a dossier or the run, with a stable dotted id.
///
/// Rendered the way compilers do, so that editors and `grep` understand it:
/// `path:line:col: severity: message [id]`.
public struct Diagnostic: Codable, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Codable, Sendable, Hashable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable dotted identifier, e.g. `xml.malformed`, `bundle.path-escape`.
    public var id: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Id of the dossier the finding is about, when known.
    public var dossier: String?
    public var stage: Stage?
    /// Further lines that explain the finding.
    public var notes: [String]

    public init(
        id: String, severity: Severity, message: String, location: SourceLocation? = nil,
        dossier: String? = nil, stage: Stage? = nil, notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.dossier = dossier
        self.stage = stage
        self.notes = notes
    }

    public static func error(_ id: String, _ message: String, at location: SourceLocation? = nil, dossier: String? = nil, stage: Stage? = nil) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, location: location, dossier: dossier, stage: stage)
    }

    public static func warning(_ id: String, _ message: String, at location: SourceLocation? = nil, dossier: String? = nil, stage: Stage? = nil) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, location: location, dossier: dossier, stage: stage)
    }

    /// `path:line:col: severity: message [id]`, with the dossier named when known.
    public var description: String {
        var text = "\(location?.description ?? "<run>"): \(severity.rawValue): "
        if let dossier { text += "dossier \(dossier): " }
        text += "\(message) [\(id)]"
        for note in notes { text += "\n    note: \(note)" }
        return text
    }
}

/// The pipeline stage that emitted a diagnostic.
public enum Stage: String, Codable, Sendable, Hashable {
    case extract, normalise, classify, route, packets, ledger, pipeline
}

/// Thrown by a stage when a problem is fatal to one dossier: the runner records it as a
/// quarantine and the batch goes on.
public struct DossierError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    public var description: String { diagnostic.description }
}
