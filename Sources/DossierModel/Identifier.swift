/// An identifier of a party or an asset, with the result of its check-character test.
public struct Identifier: Codable, Sendable, Hashable {
    /// `USCC`, `LEI`, `CN-application`, `US-patent`, …
    public var scheme: String
    /// The value exactly as written.
    public var value: String
    /// The canonical form (spaces, prefixes removed), set by Normalise.
    public var normalised: String?
    /// Result of the check character or digit test; nil where the scheme has none or the
    /// value could not be tested.
    public var checkValid: Bool?

    public init(scheme: String, value: String, normalised: String? = nil, checkValid: Bool? = nil) {
        self.scheme = scheme
        self.value = value
        self.normalised = normalised
        self.checkValid = checkValid
    }
}
