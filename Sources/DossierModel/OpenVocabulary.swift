/// A value from a closed vocabulary of the dossier format that still carries unknown values
/// through unchanged, so that the stage that owns the rule decides what an unknown one means.
public protocol OpenVocabulary: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible
where RawValue == String {
    /// The values the format defines.
    static var known: [Self] { get }
    init(rawValue: String)
}

extension OpenVocabulary {
    /// True when the value is one the format defines.
    public var isKnown: Bool { Self.known.contains(self) }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
