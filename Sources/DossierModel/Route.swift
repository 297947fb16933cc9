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
