import DossierModel

/// An entry code (编号): six digits and `J` (prohibited) or `X` (restricted), e.g. `086501X`.
///
/// Codes belong to one catalogue version: the same entry can change code between versions
/// (`056101X` in 2020 is `086501X` in 2023), so never key on the code alone; use the entry's
/// identity.
public struct CatalogueCode: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code as written, upper-case, e.g. `252604X`.
    public let rawValue: String

    /// A valid code, or nil. Lower-case letters are accepted and upper-cased.
    public init?(_ text: String) {
        let code = text.uppercased()
        let scalars = Array(code.unicodeScalars)
        guard scalars.count == 7,
            scalars.prefix(6).allSatisfy({ ("0"..."9").contains($0) }),
            scalars[6] == "J" || scalars[6] == "X"
        else { return nil }
        rawValue = code
    }

    /// The part the code's letter names.
    public var part: CataloguePart { rawValue.hasSuffix("J") ? .prohibited : .restricted }

    /// Digits 3 and 4: the industry code of GB/T 4754 (the edition the version follows).
    public var industryDigits: String { String(rawValue.dropFirst(2).prefix(2)) }

    public var description: String { rawValue }

    public static func < (lhs: CatalogueCode, rhs: CatalogueCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = CatalogueCode(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: "not a catalogue code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// How far an entry's code in one version is known.
public enum CodeStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// The code was read in the official text of this version (the default).
    case verified
    /// The code is carried from another version or derived; check it against the PDF.
    case inferred
    /// The code is not known: the entry has no `code` until an office transcribes it.
    case unknown
}
