/// `transaction/@type`.
public struct TransactionType: OpenVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let assignment = Self(rawValue: "assignment")
    public static let exclusiveLicence = Self(rawValue: "exclusive-licence")
    public static let soleLicence = Self(rawValue: "sole-licence")
    public static let nonExclusiveLicence = Self(rawValue: "non-exclusive-licence")
    public static let controllerChange = Self(rawValue: "controller-change")
    public static let acquisition = Self(rawValue: "acquisition")
    public static let openLicence = Self(rawValue: "open-licence")
    public static let applicationRightAssignment = Self(rawValue: "application-right-assignment")

    public static let known: [Self] = [
        .assignment, .exclusiveLicence, .soleLicence, .nonExclusiveLicence, .controllerChange,
        .acquisition, .openLicence, .applicationRightAssignment,
    ]
}
