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
