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
