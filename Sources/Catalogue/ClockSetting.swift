import DossierModel

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
