import Foundation

/// A unit a threshold is stated in, with the spellings it is written in and the factor that
/// converts it to the canonical unit of its dimension, so that a value read as `2.6 g/cc` or
/// `2600 kg/m3` compares with a limit in `g/cm3`.
public struct ThresholdUnit: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The canonical symbol, e.g. `g/cm3`.
    public let symbol: String
    /// The quantity kind, e.g. `density`; only units of one dimension convert.
    public let dimension: String
    /// Multiply a value in this unit by the factor to get the dimension's base unit.
    public let factor: Double
    /// Other spellings, e.g. `g/cc`, `g/cm³`.
    public let spellings: [String]

    /// Every unit a catalogue file may name.
    public static let known: [ThresholdUnit] = [
        .init("g/cm3", "density", 1, ["g/cc", "g/cm³", "g·cm-3", "g·cm⁻³", "g cm-3", "g/ml", "g/mL"]),
        .init("kg/m3", "density", 0.001, ["kg/m³", "kg·m-3"]),
        .init("mAh/g", "specific-capacity", 1, ["mA·h/g", "mAh g-1", "mAh·g-1", "mAh·g⁻¹", "Ah/kg"]),
        .init("%", "ratio", 1, ["percent", "pct", "％"]),
        .init("MPa", "pressure", 1, []),
        .init("kPa", "pressure", 0.001, []),
        .init("GPa", "pressure", 1000, []),
        .init("W", "power", 1, ["watt", "watts"]),
        .init("mW", "power", 0.001, []),
        .init("kW", "power", 1000, []),
        .init("ns", "time", 1, []),
        .init("ps", "time", 0.001, []),
        .init("µs", "time", 1000, ["us", "μs"]),
        .init("ms", "time", 1_000_000, []),
        .init("m", "length", 1, ["metre", "metres", "meter", "meters", "米"]),
        .init("km", "length", 1000, ["公里", "千米"]),
        .init("score", "score", 1, ["points", "分"]),
    ]

    private init(_ symbol: String, _ dimension: String, _ factor: Double, _ spellings: [String]) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
        self.spellings = spellings
    }

    /// The unit written `text`: its symbol or one of its spellings, compared exactly (with and
    /// without inner spaces), then ignoring case when that names a single unit; else nil.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let candidates = [trimmed, trimmed.filter { $0 != " " }]
        let exact = Self.known.first { unit in
            candidates.contains { unit.symbol == $0 || unit.spellings.contains($0) }
        }
        let folded = candidates[1].lowercased()
        // Case-insensitive only when unambiguous (`mw` could be mW or MW, so it must match one).
        let loose = Self.known.filter {
            $0.symbol.lowercased() == folded || $0.spellings.contains { $0.lowercased() == folded }
        }
        guard let unit = exact ?? (loose.count == 1 ? loose[0] : nil) else { return nil }
        self = unit
    }

    /// `value` in this unit expressed in `other`, or nil when the dimensions differ.
    public func convert(_ value: Double, to other: ThresholdUnit) -> Double? {
        guard dimension == other.dimension else { return nil }
        return value * factor / other.factor
    }

    public var description: String { symbol }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let unit = ThresholdUnit(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: "unknown unit: \(text)"))
        }
        self = unit
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(symbol)
    }
}
