import Catalogue
import DossierModel

/// Reads the values a text states for a threshold's quantity: numbers with a unit of the
/// threshold's dimension near a word that names the quantity (`压实密度为2.60 g/cm³`,
/// `compaction density of ≥2.58 g/cc`, `2.6 g/cc compaction density`).
///
/// Rules (on the normalised text, see `MatchText`):
/// - after the word, up to `window` characters and not past the end of the sentence, the first
///   number with a unit of the threshold's dimension; further values joined to it by a list
///   word (`and`, `or`, `,`, `、`, `和`, `或`, `及`) are read too, and of a range
///   (`2.55 g/cc to 2.62 g/cc`, `至`, `~`) the end that favours the limit is kept;
/// - when nothing follows the word, the nearest such value before it in the same clause;
/// - a number with a unit of another dimension (`220 MPa` next to a density) is a condition of
///   measurement, not the value, and is skipped; a number without a unit is skipped, except
///   for a `score` threshold, whose values have no unit.
enum StatedValueReader {
    /// A number and its unit, read from a text.
    struct Reading: Hashable {
        var value: Double
        /// The unit, nil for a bare number.
        var unit: ThresholdUnit?
        /// The normalised byte range of the number and its unit.
        var range: Range<Int>
        /// The normalised byte range of the unit alone (empty for a bare number).
        var unitRange: Range<Int>
    }

    static let window = 60

    /// Every unit spelling, normalised, longest first, with its unit.
    static let unitSpellings: [(bytes: [UInt8], unit: ThresholdUnit)] = {
        var out: [(bytes: [UInt8], unit: ThresholdUnit)] = []
        for unit in ThresholdUnit.known {
            for spelling in [unit.symbol] + unit.spellings {
                let bytes = MatchText.normalise(spelling)
                if !bytes.isEmpty, !out.contains(where: { $0.bytes == bytes }) { out.append((bytes, unit)) }
            }
        }
        return out.sorted { $0.bytes.count > $1.bytes.count }
    }()

    static let listWords: Set<String> = ["", ",", "and", "or", ", and", ",and", "、", "和", "或", "及", "以及"]
    static let rangeWords: Set<String> = ["to", "~", "至", "到", "-"]

    /// The values stated for `threshold` near the word at normalised bytes `word` of `text`.
    static func values(for threshold: Threshold, near word: Range<Int>, in text: MatchText) -> [Reading] {
        let bytes = text.bytes
        let after = forward(from: word.upperBound, in: bytes)
        var kept: [Reading] = []
        var previousEnd = word.upperBound
        for reading in readings(in: bytes, from: word.upperBound, to: after) where fits(reading, threshold) {
            guard let last = kept.last else {
                kept.append(reading)
                previousEnd = reading.range.upperBound
                continue
            }
            let gap = gapText(bytes, previousEnd, reading.range.lowerBound)
            if rangeWords.contains(gap) {
                kept[kept.count - 1] = favoured(last, reading, threshold)
            } else if listWords.contains(gap) {
                kept.append(reading)
            } else {
                break
            }
            previousEnd = reading.range.upperBound
        }
        if !kept.isEmpty { return kept }
        let before = backward(from: word.lowerBound, in: bytes)
        guard let nearest = readings(in: bytes, from: before, to: word.lowerBound).last(where: { fits($0, threshold) })
        else { return [] }
        return [nearest]
    }

    /// True when the reading can state a value for the threshold.
    static func fits(_ reading: Reading, _ threshold: Threshold) -> Bool {
        guard let unit = reading.unit else { return threshold.unit.dimension == "score" }
        return unit.dimension == threshold.unit.dimension
    }

    /// Of the two ends of a range, the one that meets the limit more easily.
    static func favoured(_ a: Reading, _ b: Reading, _ threshold: Threshold) -> Reading {
        func base(_ r: Reading) -> Double { (r.unit ?? threshold.unit).convert(r.value, to: threshold.unit) ?? r.value }
        let upward = threshold.comparator == .atLeast || threshold.comparator == .above
        var chosen = (base(a) >= base(b)) == upward ? a : b
        chosen.range = min(a.range.lowerBound, b.range.lowerBound)..<max(a.range.upperBound, b.range.upperBound)
        return chosen
    }

