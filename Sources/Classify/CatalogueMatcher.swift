import Catalogue
import DossierModel

/// Matches a dossier against one catalogue version: every text and classification code of
/// the dossier against every keyword, IPC prefix, threshold and qualifier of the catalogue,
/// giving one `Hit` per entry and control point, with its evidence.
///
/// Build it once per catalogue version (it compiles a `CatalogueIndex`) and share it across
/// threads; `match` is pure. The rules are in `docs/matching.md`.
public struct CatalogueMatcher: Sendable {
    public let catalogue: Catalogue
    /// The compiled index of `catalogue`.
    public let index: CatalogueIndex
    /// The most evidence items a hit lists; the total is given in a note when there are more.
    public static let evidenceCap = 20

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
        index = CatalogueIndex(catalogue: catalogue)
    }

    /// The hits of `dossier`, in catalogue order (an entry's own keywords before its points).
    public func match(_ dossier: Dossier) -> [Hit] {
        let fields = MatchField.fields(of: dossier)
        var findings: [Int: Findings] = [:]
        for (fieldIndex, field) in fields.enumerated() {
            var seen: Set<SeenKey> = []
            for found in Self.droppingContained(index.matches(in: field.text), terms: index.terms) {
                let term = index.terms[found.term]
                switch term.role {
                case .keyword:
                    guard seen.insert(SeenKey(target: term.target, range: found.range)).inserted else { continue }
                    let span = field.text.originalSpan(of: found.range)
                    let evidence = Evidence(
                        kind: .keyword, location: field.location, term: term.text,
                        matched: field.text.originalText(span),
                        span: TextSpan(start: span.lowerBound, end: span.upperBound),
                        negated: NegationDetector.isNegated(found.range, in: field.text))
                    let strength = HitScore.keywordEvidenceStrength(fieldWeight: field.weight)
                    findings[term.target, default: Findings()].keywords.append(
                        Found(
                            evidence: evidence, field: fieldIndex, strength: strength, order: field.order,
                            position: span.lowerBound, termKey: term.text.lowercased(), fieldWeight: field.weight))
                case .thresholdWord(let threshold):
                    findings[term.target, default: Findings()].thresholdWords.append(
                        ThresholdWord(threshold: threshold, field: fieldIndex, range: found.range))
                }
            }
        }
        var order = fields.count
        for asset in dossier.assets {
            for (i, classification) in asset.classifications.enumerated() {
                let code = classification.code ?? classification.raw
                for found in index.ipcMatches(code: code, scheme: classification.scheme) {
                    let location = TextLocation(
                        assetID: asset.id, field: .classification, index: String(i + 1), source: classification.source)
                    let evidence = Evidence(kind: .ipc, location: location, term: found.prefix.text, matched: found.code)
                    findings[found.target, default: Findings()].codes.append(
                        Found(
                            evidence: evidence, field: -1, strength: HitScore.ipcEvidenceStrength(found.prefix.level),
                            order: order, position: 0, termKey: found.prefix.text, fieldWeight: 0))
                    findings[found.target, default: Findings()].ipcLevel = max(
                        findings[found.target]?.ipcLevel ?? found.prefix.level, found.prefix.level)
                }
                order += 1
            }
        }
        return findings.keys.sorted().compactMap { target in
            hit(for: target, findings[target]!, fields: fields)
        }
    }

    /// The matches without keywords that lie inside a longer keyword match of the same text:
    /// `磷酸铁` (iron phosphate) inside `磷酸铁锂` (lithium iron phosphate) is not evidence for
    /// the iron-phosphate point. Matches of the same span (one term in two points) all stay;
    /// threshold words are never dropped.
    static func droppingContained(_ matches: [CatalogueIndex.TermMatch], terms: [CatalogueIndex.Term]) -> [CatalogueIndex.TermMatch] {
        let keywordRanges = matches.filter {
            if case .keyword = terms[$0.term].role { true } else { false }
        }.map(\.range)
        guard keywordRanges.count > 1 else { return matches }
        let sorted = Set(keywordRanges).sorted { ($0.lowerBound, -$0.upperBound) < ($1.lowerBound, -$1.upperBound) }
        var contained: Set<Range<Int>> = []
        var widest: Range<Int>?
        for range in sorted {
            if let widest, widest.lowerBound <= range.lowerBound, range.upperBound <= widest.upperBound {
                contained.insert(range)
            } else if widest == nil || range.upperBound > widest!.upperBound {
                widest = range
            }
        }
        guard !contained.isEmpty else { return matches }
        return matches.filter { match in
            if case .keyword = terms[match.term].role { return !contained.contains(match.range) }
            return true
        }
    }

    /// The hit of one target, or nil when it has no keyword and no code evidence (threshold
    /// words alone are no hit).
    func hit(for target: Int, _ findings: Findings, fields: [MatchField]) -> Hit? {
        guard !findings.keywords.isEmpty || !findings.codes.isEmpty else { return nil }
        let entry = index.entry(of: target)
        let point = index.controlPoint(of: target)
        var notes: [String] = []

        let positive = findings.keywords.filter { !$0.evidence.negated }
        var weights: [String: Double] = [:]
        for item in positive { weights[item.termKey] = max(weights[item.termKey] ?? 0, item.fieldWeight) }
        let allNegated = positive.isEmpty && findings.codes.isEmpty
        let score = allNegated ? 0 : HitScore.score(keywordWeights: weights, ipcLevel: findings.ipcLevel)

        let checks = point.map { thresholdChecks($0, findings.thresholdWords, fields: fields) } ?? []
        var status = HitStatus.hit
        for (check, threshold) in zip(checks, point?.thresholds ?? []) {
            let limit = Self.limitText(threshold)
            if check.unverified {
                notes.append("\(check.quantity) not stated: the reviewer must verify it (limit \(limit))")
            }
            for value in check.stated where !value.meets {
                status = .thresholdFailed
                notes.append(
                    "\(check.quantity) \(Self.number(value.value)) \(value.unit) (\(value.location)) fails the limit \(limit): evidence against the hit"
                )
            }
        }
        if let scope = point?.qualifiers.language, scope == .chineseAndMinority {
            let evidence = (positive.isEmpty ? findings.keywords : positive) + findings.codes
            switch qualifier(evidence.map(\.evidence.location.assetID), fields: fields) {
            case .met(let names):
                notes.append("Chinese and minority languages only: met (\(names.joined(separator: ", ")))")
            case .notMet(let names):
                if status == .hit { status = .qualifierNotMet }
                notes.append("Chinese and minority languages only: not met, the text names only \(names.joined(separator: ", "))")
            case .undetermined:
                notes.append(
                    "Chinese and minority languages only: the text names no language and is not in Chinese; the reviewer must verify the language"
                )
            }
        }
        if allNegated {
            if status == .hit { status = .negated }
            notes.append("every keyword found sits inside an explicit negation")
        }
        if positive.isEmpty, !findings.codes.isEmpty {
            let keywords = point?.keywords ?? entry.keywords
            if keywords.isEmpty {
                notes.append("matched on classification codes: the point names no keywords")
            } else {
                if status == .hit { status = .codeOnly }
                notes.append(
                    "matched on classification codes only: no keyword of the point is in the text, or every one found is negated; a code alone does not make a hit"
                )
            }
        }
        if point == nil {
            // review-rules 7: a control point hits when its keywords match; the entry's own
            // name or keywords alone are evidence that does not count.
            if status == .hit { status = .entryNameOnly }
            notes.append(
                "matched the entry's own name or keywords, not a control point: shown as evidence, not counted (the outcome follows the control points); check the official text of the entry"
            )
        }
        let evidence = (findings.keywords + findings.codes).sorted(by: Found.stronger)
        if evidence.count > Self.evidenceCap {
            notes.append("showing the \(Self.evidenceCap) strongest of \(evidence.count) places that matched")
        }
        // Snippets only for the evidence shown.
        let shown = evidence.prefix(Self.evidenceCap).map { found in
            var item = found.evidence
            if let span = item.span, found.field >= 0 { item.snippet = fields[found.field].snippet(span.start..<span.end) }
            return item
        }
        return Hit(
            catalogueID: catalogue.id, entryIdentity: entry.identity, entryCode: entry.code?.rawValue,
            entryName: entry.names.zh, entryNameEn: entry.names.en, part: entry.part,
            controlPoint: point?.identity, controlPointLabel: point?.label, controlPointName: point?.names.zh,
            status: status, score: score, evidence: shown,
            thresholds: checks, notes: notes)
    }

    /// The language qualifier over the scopes of the assets that gave evidence: an asset's own
    /// texts with the technology summaries; for dossier-level evidence, the dossier-level texts.
    /// Met when met in any scope; undetermined when undetermined in one and met in none.
    func qualifier(_ assetIDs: [String?], fields: [MatchField]) -> LanguageQualifier.Result {
        var scopes: [String?] = []
        for id in assetIDs where !scopes.contains(id) { scopes.append(id) }
        var results: [LanguageQualifier.Result] = []
        for id in scopes {
            let scope = fields.filter { field in
                id == nil
                    ? field.location.assetID == nil
                    : field.location.assetID == id || field.location.field == .technologySummary
            }
            results.append(LanguageQualifier.evaluate(scope))
        }
        if let met = results.first(where: { if case .met = $0 { true } else { false } }) { return met }
        if results.contains(.undetermined) || results.isEmpty { return .undetermined }
        var names: [String] = []
        for case .notMet(let found) in results { for name in found where !names.contains(name) { names.append(name) } }
        return .notMet(names)
    }
}

