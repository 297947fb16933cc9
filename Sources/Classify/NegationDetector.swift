import Catalogue
import Foundation

/// Decides whether a keyword found in a text sits inside an explicit negation ("不涉及飞行控制",
/// "does not involve flight control"), in which case it is no evidence for a hit.
///
/// The list of cues is short on purpose: a keyword wrongly taken as negated hides a
/// controlled technology, which is worse than a reviewer dismissing a hit. The rules, on the
/// normalised text before the keyword, in the same clause (a clause ends at `，。；,;.:!?()`
/// and, in English, at `but`, `however`, `whereas`, `while`; the enumeration comma `、` does
/// not end it, so `不涉及语音识别、语音合成` negates both terms):
/// - Chinese: `不涉及`, `不包括`, `不包含`, `不含`, `不属于`, `不采用`, `不使用`, `不用于`, `并非`,
///   `不是` at most 12 characters before the keyword; `非` and `无` only right before it
///   (`非语音识别`), since they start many ordinary words (`无线`, `非常`).
/// - English: `not`, `no`, `without`, `excluding`, `except`, `nor`, a word ending in `n't`, and
///   `other than`, at most 4 words before the keyword; `non` only right before it
///   (`non-lidar`). `not limited to`, `not only` and `no.` (a number) are no negation.
enum NegationDetector {
    static let chineseCues = ["不涉及", "不包括", "不包含", "不含", "不属于", "不采用", "不使用", "不用于", "并非", "不是"]
    static let chineseAdjacentCues = ["非", "无"]
    static let englishCues: Set<String> = ["not", "no", "without", "excluding", "except", "nor"]
    static let englishClauseWords: Set<String> = ["but", "however", "whereas", "while"]
    /// Words after `not` or `no` that undo the negation (`not limited to`, `not only`).
    static let englishReleases: Set<String> = ["limited", "only", "necessarily", "restricted"]
    static let maxChineseGap = 12
    static let maxEnglishGap = 4

    /// True when the keyword at normalised bytes `range` of `text` is negated.
    static func isNegated(_ range: Range<Int>, in text: MatchText) -> Bool {
        let clause = clauseRange(before: range.lowerBound, in: text.bytes)
        guard !clause.isEmpty, mayHoldCue(text.bytes[clause]) else { return false }
        let string = String(decoding: text.bytes[clause], as: UTF8.self)
        return chineseNegation(string) || englishNegation(string)
    }

    /// Byte strings of which every cue holds one (`不`, `非`, `无`; `no` of `not`, `no`, `nor`,
    /// `non`; ...). The rules below compare characters, which here (normalised text: NFKC,
    /// ASCII lower-cased) match only where their UTF-8 bytes are in the clause, so a clause
    /// without any of these bytes has no cue and skips the costlier string rules.
    static let cueNeedles: [[UInt8]] = ["不", "非", "无", "no", "without", "excluding", "except", "n't", "n’t", "other"]
        .map { Array($0.utf8) }

    /// True when `clause` holds one of `cueNeedles`.
    static func mayHoldCue(_ clause: ArraySlice<UInt8>) -> Bool {
        clause.withUnsafeBufferPointer { bytes in
            cueNeedles.contains { needle in
                let first = needle[0]
                let last = bytes.count - needle.count
                guard last >= 0 else { return false }
                var i = 0
                while i <= last {
                    if bytes[i] == first {
                        var j = 1
                        while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The normalised text from the start of the clause (at most 240 bytes back) to `end`.
    static func clauseBefore(_ end: Int, in bytes: [UInt8]) -> String {
        String(decoding: bytes[clauseRange(before: end, in: bytes)], as: UTF8.self)
    }

    /// The byte range of `clauseBefore`.
    static func clauseRange(before end: Int, in bytes: [UInt8]) -> Range<Int> {
        var start = end
        let limit = max(0, end - 240)
        scan: while start > limit {
            let b = bytes[start - 1]
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                UInt8(ascii: "("), UInt8(ascii: ")"):
                break scan
            case UInt8(ascii: "."):
                // A decimal point (digit on both sides) does not end a clause.
                let digitAfter = start < bytes.count && (0x30...0x39).contains(bytes[start])
                let digitBefore = start >= 2 && (0x30...0x39).contains(bytes[start - 2])
                if !(digitAfter && digitBefore) { break scan }
            case 0x82:
                // 。 (E3 80 82); the enumeration comma 、 (E3 80 81) does not end a clause.
                if start >= 3, bytes[start - 3] == 0xE3, bytes[start - 2] == 0x80 { break scan }
            default:
                break
            }
            start -= 1
        }
        // Step forward to a character boundary when the limit cut one.
        while start < end, bytes[start] & 0xC0 == 0x80 { start += 1 }
        return start..<end
    }

    static func chineseNegation(_ clause: String) -> Bool {
        for cue in chineseAdjacentCues where clause.hasSuffix(cue) { return true }
        for cue in chineseCues {
            guard let range = clause.range(of: cue, options: .backwards) else { continue }
            if clause[range.upperBound...].count <= maxChineseGap { return true }
        }
        return false
    }

    static func englishNegation(_ clause: String) -> Bool {
        var words = clause.split(separator: " ").map { word in
            String(word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter && $0 != "'" && $0 != "’" }.reversed())
        }
        if let last = words.lastIndex(where: { englishClauseWords.contains($0) }) {
            words.removeSubrange(...last)
        }
        guard !words.isEmpty else { return false }
        if words.last == "non" { return true }
        let count = words.count
        for i in stride(from: count - 1, through: max(0, count - 1 - maxEnglishGap), by: -1) {
            let word = words[i]
            let next = i + 1 < count ? words[i + 1] : ""
            if word == "other", next == "than" { return true }
            let cue = englishCues.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
            guard cue else { continue }
            if englishReleases.contains(next) { continue }
            return true
        }
        return false
    }
}
