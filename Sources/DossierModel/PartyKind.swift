/// `party/@kind`.
public struct PartyKind: OpenVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let enterprise = Self(rawValue: "enterprise")
    public static let stateOwnedEnterprise = Self(rawValue: "state-owned-enterprise")
    public static let university = Self(rawValue: "university")
    public static let researchInstitute = Self(rawValue: "research-institute")
    public static let nationalLaboratory = Self(rawValue: "national-laboratory")
    public static let individual = Self(rawValue: "individual")
    public static let government = Self(rawValue: "government")
    public static let other = Self(rawValue: "other")

    public static let known: [Self] = [
        .enterprise, .stateOwnedEnterprise, .university, .researchInstitute, .nationalLaboratory,
        .individual, .government, .other,
    ]
}
