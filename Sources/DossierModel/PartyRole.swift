/// `party/@role`.
public struct PartyRole: OpenVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let transferor = Self(rawValue: "transferor")
    public static let transferee = Self(rawValue: "transferee")
    public static let licensor = Self(rawValue: "licensor")
    public static let licensee = Self(rawValue: "licensee")
    public static let acquirer = Self(rawValue: "acquirer")
    public static let target = Self(rawValue: "target")
    public static let actualController = Self(rawValue: "actual-controller")
    public static let agent = Self(rawValue: "agent")

    public static let known: [Self] = [
        .transferor, .transferee, .licensor, .licensee, .acquirer, .target, .actualController, .agent,
    ]
}
