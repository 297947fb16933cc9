import Catalogue
import DossierModel

/// The score of a hit (0...1): how strongly its evidence supports it. Deterministic; the
/// reasoning is in `docs/matching.md`.
///
/// Each distinct keyword found (not negated) counts once, at the weight of the strongest
/// field it was found in (`MatchField.weight`: title 1.0, claim and technology summary 0.9,
/// abstract 0.85, attachment 0.6) times `keywordStrength`; the keywords combine as
/// independent pieces of evidence, `1 - Π(1 - s)`, so that every further keyword adds less.
/// A classification code under an IPC prefix adds the strength of the most specific prefix
/// that matched (symbol 0.35, main group 0.3, subclass 0.25), combined the same way: a code
/// alone is weaker than one keyword in a title or claim, and a keyword with a code is
/// stronger than either.
enum HitScore {
    static let keywordStrength = 0.6
    static let ipcStrength: [IPCPrefix.Level: Double] = [.symbol: 0.35, .mainGroup: 0.3, .subclass: 0.25]

    /// The score of the keyword strengths by distinct term and the IPC level matched, rounded
    /// to three decimals.
    static func score(keywordWeights: [String: Double], ipcLevel: IPCPrefix.Level?) -> Double {
        var miss = 1.0
        for key in keywordWeights.keys.sorted() {
            miss *= 1 - keywordStrength * keywordWeights[key]!
        }
        if let ipcLevel { miss *= 1 - ipcStrength[ipcLevel]! }
        return ((1 - miss) * 1000).rounded() / 1000
    }

    /// The strength of one keyword found in a field of weight `weight`, for ordering evidence.
    static func keywordEvidenceStrength(fieldWeight weight: Double) -> Double { keywordStrength * weight }

    /// The strength of one classification code under a prefix of `level`.
    static func ipcEvidenceStrength(_ level: IPCPrefix.Level) -> Double { ipcStrength[level]! }
}
