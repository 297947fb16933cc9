import Foundation
import Normalise

/// A name prepared for screening: normalised by `NameNormaliser` (case, width, punctuation,
/// legal-form suffixes), cut into tokens, each token brought to one canonical spelling
/// (abbreviations expanded, Wade-Giles syllables to pinyin, plurals dropped) and weighted.
///
/// Both the list side and the query side go through this one initialiser, so the two are
/// always normalised the same way.
struct ScreeningName: Sendable, Hashable {
    /// The name as written.
    let original: String
    /// Canonical tokens in the order written.
    let tokens: [String]
    /// Each token as written (normalised, before abbreviations were expanded), so that a
    /// word split in two (`sino-tech`) still meets the word written whole (`sinotech`).
    let written: [String]
    /// The weight of each token (see `ScreeningVocabulary.weight(of:)`).
    let weights: [Double]
    /// The canonical tokens joined without spaces, for the character-level measure.
    let joined: String

    init(_ text: String) {
        original = text
        let normalised = NameNormaliser.normalise(text).normalised
        var tokens: [String] = []
        var written: [String] = []
        for word in normalised.split(separator: " ") {
            let token = ScreeningVocabulary.canonical(String(word))
            if token.isEmpty || ScreeningVocabulary.stopwords.contains(token) { continue }
            tokens.append(token)
            written.append(String(word))
        }
        if tokens.isEmpty {
            tokens = normalised.split(separator: " ").map(String.init)
            written = tokens
        }
        self.tokens = tokens
        self.written = written
        weights = tokens.map(ScreeningVocabulary.weight(of:))
        joined = tokens.joined()
    }

    /// True when the name has no tokens (nothing to compare).
    var isEmpty: Bool { tokens.isEmpty }

    /// Keys under which the index files this name, and by which a query looks it up:
    /// tokens that are not generic words, each pair of adjacent tokens written together
    /// (so `zhong xing` meets `zhongxing`), two-character pieces of Han words, and every
    /// token when the name has only generic words.
    var indexKeys: Set<String> {
        var keys: Set<String> = []
        let distinctive = tokens.indices.filter { weights[$0] >= ScreeningVocabulary.placeWeight }
        for i in distinctive.isEmpty ? Array(tokens.indices) : distinctive {
            keys.insert(tokens[i])
            keys.formUnion(ScreeningVocabulary.hanBigrams(tokens[i]))
        }
        for i in tokens.indices.dropLast() {
            keys.insert(tokens[i] + tokens[i + 1])
            keys.insert(written[i] + written[i + 1])
        }
        return keys
    }
}

/// A name folded as screening folds it (`ScreeningName`: normalised, legal forms dropped,
/// abbreviations expanded, Wade-Giles to pinyin), as canonical tokens: what the workbench's
/// party search compares, so a reviewer finds `Skyward Sys. Ltd` under `skyward systems`.
public enum ScreeningFold {
    /// The canonical tokens of a name, in the order written.
    public static func tokens(_ name: String) -> [String] {
        ScreeningName(name).tokens
    }
}
