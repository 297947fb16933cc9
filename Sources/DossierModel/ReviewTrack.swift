/// The two review tracks of the 2018 Measures, and the licence procedure without IP review.
public enum ReviewTrack: String, Codable, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Track A: IP review inside the technology-export licence procedure.
    case a = "track-a"
    /// Track B: the foreign-investment security review, which asks the IP authority for an
    /// opinion.
    case b = "track-b"
    /// The export-licence procedure at the commerce department, with no IP review.
    case licence = "licence-procedure"
    /// Export contract registration (free technology).
    case registration = "contract-registration"
    /// Prohibited technology: the commerce department refuses the export.
    case refusal = "export-refusal"

    public var title: String {
        switch self {
        case .a: "Track A: IP review in the export-licence procedure"
        case .b: "Track B: foreign-investment security review"
        case .licence: "Export-licence procedure (no IP review)"
        case .registration: "Technology-export contract registration"
        case .refusal: "Export refused: prohibited technology, no recordal of the rights change"
        }
    }

    public var description: String { rawValue }
}
