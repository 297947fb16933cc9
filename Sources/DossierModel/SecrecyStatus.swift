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
