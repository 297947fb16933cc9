import Catalogue
import DossierModel
import Foundation

/// Checking the thresholds of a control point against the values the dossier states.
extension CatalogueMatcher {
    /// One check per threshold of `point`, in catalogue order, with every value stated near
    /// one of the threshold's words anywhere in the dossier (each value once).
    func thresholdChecks(_ point: ControlPoint, _ words: [ThresholdWord], fields: [MatchField]) -> [ThresholdCheck] {
        point.thresholds.enumerated().map { thresholdIndex, threshold in
            var seen: Set<[Int]> = []
            var stated: [StatedValue] = []
            for word in words where word.threshold == thresholdIndex {
                let field = fields[word.field]
                for reading in StatedValueReader.values(for: threshold, near: word.range, in: field.text) {
                    guard seen.insert([word.field, reading.range.lowerBound, reading.range.upperBound]).inserted else { continue }
                    let unit = reading.unit ?? threshold.unit
                    guard let converted = unit.convert(reading.value, to: threshold.unit),
                        let meets = threshold.admits(reading.value, in: unit)
                    else { continue }
                    let unitText =
                        reading.unitRange.isEmpty
                        ? "" : field.text.originalText(field.text.originalSpan(of: reading.unitRange))
                    stated.append(
                        StatedValue(
                            value: reading.value, unit: unitText, converted: converted, meets: meets,
                            location: field.location, snippet: field.snippet(field.text.originalSpan(of: reading.range))))
                }
            }
            return ThresholdCheck(quantity: threshold.quantity, limit: threshold.summary, stated: stated)
        }
    }

    /// The limit for a sentence: `>= 2.58 g/cm3 at 220 MPa`.
    static func limitText(_ threshold: Threshold) -> String {
        threshold.summary.replacingOccurrences(of: " (", with: " ").replacingOccurrences(of: ")", with: "")
    }

    /// A number as a reviewer reads it: `2.6`, `160`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
