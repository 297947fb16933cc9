/// The part of the catalogue an entry sits in, which the last letter of its code names.
public enum CataloguePart: String, Codable, Sendable, Hashable, CaseIterable {
    /// Part I, 禁止出口部分: the code ends in `J`; the technology may not be exported.
    case prohibited
    /// Part II, 限制出口部分: the code ends in `X`; export needs a licence.
    case restricted

    /// The code letter of the part: `J` or `X`.
    public var letter: Character { self == .prohibited ? "J" : "X" }
}
