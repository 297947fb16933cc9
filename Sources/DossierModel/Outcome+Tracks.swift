extension Outcome {
    /// The tracks the outcome brings by itself: Track A for `ip-security-review` (inside the
    /// licence procedure), the licence procedure for `export-licence`, the refusal for
    /// `prohibited`, Track B for `acquisition-review`, registration; none for `out-of-scope`
    /// and `quarantined`. A further track (Track B beside another outcome) is the
    /// classifier's to add.
    public var ownTracks: [ReviewTrack] {
        switch self {
        case .ipSecurityReview: [.a]
        case .exportLicence: [.licence]
        case .prohibited: [.refusal]
        case .acquisitionReview: [.b]
        case .registration: [.registration]
        case .outOfScope, .quarantined: []
        }
    }
}
