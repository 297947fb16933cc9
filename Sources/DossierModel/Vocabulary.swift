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

/// `asset/secrecy`.
public struct SecrecyStatus: OpenVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let none = Self(rawValue: "none")
    public static let defence = Self(rawValue: "defence")
    public static let stateSecret = Self(rawValue: "state-secret")
    public static let examinationPending = Self(rawValue: "secrecy-examination-pending")

    public static let known: [Self] = [.none, .defence, .stateSecret, .examinationPending]
}
