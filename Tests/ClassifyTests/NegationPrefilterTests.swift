import Catalogue
import Foundation
import Testing

@testable import Classify

/// The byte prefilter of `NegationDetector` never hides a negation the string rules find.
@Suite struct NegationPrefilterTests {
    @Test func everyCueHoldsANeedle() {
        let needles = NegationDetector.cueNeedles.map { String(decoding: $0, as: UTF8.self) }
        let cues =
            NegationDetector.chineseCues + NegationDetector.chineseAdjacentCues
            + Array(NegationDetector.englishCues) + ["n't", "n’t", "other than", "non"]
        for cue in cues {
            #expect(needles.contains { cue.contains($0) }, "\(cue) holds no needle")
        }
    }

    /// Over every clause before every position of real and constructed texts: where the
    /// prefilter says no cue, the string rules find no negation either.
    @Test func prefilterAgreesWithTheStringRules() {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var texts = [
            "本系统不涉及飞行控制", "不是激光雷达", "非语音识别", "无线通信", "does not involve flight control",
            "it isn't lidar", "it isn’t lidar", "other than speech synthesis", "non-lidar", "no. 5 lidar",
            "NOT LIMITED TO LIDAR", "ｎｏｔ lidar", "w/o speech", "excluding: lidar", "without lidar",
        ]
        for folder in ["../shared/realdata/A-ip-records/cnipa", "../shared/realdata/A-ip-records/wipo-st36", "testdata/inbox"] {
            let walker = FileManager.default.enumerator(at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            for case let url as URL in walker?.allObjects ?? [] where url.pathExtension == "xml" {
                guard let data = try? Data(contentsOf: url) else { continue }
                for part in String(decoding: data, as: UTF8.self).split(separator: "<") {
                    guard let close = part.firstIndex(of: ">") else { continue }
                    let text = part[part.index(after: close)...]
                    if text.count > 3 { texts.append(String(text.prefix(600))) }
                }
            }
        }
        var negated = 0
        var skipped = 0
        for text in texts {
            let match = MatchText(text)
            var position = 0
            while position <= match.bytes.count {
                // Positions at character starts only, as a keyword match begins.
                if position == match.bytes.count || match.bytes[position] & 0xC0 != 0x80 {
                    let clause = NegationDetector.clauseRange(before: position, in: match.bytes)
                    let string = String(decoding: match.bytes[clause], as: UTF8.self)
                    let rules = !clause.isEmpty && (NegationDetector.chineseNegation(string) || NegationDetector.englishNegation(string))
                    if rules { negated += 1 }
                    if !NegationDetector.mayHoldCue(match.bytes[clause]) {
                        skipped += 1
                        #expect(!rules, "prefilter hides the negation before byte \(position) of \(text.prefix(60).debugDescription)")
                    }
                }
                position += 1
            }
        }
        #expect(negated > 100)
        #expect(skipped > 1_000)
    }
}
