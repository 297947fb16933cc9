import Catalogue
import Foundation
import Testing

/// The Aho-Corasick automaton against a naive scan, on hand-picked and random texts.
@Suite struct KeywordAutomatonTests {
    /// Every occurrence of every pattern, by comparing at every position.
    static func naive(_ patterns: [KeywordAutomaton.Pattern], _ text: [UInt8]) -> Set<KeywordAutomaton.Match> {
        var out: Set<KeywordAutomaton.Match> = []
        for pattern in patterns where !pattern.bytes.isEmpty && pattern.bytes.count <= text.count {
            for start in 0...(text.count - pattern.bytes.count)
            where text[start..<(start + pattern.bytes.count)].elementsEqual(pattern.bytes) {
                out.insert(.init(payload: pattern.payload, start: start, end: start + pattern.bytes.count))
            }
        }
        return out
    }

    static func patterns(_ words: [String]) -> [KeywordAutomaton.Pattern] {
        words.enumerated().map { .init(bytes: Array($1.utf8), payload: $0) }
    }

    @Test func findsOverlappingAndNestedPatterns() {
        let patterns = Self.patterns(["he", "she", "his", "hers", "e", "ers"])
        let automaton = KeywordAutomaton(patterns)
        let text = Array("ushers his".utf8)
        let found = automaton.matches(in: text)
        #expect(Set(found) == Self.naive(patterns, text))
        #expect(found.count == 6)  // she, he, e, hers, ers, his
        #expect(found.contains(.init(payload: 3, start: 2, end: 6)))  // hers
        // Reported in order of end offset.
        #expect(found.map(\.end) == found.map(\.end).sorted())
    }

    @Test func equalPatternsReportEachPayloadAndEmptyPatternsAreDropped() {
        let patterns: [KeywordAutomaton.Pattern] = [
            .init(bytes: Array("压实密度".utf8), payload: 7), .init(bytes: Array("压实密度".utf8), payload: 9),
            .init(bytes: [], payload: 1),
        ]
        let automaton = KeywordAutomaton(patterns)
        #expect(automaton.patternCount == 2)
        let found = automaton.matches(in: Array("粉体压实密度为2.6".utf8))
        #expect(Set(found.map(\.payload)) == [7, 9])
        #expect(found.allSatisfy { $0.start == 6 && $0.end == 18 })
        #expect(automaton.matches(in: []).isEmpty)
    }

    /// Property: on random texts over a small alphabet (so that patterns occur often and
    /// overlap), the automaton finds exactly what a naive scan finds.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func agreesWithNaiveScanOnRandomTexts(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let alphabet: [UInt8] = Array("abc d".utf8) + [0xE4, 0xB8, 0x80, 0xFF]
        func word(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] } }
        let patterns = (0..<60).map { KeywordAutomaton.Pattern(bytes: word(1 + Int(random.next() % 6)), payload: $0) }
        let automaton = KeywordAutomaton(patterns)
        for _ in 0..<20 {
            let text = word(Int(random.next() % 400))
            let found = automaton.matches(in: text)
            #expect(found.count == Set(found).count, "no duplicates")
            #expect(Set(found) == Self.naive(patterns, text))
        }
    }

    /// An automaton over ten times the patterns finds the same occurrences of the original
    /// patterns (and the naive scan agrees on the extra ones).
    @Test func tenTimesThePatternsGiveTheSameResults() throws {
        let catalogue = try CatalogueFilesTests.load("2025")
        let base = CatalogueIndex(catalogue: catalogue)
        var random = SplitMix(seed: 42)
        let terms = base.terms.map(\.text)
        var patterns = terms.enumerated().map { KeywordAutomaton.Pattern(bytes: MatchText.normalise($1), payload: $0) }
        let small = KeywordAutomaton(patterns)
        for i in 0..<(terms.count * 9) {
            // Extra patterns share prefixes with the real ones, so the trie really grows.
            let stem = terms[Int(random.next() % UInt64(terms.count))]
            patterns.append(.init(bytes: MatchText.normalise("\(stem) x\(i)"), payload: terms.count + i))
        }
        let large = KeywordAutomaton(patterns)
        #expect(large.patternCount >= small.patternCount * 10 - 10)
        let text = MatchText(CatalogueIndexTests.sampleText).bytes
        let fromSmall = small.matches(in: text)
        let fromLarge = large.matches(in: text).filter { $0.payload < terms.count }
        #expect(!fromSmall.isEmpty)
        #expect(Set(fromSmall) == Set(fromLarge))
        #expect(Set(large.matches(in: text)) == Self.naive(patterns, text))
    }
}

/// A small deterministic random number generator for property tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
