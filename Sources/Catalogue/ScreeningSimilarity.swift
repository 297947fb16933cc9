/// The two measures a name score is made of: a weighted token-set similarity and a
/// character bigram Dice coefficient, with Jaro-Winkler for tokens spelt slightly apart.
///
/// `nameScore = 1` when both names have the same canonical tokens in any order; otherwise
/// `nameScore = 0.7 × tokenSet + 0.3 × bigramDice`.
///
/// - `tokenSet` is a weighted Dice over tokens: each token of either side earns a credit in
///   0…1 (1 when the other side has the same token, or has it split in two or joined with
///   its neighbour, as `zhongxing` / `zhong xing`; the Jaro-Winkler similarity when the best
///   other token is at least 0.9 alike and both have four letters or more; 0 otherwise), and
///   `tokenSet = (Σ weight × credit over both sides) / (Σ weight over both sides)`.
/// - `bigramDice` is `2|A ∩ B| / (|A| + |B|)` over the multisets of character bigrams of the
///   canonical tokens joined without spaces, so spacing and hyphens do not count.
enum ScreeningSimilarity {
    /// Share of the token-set similarity in a name score.
    static let tokenShare = 0.7
    /// Lowest Jaro-Winkler similarity at which two tokens count as one word misspelt.
    static let fuzzyTokenFloor = 0.9

    /// The name score and its two parts.
    struct NameScore {
        var score: Double
        var tokenSet: Double
        var bigramDice: Double
        var sameTokens: Bool
    }

    /// Compares two prepared names.
    static func score(_ a: ScreeningName, _ b: ScreeningName) -> NameScore {
        let dice = bigramDice(a.joined, b.joined)
        if a.tokens.sorted() == b.tokens.sorted() || (a.joined == b.joined && !a.joined.isEmpty) {
            return NameScore(score: 1, tokenSet: 1, bigramDice: dice, sameTokens: true)
        }
        let tokens = tokenSet(a, b)
        return NameScore(score: tokenShare * tokens + (1 - tokenShare) * dice, tokenSet: tokens, bigramDice: dice, sameTokens: false)
    }

    /// Weighted token-set similarity (see the type's documentation).
    static func tokenSet(_ a: ScreeningName, _ b: ScreeningName) -> Double {
        var creditA = [Double](repeating: 0, count: a.tokens.count)
        var creditB = [Double](repeating: 0, count: b.tokens.count)
        // Exact tokens, each used once.
        for i in a.tokens.indices {
            if let j = b.tokens.indices.first(where: { creditB[$0] == 0 && b.tokens[$0] == a.tokens[i] }) {
                creditA[i] = 1
                creditB[j] = 1
            }
        }
        // One side's token written as two adjacent tokens on the other.
        pairJoins(a, &creditA, b, &creditB)
        pairJoins(b, &creditB, a, &creditA)
        // Misspelt tokens.
        for i in a.tokens.indices where creditA[i] == 0 && a.tokens[i].count >= 4 {
            var best = 0.0
            var bestJ: Int?
            for j in b.tokens.indices where creditB[j] == 0 && b.tokens[j].count >= 4 {
                let similarity = jaroWinkler(a.tokens[i], b.tokens[j])
                if similarity > best {
                    best = similarity
                    bestJ = j
                }
            }
            if let j = bestJ, best >= fuzzyTokenFloor {
                creditA[i] = best
                creditB[j] = best
            }
        }
        let total = a.weights.reduce(0, +) + b.weights.reduce(0, +)
        guard total > 0 else { return 0 }
        let earned = zip(a.weights, creditA).map { $0 * $1 }.reduce(0, +) + zip(b.weights, creditB).map { $0 * $1 }.reduce(0, +)
        return earned / total
    }

    /// Credits two adjacent unmatched tokens of `x` that, written together (canonical or as
    /// written), are an unmatched token of `y`.
    private static func pairJoins(_ x: ScreeningName, _ creditX: inout [Double], _ y: ScreeningName, _ creditY: inout [Double]) {
        guard x.tokens.count >= 2 else { return }
        for i in 0..<(x.tokens.count - 1) where creditX[i] == 0 && creditX[i + 1] == 0 {
            let together: Set<String> = [x.tokens[i] + x.tokens[i + 1], x.written[i] + x.written[i + 1]]
            if let j = y.tokens.indices.first(where: {
                creditY[$0] == 0 && (together.contains(y.tokens[$0]) || together.contains(y.written[$0]))
            }) {
                creditX[i] = 1
                creditX[i + 1] = 1
                creditY[j] = 1
            }
        }
    }

    /// Dice coefficient over the multisets of character bigrams.
    static func bigramDice(_ a: String, _ b: String) -> Double {
        let x = Array(a)
        let y = Array(b)
        if x.count < 2 || y.count < 2 { return a == b && !a.isEmpty ? 1 : 0 }
        var counts: [String: Int] = [:]
        for i in 0..<(x.count - 1) { counts[String(x[i...(i + 1)]), default: 0] += 1 }
        var shared = 0
        for i in 0..<(y.count - 1) {
            let bigram = String(y[i...(i + 1)])
            if let n = counts[bigram], n > 0 {
                shared += 1
                counts[bigram] = n - 1
            }
        }
        return 2 * Double(shared) / Double(x.count - 1 + y.count - 1)
    }

    /// Jaro-Winkler similarity (prefix scale 0.1, prefix up to four characters).
    static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty || y.isEmpty { return x.isEmpty && y.isEmpty ? 1 : 0 }
        let window = max(0, max(x.count, y.count) / 2 - 1)
        var matchedX = [Bool](repeating: false, count: x.count)
        var matchedY = [Bool](repeating: false, count: y.count)
        var matches = 0
        for i in x.indices {
            let low = max(0, i - window)
            let high = min(y.count - 1, i + window)
            if low > high { continue }
            for j in low...high where !matchedY[j] && x[i] == y[j] {
                matchedX[i] = true
                matchedY[j] = true
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0
        var k = 0
        for i in x.indices where matchedX[i] {
            while !matchedY[k] { k += 1 }
            if x[i] != y[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(x.count) + m / Double(y.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, x.count, y.count), x[prefix] == y[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
