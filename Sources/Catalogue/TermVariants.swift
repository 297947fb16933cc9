import Foundation

/// The spellings under which a catalogue term is looked for, each normalised with
/// `MatchText.normalise`.
///
/// English terms are entered in the automaton with the plural of their last word, rather than
/// stemming the text: the text keeps its offsets and a term never matches a different word
/// (`system` also finds `systems`, `battery` finds `batteries`, `process` finds `processes`;
/// a term written in the plural also finds the singular). A hyphenated term is entered also
/// with its hyphens removed (`stacker-reclaimer`, `stackerreclaimer`); hyphens in the text
/// and in terms otherwise become spaces.
///
/// Chinese terms are entered with the common variant spellings of `chineseVariants`
/// (`首次库仑效率` also finds `首次库伦效率`).
public enum TermVariants {
    /// Character sequences written two ways in technical Chinese; each term containing the
    /// first is also entered with the second.
    public static let chineseVariants: [(String, String)] = [
        ("库仑", "库伦")  // coulomb: 库仑 is the standard term, 库伦 a frequent spelling
    ]

    /// Every normalised spelling of `term`, the term's own first, without duplicates.
    public static func variants(of term: String, language: String) -> [[UInt8]] {
        var spellings = [term]
        if language == "en" {
            if term.contains("-") {
                spellings.append(term.replacingOccurrences(of: "-", with: ""))
            }
            for spelling in spellings {
                spellings.append(contentsOf: numberForms(of: spelling))
            }
        } else {
            for (standard, variant) in chineseVariants where term.contains(standard) {
                spellings.append(term.replacingOccurrences(of: standard, with: variant))
            }
        }
        var seen: Set<[UInt8]> = []
        var out: [[UInt8]] = []
        for spelling in spellings {
            let bytes = MatchText.normalise(spelling)
            if !bytes.isEmpty, seen.insert(bytes).inserted { out.append(bytes) }
        }
        return out
    }

    /// The plural of the last word of an English term, and its singular when it already looks
    /// plural: `battery` -> `batteries`, `process` -> `processes`, `system` -> `systems`,
    /// `systems` -> `system`. Words ending in a digit or shorter than three letters keep
    /// only an `s` plural (`UAVs`); nothing is done for irregular plurals.
    static func numberForms(of term: String) -> [String] {
        let lower = term.lowercased()
        guard let last = lower.last, last.isLetter else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var forms: [String] = []
        if lower.hasSuffix("ies"), lower.count > 4 {
            forms.append(String(term.dropLast(3)) + "y")
        } else if lower.hasSuffix("sses") || lower.hasSuffix("xes") || lower.hasSuffix("ches") || lower.hasSuffix("shes") {
            forms.append(String(term.dropLast(2)))
        } else if lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is"), lower.count > 3 {
            forms.append(String(term.dropLast()))
        }
        if lower.hasSuffix("y"), lower.count > 2, !vowels.contains(lower.dropLast().last!) {
            forms.append(String(term.dropLast()) + "ies")
        } else if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z")
            || lower.hasSuffix("ch") || lower.hasSuffix("sh")
        {
            forms.append(term + "es")
        } else {
            forms.append(term + "s")
        }
        return forms
    }
}
