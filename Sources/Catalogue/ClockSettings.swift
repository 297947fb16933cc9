import DossierModel

/// The statutory time limits (review-rules section 6), as loaded from `pipelines/clocks.yml`
/// (format: `docs/routing.md`): each a setting an office can change without a rebuild.
public struct ClockSettings: Sendable, Hashable {
    /// The file's stable id: `cn-clocks`.
    public let id: String
    public let title: String
    /// Where the limits come from.
    public let source: String
    /// The clocks, in file order (a clock that starts after another comes after it).
    public let clocks: [ClockSetting]
    /// The file the settings were loaded from, with its hash, for the audit trail.
    public let reference: ReferenceUse

    public init(id: String, title: String, source: String, clocks: [ClockSetting], reference: ReferenceUse) {
        self.id = id
        self.title = title
        self.source = source
        self.clocks = clocks
        self.reference = reference
    }

    /// The clock with the given id.
    public func clock(_ id: String) -> ClockSetting? {
        clocks.first { $0.id == id }
    }

    /// The clocks that run for a dossier with this outcome, these tracks and assets of these
    /// types, in file order.
    public func clocks(outcome: Outcome, tracks: [ReviewTrack], assetTypes: Set<AssetType>) -> [ClockSetting] {
        clocks.filter { $0.scope.applies(outcome: outcome, tracks: tracks, assetTypes: assetTypes) }
    }
}

/// One time limit.
public struct ClockSetting: Sendable, Hashable {
    /// Stable id (`restricted-export-decision`).
    public let id: String
    public let title: CatalogueText
    /// The length of the limit.
    public let days: Int
    public let unit: ClockUnit
    /// What starts the clock.
    public let start: ClockStart
    /// When the clock runs.
    public let scope: ClockScope
    /// Where the limit comes from.
    public let source: String
    public let note: String?

    public init(
        id: String, title: CatalogueText, days: Int, unit: ClockUnit, start: ClockStart, scope: ClockScope, source: String,
        note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.days = days
        self.unit = unit
        self.start = start
        self.scope = scope
        self.source = source
        self.note = note
    }
}

/// How a clock's days are counted.
public enum ClockUnit: String, Sendable, Hashable, CaseIterable {
    /// Days that are working days on the calendar (holidays out, adjusted working days in).
    case workingDays = "working-days"
    /// Every day.
    case calendarDays = "calendar-days"
}

/// What starts a clock.
public enum ClockStart: Sendable, Hashable {
    /// The dossier's filing date.
    case filing
    /// The day the contract is submitted, which intake does not know: no due date.
    case contractSubmitted
    /// The due date of another clock (given by id, earlier in the file).
    case after(String)

    /// The words a reviewer reads (`filing date`).
    public var description: String {
        switch self {
        case .filing: "filing date"
        case .contractSubmitted: "contract submitted"
        case .after(let id): "due date of \(id)"
        }
    }
}

/// When a clock runs: every condition given must hold (an empty list is no condition).
public struct ClockScope: Sendable, Hashable {
    /// The outcomes it runs for.
    public let outcomes: [Outcome]
    /// The tracks, one of which must be on the route.
    public let tracks: [ReviewTrack]
    /// The asset types, one of which the dossier must hold.
    public let assetTypes: [AssetType]

    public init(outcomes: [Outcome] = [], tracks: [ReviewTrack] = [], assetTypes: [AssetType] = []) {
        self.outcomes = outcomes
        self.tracks = tracks
        self.assetTypes = assetTypes
    }

    /// True when every condition given holds.
    public func applies(outcome: Outcome, tracks routeTracks: [ReviewTrack], assetTypes held: Set<AssetType>) -> Bool {
        (outcomes.isEmpty || outcomes.contains(outcome))
            && (tracks.isEmpty || tracks.contains { routeTracks.contains($0) })
            && (assetTypes.isEmpty || assetTypes.contains { held.contains($0) })
    }
}
