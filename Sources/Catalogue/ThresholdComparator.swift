import Foundation

/// How a stated value is compared with a threshold's limit: the value must satisfy
/// `value <comparator> limit` for the control point to apply.
public enum ThresholdComparator: String, Codable, Sendable, Hashable, CaseIterable {
    case atLeast = ">="
    case above = ">"
    case atMost = "<="
    case below = "<"

    /// Reads `>=`, `>`, `<=`, `<` and the typographic `≥` and `≤`; nil for anything else.
    public init?(symbol: String) {
        switch symbol.trimmingCharacters(in: .whitespaces) {
        case ">=", "≥": self = .atLeast
        case ">": self = .above
        case "<=", "≤": self = .atMost
        case "<": self = .below
        default: return nil
        }
    }

    /// True when `value` meets the limit (e.g. 2.60 meets `>= 2.58`; 2.50 does not).
    public func admits(_ value: Double, limit: Double) -> Bool {
        switch self {
        case .atLeast: value >= limit
        case .above: value > limit
        case .atMost: value <= limit
        case .below: value < limit
        }
    }
}
