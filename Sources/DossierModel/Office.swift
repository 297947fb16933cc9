/// The office that sent the dossier.
public struct Office: Codable, Sendable, Hashable {
    /// ISO 3166-2 subdivision (`CN-JS`).
    public var province: String?
    public var channel: String?

    public init(province: String?, channel: String?) {
        self.province = province
        self.channel = channel
    }
}