    /// Numbers (with their units, if any) that start in `from..<to`.
    static func readings(in bytes: [UInt8], from: Int, to: Int) -> [Reading] {
        var out: [Reading] = []
        var i = from
        while i < to {
            guard isDigit(bytes[i]), i == 0 || !(MatchText.isWordByte(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: ".")) else {
                i += 1
                continue
            }
            guard let number = number(in: bytes, at: i) else {
                i += 1
                continue
            }
            var j = number.end
            if j < bytes.count, bytes[j] == 0x20 { j += 1 }
            if let unit = unit(in: bytes, at: j) {
                out.append(Reading(value: number.value, unit: unit.unit, range: i..<unit.end, unitRange: j..<unit.end))
                i = unit.end
            } else if number.end >= bytes.count || !MatchText.isWordByte(bytes[number.end]) {
                out.append(Reading(value: number.value, unit: nil, range: i..<number.end, unitRange: number.end..<number.end))
                i = number.end
            } else {
                i = number.end
            }
        }
        return out
    }

    /// A decimal number at `start`: digits, an optional fraction, thousands groups `2,600`.
    static func number(in bytes: [UInt8], at start: Int) -> (value: Double, end: Int)? {
        var digits = ""
        var i = start
        while i < bytes.count, isDigit(bytes[i]) {
            digits.append(Character(Unicode.Scalar(bytes[i])))
            i += 1
        }
        // Thousands separators after one to three digits: a comma and exactly three digits.
        let grouped = digits.count <= 3
        while grouped, i + 3 < bytes.count, bytes[i] == UInt8(ascii: ","),
            isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
            i + 4 >= bytes.count || !isDigit(bytes[i + 4])
        {
            digits += String(decoding: bytes[(i + 1)...(i + 3)], as: UTF8.self)
            i += 4
        }
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) {
            digits.append(".")
            i += 1
            while i < bytes.count, isDigit(bytes[i]) {
                digits.append(Character(Unicode.Scalar(bytes[i])))
                i += 1
            }
        }
        guard let value = Double(digits) else { return nil }
        return (value, i)
    }

    /// The longest unit spelling at `start` that does not run into a following ASCII word.
    static func unit(in bytes: [UInt8], at start: Int) -> (unit: ThresholdUnit, end: Int)? {
        for (spelling, unit) in unitSpellings where start + spelling.count <= bytes.count {
            guard bytes[start..<(start + spelling.count)].elementsEqual(spelling) else { continue }
            let end = start + spelling.count
            if let last = spelling.last, MatchText.isWordByte(last), end < bytes.count, MatchText.isWordByte(bytes[end]) {
                continue
            }
            return (unit, end)
        }
        return nil
    }

    /// The end of the search window after `start`: `window` characters, or the end of the
    /// sentence if sooner.
    static func forward(from start: Int, in bytes: [UInt8]) -> Int {
        var i = start
        var characters = 0
        while i < bytes.count, characters < window {
            if isSentenceEnd(bytes, i) { break }
            if bytes[i] & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    /// The start of the search window before `end`: `window` characters back, or the start of
    /// the clause if sooner.
    static func backward(from end: Int, in bytes: [UInt8]) -> Int {
        var i = end
        var characters = 0
        while i > 0, characters < window {
            let b = bytes[i - 1]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || isSentenceEnd(bytes, i - 1) { break }
            if i >= 3, bytes[i - 3] == 0xE3, bytes[i - 2] == 0x80, b == 0x81 { break }  // 、
            if b & 0xC0 != 0x80 { characters += 1 }
            i -= 1
        }
        while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    /// True at a full stop (not a decimal point), `!`, `?`, or `。` (E3 80 82).
    static func isSentenceEnd(_ bytes: [UInt8], _ i: Int) -> Bool {
        switch bytes[i] {
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            return true
        case UInt8(ascii: "."):
            return !(i > 0 && isDigit(bytes[i - 1]) && i + 1 < bytes.count && isDigit(bytes[i + 1]))
        case 0xE3:
            return i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82
        default:
            return false
        }
    }

    /// The normalised text between two readings, trimmed of spaces.
    static func gapText(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        var slice = bytes[from..<to]
        while slice.first == 0x20 { slice = slice.dropFirst() }
        while slice.last == 0x20 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
