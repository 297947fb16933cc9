/// Who reviews a dossier, on which track, and by when (review-rules sections 5 and 6).
public struct Route: Codable, Sendable, Hashable {
    /// The province whose routing table applied (`CN-JS`), nil when the dossier names none.
    public var province: String?
    /// The routing table used (`cn-js`, or `default`).
    public var routingTable: String
    /// The tracks that apply: the outcome's, then any further one the packet must name.
    public var tracks: [ReviewTrack]
    /// Every authority involved, in the order a reviewer meets them.
    public var authorities: [Authority]
    /// The statutory clocks that run, with their due dates.
    public var clocks: [Clock]
    /// Sentences for the reviewer (a calendar that does not cover a date, a missing province).
    public var notes: [String]

    public init(
        province: String?, routingTable: String, tracks: [ReviewTrack], authorities: [Authority], clocks: [Clock], notes: [String] = []
    ) {
        self.province = province
        self.routingTable = routingTable
        self.tracks = tracks
        self.authorities = authorities
        self.clocks = clocks
        self.notes = notes
    }
}

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

/// An authority that acts on a dossier, and why.
public struct Authority: Codable, Sendable, Hashable {
    /// A stable id from the routing table (`provincial-ip-office`).
    public var id: String
    /// The authority's name in Chinese.
    public var name: String
    /// The authority's name in English.
    public var nameEn: String
    /// What it does for this dossier (`Track A review of invention-patent A1, A2`).
    public var role: String
    /// The track it acts on.
    public var track: ReviewTrack
    /// The assets it reviews; empty when it acts on the dossier as a whole.
    public var assetIDs: [String]

    public init(id: String, name: String, nameEn: String, role: String, track: ReviewTrack, assetIDs: [String] = []) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.role = role
        self.track = track
        self.assetIDs = assetIDs
    }
}

/// A statutory time limit and its due date.
public struct Clock: Codable, Sendable, Hashable {
    /// A stable id from the clock settings (`restricted-export-decision`).
    public var id: String
    /// What must happen by the due date.
    public var title: String
    /// The length of the limit.
    public var days: Int
    /// `working-days` or `calendar-days`.
    public var unit: String
    /// What starts the clock (`filing date`, `contract submitted`).
    public var startsOn: String
    /// The day the clock starts from, when known.
    public var start: CalendarDate?
    /// The last day of the limit, when the start is known.
    public var due: CalendarDate?
    /// The calendar that counted the working days (`cn-holidays-2026`).
    public var calendar: String?

    public init(
        id: String, title: String, days: Int, unit: String, startsOn: String, start: CalendarDate?, due: CalendarDate?, calendar: String?
    ) {
        self.id = id
        self.title = title
        self.days = days
        self.unit = unit
        self.startsOn = startsOn
        self.start = start
        self.due = due
        self.calendar = calendar
    }
}

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
