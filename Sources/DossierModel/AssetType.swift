/// `asset/@type`.
public struct AssetType: OpenVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let inventionPatent = Self(rawValue: "invention-patent")
    public static let utilityModel = Self(rawValue: "utility-model")
    public static let designPatent = Self(rawValue: "design-patent")
    public static let patentApplication = Self(rawValue: "patent-application")
    public static let icLayoutDesign = Self(rawValue: "ic-layout-design")
    public static let softwareCopyright = Self(rawValue: "software-copyright")
    public static let plantVariety = Self(rawValue: "plant-variety")
    public static let trademark = Self(rawValue: "trademark")
    public static let geographicalIndication = Self(rawValue: "geographical-indication")
    public static let tradeSecret = Self(rawValue: "trade-secret")
    public static let other = Self(rawValue: "other")

    public static let known: [Self] = [
        .inventionPatent, .utilityModel, .designPatent, .patentApplication, .icLayoutDesign,
        .softwareCopyright, .plantVariety, .trademark, .geographicalIndication, .tradeSecret, .other,
    ]
}
