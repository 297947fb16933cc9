/// How often each interesting feature appears in a generated corpus: most dossiers stay
/// ordinary, and each share (0 to 1) says how many carry the feature.
///
/// The defaults give a corpus that looks like an ordinary year of an office's intake: about
/// one dossier in five is about a technology that export control cares about, and the rarer
/// findings (bad check digits, secrecy, listed parties) stay rare.
public struct FeatureShares: Sendable, Hashable, Codable {
    /// Dossiers whose assets are about a technology that export control cares about
    /// (LFP cathodes, lithium, gallium, UAV, speech, lidar, gene editing, hybrid breeding).
    public var controlledTechnology: Double
    /// Among LFP dossiers, those whose stated values sit just above or just below the
    /// catalogue thresholds (2.58 g/cc, 160 mAh/g, 97 %).
    public var nearThreshold: Double
    /// Among UAV dossiers, those that state an explicit negation ("不涉及飞行控制").
    public var negation: Double
    /// Dossiers whose receiving party is Chinese (not an outbound transfer).
    public var domesticOnly: Double
    /// Dossiers whose right holder is foreign too (a foreign-to-foreign transfer).
    public var foreignHolder: Double
    /// Dossiers whose receiving party is in Hong Kong, Macao or Taiwan.
    public var hongKongMacaoTaiwan: Double
    /// Dossiers whose receiving party's country cannot be read.
    public var unknownCountry: Double
    /// Dossiers whose receiving party names an actual controller (`<controlled-by>`).
    public var actualController: Double
    /// Dossiers filed through a patent agency (a party with role `agent`).
    public var agent: Double
    /// Assets whose CN application number carries a deliberately wrong check digit.
    public var badApplicationCheckDigit: Double
    /// Parties whose USCC carries a deliberately wrong check character.
    public var badUSCC: Double
    /// Assets that came out of a publicly funded programme, for holders that are not
    /// universities or institutes (those are funded more often, see `fiscalFundingPublic`).
    public var fiscalFunding: Double
    /// Assets of universities, institutes and national laboratories that were publicly funded.
    public var fiscalFundingPublic: Double
    /// Assets under secrecy (defence, state secret, examination pending).
    public var secrecy: Double
    /// Assets whose stated owner is not the right holder, or is not stated at all.
    public var ownershipMismatch: Double
    /// Receiving parties named as on a published restricted-party list.
    public var listedParty: Double
    /// Dossiers that carry elements and attributes of an office's own namespace.
    public var extensionElements: Double

    public init(
        controlledTechnology: Double = 0.20, nearThreshold: Double = 0.5, negation: Double = 0.3,
        domesticOnly: Double = 0.08, foreignHolder: Double = 0.015, hongKongMacaoTaiwan: Double = 0.05,
        unknownCountry: Double = 0.005, actualController: Double = 0.12, agent: Double = 0.3,
        badApplicationCheckDigit: Double = 0.02, badUSCC: Double = 0.01, fiscalFunding: Double = 0.08,
        fiscalFundingPublic: Double = 0.6, secrecy: Double = 0.02, ownershipMismatch: Double = 0.04,
        listedParty: Double = 0.01, extensionElements: Double = 0.05
    ) {
        self.controlledTechnology = controlledTechnology
        self.nearThreshold = nearThreshold
        self.negation = negation
        self.domesticOnly = domesticOnly
        self.foreignHolder = foreignHolder
        self.hongKongMacaoTaiwan = hongKongMacaoTaiwan
        self.unknownCountry = unknownCountry
        self.actualController = actualController
        self.agent = agent
        self.badApplicationCheckDigit = badApplicationCheckDigit
        self.badUSCC = badUSCC
        self.fiscalFunding = fiscalFunding
        self.fiscalFundingPublic = fiscalFundingPublic
        self.secrecy = secrecy
        self.ownershipMismatch = ownershipMismatch
        self.listedParty = listedParty
        self.extensionElements = extensionElements
    }

    /// Every feature off: only ordinary, well-formed, outbound dossiers with valid identifiers.
    public static let none = FeatureShares(
        controlledTechnology: 0, nearThreshold: 0, negation: 0, domesticOnly: 0, foreignHolder: 0,
        hongKongMacaoTaiwan: 0, unknownCountry: 0, actualController: 0, agent: 0,
        badApplicationCheckDigit: 0, badUSCC: 0, fiscalFunding: 0, fiscalFundingPublic: 0, secrecy: 0,
        ownershipMismatch: 0, listedParty: 0, extensionElements: 0)
}
