import DossierModel

/// Splits an asset's claims into blocks by language: the Chinese claims and their English
/// translation are written as two `<claims>` elements, each numbered from 1.
enum ClaimBlocks {
    /// Runs of claims in one language, in order; the language is nil when there is only one run.
    static func split(_ claims: [Claim]) -> [(lang: String?, claims: [Claim])] {
        var blocks: [(lang: String?, claims: [Claim])] = []
        for claim in claims {
            let lang = isChinese(claim.text) ? "zh" : "en"
            if let last = blocks.last, last.lang == lang {
                blocks[blocks.count - 1].claims.append(claim)
            } else {
                blocks.append((lang, [claim]))
            }
        }
        if blocks.count == 1 { blocks[0].lang = nil }
        return blocks
    }

    /// The claims in `lang`, or all of them when none is in it.
    static func claims(_ claims: [Claim], in lang: String) -> [Claim] {
        let chosen = claims.filter { (isChinese($0.text) ? "zh" : "en") == lang }
        return chosen.isEmpty ? claims : chosen
    }

    /// True when the text contains a CJK unified ideograph.
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
