/// A numeric limit of a control point, e.g. compaction density `>= 2.58 g/cm3` at 220 MPa.
///
/// The control point applies only when every value the text states for the quantity meets
/// the limit; a value that fails is evidence against the hit, and a value not stated leaves
/// the check to the reviewer (review-rules section 7).
public struct Threshold: Codable, Sendable, Hashable {
    /// A stable name of the quantity, lower-case with hyphens: `compaction-density`.
    public var quantity: String
    /// The unit of `value`.
    public var unit: ThresholdUnit
    public var comparator: ThresholdComparator
    /// The limit, in `unit`.
    public var value: Double
    /// The conditions of measurement as the catalogue states them, e.g. `at 220 MPa`.
    public var conditions: String?
    /// The words that name the quantity in a text (压实密度 / compaction density), so that a
    /// matcher can find the stated value near them.
    public var words: CatalogueTerms

    public init(
        quantity: String, unit: ThresholdUnit, comparator: ThresholdComparator, value: Double,
        conditions: String? = nil, words: CatalogueTerms
    ) {
        self.quantity = quantity
        self.unit = unit
        self.comparator = comparator
        self.value = value
        self.conditions = conditions
        self.words = words
    }

    /// Whether a value stated in `statedUnit` meets this threshold; nil when the units
    /// measure different things (the value then says nothing about this threshold).
    public func admits(_ stated: Double, in statedUnit: ThresholdUnit) -> Bool? {
        guard let converted = statedUnit.convert(stated, to: unit) else { return nil }
        return comparator.admits(converted, limit: value)
    }

    /// The limit as a reviewer reads it: `>= 2.58 g/cm3 (at 220 MPa)`.
    public var summary: String {
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        let base = "\(comparator.rawValue) \(number) \(unit.symbol)"
        return conditions.map { "\(base) (\($0))" } ?? base
    }
}
