/// A patent classification symbol (IPC or CPC).
public struct Classification: Codable, Sendable, Hashable {
    /// `IPC` or `CPC`.
    public var scheme: String
    /// The symbol as written (`H01M0004580000`, `H01M4/58`).
    public var raw: String
    /// The canonical form `H01M 4/58`, set by Normalise; nil when the symbol is not valid.
    public var code: String?
    /// `nil` for the dossier's own; else the attachment `href` it came from.
    public var source: String?

    public init(scheme: String, raw: String, code: String? = nil, source: String? = nil) {
        self.scheme = scheme
        self.raw = raw
        self.code = code
        self.source = source
    }
}
