/// A threshold of a control point and what the dossier states for it.
public struct ThresholdCheck: Codable, Sendable, Hashable {
    /// The quantity (`compaction-density`).
    public var quantity: String
    /// The limit as a reviewer reads it: `>= 2.58 g/cm3 (at 220 MPa)`.
    public var limit: String
    /// Each value the text states for the quantity, with whether it meets the limit.
    public var stated: [StatedValue]

    public init(quantity: String, limit: String, stated: [StatedValue]) {
        self.quantity = quantity
        self.limit = limit
        self.stated = stated
    }

    /// True when the text states no value: the reviewer must verify it.
    public var unverified: Bool { stated.isEmpty }
    /// True when some stated value fails the limit.
    public var fails: Bool { stated.contains { !$0.meets } }
}

/// A value read from a dossier text near the words that name a quantity.
public struct StatedValue: Codable, Sendable, Hashable {
    /// The number as read.
    public var value: Double
    /// The unit as read (`g/cc`).
    public var unit: String
    /// The value converted to the threshold's unit.
    public var converted: Double
    public var meets: Bool
    public var location: TextLocation
    public var snippet: Snippet?

    public init(value: Double, unit: String, converted: Double, meets: Bool, location: TextLocation, snippet: Snippet? = nil) {
        self.value = value
        self.unit = unit
        self.converted = converted
        self.meets = meets
        self.location = location
        self.snippet = snippet
    }
}