extension CatalogueMatcher {
    /// What the scan found for one target.
    struct Findings {
        var keywords: [Found] = []
        var codes: [Found] = []
        var ipcLevel: IPCPrefix.Level?
        var thresholdWords: [ThresholdWord] = []
    }

    /// One piece of evidence with what orders it.
    struct Found {
        var evidence: Evidence
        /// Index of the text field in the matcher's field list; -1 for a classification code.
        var field: Int
        var strength: Double
        /// Reading order of the field (fields first, then classification codes).
        var order: Int
        var position: Int
        /// The catalogue term, lower-case: distinct keywords count separately in the score.
        var termKey: String
        var fieldWeight: Double

        /// Not negated before negated, then stronger first, then reading order.
        static func stronger(_ a: Found, _ b: Found) -> Bool {
            if a.evidence.negated != b.evidence.negated { return !a.evidence.negated }
            if a.strength != b.strength { return a.strength > b.strength }
            return (a.order, a.position, a.termKey) < (b.order, b.position, b.termKey)
        }
    }

    /// A threshold word found: which threshold of the point, in which field, where.
    struct ThresholdWord {
        var threshold: Int
        var field: Int
        var range: Range<Int>
    }

    /// A keyword match already taken for a target in one field.
    struct SeenKey: Hashable {
        var target: Int
        var range: Range<Int>
    }
}
