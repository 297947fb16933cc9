/// The outcome of a dossier (review-rules section 3): one per dossier, the strictest that
/// applies, tried in the order of the table.
public enum Outcome: String, Codable, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Outbound and a prohibited (J) entry hit: export refused, no recordal of the rights change.
    case prohibited
    /// Outbound, a restricted (X) hit on an in-scope asset or the technology summary, and a
    /// transaction the 2018 Measures cover: Track A, IP review inside the licence procedure.
    case ipSecurityReview = "ip-security-review"
    /// Outbound and a restricted hit, but the transaction or the assets hit are outside the
    /// Measures: the licence procedure at the commerce department, no IP review.
    case exportLicence = "export-licence"
    /// A foreign acquisition, or a controller change towards a foreign acquirer: Track B.
    case acquisitionReview = "acquisition-review"
    /// Outbound with no catalogue hit: free technology, export contract registration.
    case registration
    /// Not an outbound transfer.
    case outOfScope = "out-of-scope"
    /// The dossier cannot be read or breaks the format.
    case quarantined

    /// The order of the table: a lower rank is tried first.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// What follows from the outcome, as review-rules section 3 says it.
    public var consequence: String {
        switch self {
        case .prohibited: "export refused; no recordal of the rights change"
        case .ipSecurityReview: "Track A: IP review by the authority for each asset type, inside the export-licence procedure"
        case .exportLicence: "licence procedure at the commerce department, no IP review"
        case .acquisitionReview:
            "Track B: foreign-investment security review, which asks the IP authority for an opinion on the IP involved"
        case .registration: "free technology: export contract registration; the certificate is needed to record the rights change"
        case .outOfScope: "none"
        case .quarantined: "returned to the sender with the reason"
        }
    }

    public var description: String { rawValue }
}
