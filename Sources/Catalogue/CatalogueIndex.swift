import Normalise

/// The compiled match index of one catalogue version: one keyword automaton over every
/// keyword of every entry and control point (Chinese and English, with their variants) and
/// every threshold word, and a table of IPC prefixes by subclass.
///
/// Built once per catalogue version; immutable and `Sendable`, so every worker shares it.
/// See `docs/matching.md` for the rules.
public struct CatalogueIndex: Sendable {
    /// What a hit is about: an entry as a whole (its own keywords) or one of its control points.
    public struct Target: Sendable, Hashable {
        /// Index of the entry in `catalogue.entries`.
        public let entry: Int
        /// Index of the control point in the entry's `controlPoints`; nil for the entry's
        /// own keywords.
        public let controlPoint: Int?
    }

    /// What a term does when it is found.
    public enum Role: Sendable, Hashable {
        /// A keyword of the target: evidence for a hit.
        case keyword
        /// A word naming the quantity of the target's threshold at this index: a stated
        /// value is looked for near it.
        case thresholdWord(threshold: Int)
    }

    /// One catalogue term, as the catalogue writes it.
    public struct Term: Sendable, Hashable {
        public let text: String
        /// `zh` or `en`: the list the term came from.
        public let language: String
        /// Index into `targets`.
        public let target: Int
        public let role: Role
    }

    /// A term found in a text: the term's index and the range of normalised bytes it covers.
    public struct TermMatch: Sendable, Hashable {
        public let term: Int
        public let range: Range<Int>
    }

    /// A classification symbol under one of a target's IPC prefixes.
    public struct PrefixMatch: Sendable, Hashable {
        public let target: Int
        public let prefix: IPCPrefix
        /// The canonical symbol that matched.
        public let code: String
    }

    public let catalogue: Catalogue
    /// Every target: for each entry, its own keywords (when it has any), then its points.
    public let targets: [Target]
    /// Every term, in catalogue order.
    public let terms: [Term]
    /// The automaton; a pattern's payload indexes `patternTerms`.
    public let automaton: KeywordAutomaton
    /// For each distinct normalised spelling, the terms that have it.
    private let patternTerms: [[Int32]]
    /// IPC prefixes by subclass, with their target.
    private let prefixes: [String: [(prefix: IPCPrefix, target: Int)]]

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
        var targets: [Target] = []
        var terms: [Term] = []
        var prefixes: [String: [(prefix: IPCPrefix, target: Int)]] = [:]
        func add(_ list: CatalogueTerms, target: Int, role: Role) {
            for text in list.zh { terms.append(Term(text: text, language: "zh", target: target, role: role)) }
            for text in list.en { terms.append(Term(text: text, language: "en", target: target, role: role)) }
        }
        for (entryIndex, entry) in catalogue.entries.enumerated() {
            if !entry.keywords.isEmpty {
                targets.append(Target(entry: entryIndex, controlPoint: nil))
                add(entry.keywords, target: targets.count - 1, role: .keyword)
            }
            for (pointIndex, point) in entry.controlPoints.enumerated() {
                targets.append(Target(entry: entryIndex, controlPoint: pointIndex))
                let target = targets.count - 1
                add(point.keywords, target: target, role: .keyword)
                for (thresholdIndex, threshold) in point.thresholds.enumerated() {
                    add(threshold.words, target: target, role: .thresholdWord(threshold: thresholdIndex))
                }
                for text in point.ipcPrefixes {
                    guard let prefix = IPCPrefix(text) else { continue }
                    prefixes[prefix.subclass, default: []].append((prefix, target))
                }
            }
        }
        // One pattern per distinct spelling; equal spellings of several terms share it.
        var patternIndex: [[UInt8]: Int] = [:]
        var patternTerms: [[Int32]] = []
        var patterns: [KeywordAutomaton.Pattern] = []
        for (termIndex, term) in terms.enumerated() {
            for spelling in TermVariants.variants(of: term.text, language: term.language) {
                if let existing = patternIndex[spelling] {
                    if !patternTerms[existing].contains(Int32(termIndex)) { patternTerms[existing].append(Int32(termIndex)) }
                } else {
                    patternIndex[spelling] = patternTerms.count
                    patterns.append(.init(bytes: spelling, payload: patternTerms.count))
                    patternTerms.append([Int32(termIndex)])
                }
            }
        }
        self.targets = targets
        self.terms = terms
        self.patternTerms = patternTerms
        self.prefixes = prefixes
        automaton = KeywordAutomaton(patterns)
    }

    /// The entry of a target.
    public func entry(of target: Int) -> CatalogueEntry { catalogue.entries[targets[target].entry] }

    /// The control point of a target, nil for an entry's own keywords.
    public func controlPoint(of target: Int) -> ControlPoint? {
        targets[target].controlPoint.map { entry(of: target).controlPoints[$0] }
    }

    /// Every term found in `text` on word boundaries (see `MatchText.isOnWordBoundaries`),
    /// sorted by position, then term.
    public func matches(in text: MatchText) -> [TermMatch] {
        var found: [TermMatch] = []
        text.bytes.withUnsafeBufferPointer { buffer in
            automaton.scan(buffer) { match in
                let range = match.start..<match.end
                guard text.isOnWordBoundaries(range) else { return }
                for term in patternTerms[match.payload] {
                    found.append(TermMatch(term: Int(term), range: range))
                }
            }
        }
        found.sort { ($0.range.lowerBound, $0.range.upperBound, $0.term) < ($1.range.lowerBound, $1.range.upperBound, $1.term) }
        return found
    }

    /// The targets whose IPC prefixes cover a classification symbol. `code` should be
    /// canonical (`H01M 4/582`); any other spelling is made canonical first, and a symbol
    /// that is not valid matches nothing.
    public func ipcMatches(code: String, scheme: String = "IPC") -> [PrefixMatch] {
        guard let canonical = ClassificationNormaliser.canonical(code, scheme: scheme) else { return [] }
        let subclass = String(canonical.prefix(4))
        return (prefixes[subclass] ?? []).compactMap { item in
            item.prefix.covers(canonical) ? PrefixMatch(target: item.target, prefix: item.prefix, code: canonical) : nil
        }
    }
}
