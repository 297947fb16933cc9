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

    public static func error(
        _ id: String, _ message: String, at location: SourceLocation? = nil, dossier: String? = nil, stage: Stage? = nil
    ) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, location: location, dossier: dossier, stage: stage)
    }

    public static func warning(
        _ id: String, _ message: String, at location: SourceLocation? = nil, dossier: String? = nil, stage: Stage? = nil
    ) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, location: location, dossier: dossier, stage: stage)
    }

    /// `path:line:col: severity: message [id]`, with the dossier named when known.
    ///
    /// Text that came from an input (a file or member name, a dossier id, an element name in
    /// a message) is printed with its control characters escaped (`\u{1B}`), so that a
    /// hostile input can neither drive the terminal nor forge further diagnostic lines.
    public var description: String {
        let escape = Diagnostic.printable
        var text = "\(escape(location?.description ?? "<run>")): \(severity.rawValue): "
        if let dossier { text += "dossier \(escape(dossier)): " }
        text += "\(escape(message)) [\(escape(id))]"
        for note in notes { text += "\n    note: \(escape(note))" }
        return text
    }

    /// `text` with C0 and C1 control characters, DEL and the bidirectional overrides written
    /// as `\u{XX}`; everything else (tabs excepted) as it is.
    public static func printable(_ text: String) -> String {
        func unsafe(_ v: UInt32) -> Bool {
            (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
        guard text.unicodeScalars.contains(where: { unsafe($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if unsafe(scalar.value) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
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
