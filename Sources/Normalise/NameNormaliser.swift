import DossierModel
import Foundation

/// Turns a party name into the form names are compared in, and tells the legal form apart.
///
/// Steps: Unicode NFKC (full-width letters become ASCII, `㈱` becomes `(株)`), case folding,
/// Latin diacritics removed, punctuation removed (CJK characters are letters and stay), the
/// connectives `and` and `und` dropped as `&` is, whitespace collapsed to one space, and no
/// space between two words of Han or kana (`トヨタ 自動車` -> `トヨタ自動車`). Then legal
/// forms are removed from the end and, for Japanese and Korean forms, from the start, as
/// often as they are stacked (`Foo Corporation Limited` -> `foo`, legal form `corp ltd`); a
/// name is never reduced to nothing.
///
/// Stripping goes on as long as a form is found, so that spellings of one company with and
/// without a form meet (`Merck & Co., Inc.` and `Merck & Co` are both `merck`), at the price
/// of a last word that only looks like a form (a pinyin `Se` or `Sa`). Apply the same
/// function to both sides of a comparison.
public enum NameNormaliser {
    /// A normalised name and the legal forms taken from it.
    public struct Result: Sendable, Hashable {
        /// The name without punctuation, case and legal form.
        public var normalised: String
        /// The removed legal forms in their canonical spelling (`co ltd`, `gmbh & co kg`,
        /// `有限公司`), in the order the name wrote them; nil when there was none.
        public var legalForm: String?
    }

    /// Normalises a name; with `legalForms` false (people's names) nothing is removed
    /// beyond punctuation, case and width.
    public static func normalise(_ name: String, legalForms: Bool = true) -> Result {
        var folded = TextFolding.trimmed(TextFolding.fold(name))
        var front: [String] = []
        var back: [String] = []
        if legalForms {
            stripBracketed(&folded, front: &front, back: &back)
        }
        var words = TextFolding.words(folded)
        let joined = words.filter { !connectives.contains($0) }
        if !joined.isEmpty { words = joined }
        if legalForms {
            while let form = stripEnd(&words) { back.insert(form, at: 0) }
            while let form = stripFront(&words) { front.append(form) }
        }
        let forms = front + back
        return Result(normalised: join(words), legalForm: forms.isEmpty ? nil : forms.joined(separator: " "))
    }

    /// The party name with `normalised` and `legalForm` set; the original is kept.
    public static func normalise(_ name: PartyName, legalForms: Bool = true) -> PartyName {
        let result = normalise(name.original, legalForms: legalForms)
        var out = name
        out.normalised = result.normalised
        out.legalForm = result.legalForm
        return out
    }

    /// Words that join two parts of a name the way `&` does, dropped like `&` is, so that
    /// `Procter and Gamble` and `Procter & Gamble` meet.
    static let connectives: Set<String> = ["and", "und"]

    // MARK: - Legal forms

    /// Latin spellings of every form, longest first, with the form they belong to.
    static let spellings: [(words: [String], form: String)] = LegalForm.all
        .flatMap { form in form.spellings.map { (words: $0, form: form.canonical) } }
        .enumerated()
        .sorted { ($0.element.words.count, $1.offset) > ($1.element.words.count, $0.offset) }
        .map(\.element)

    /// Latin spellings that may stand before a name: the two-word spellings of front forms.
    static let frontSpellings: [(words: [String], form: String)] = spellings.filter { spelling in
        spelling.words.count >= 2 && spelling.words.allSatisfy { $0.count > 1 }
            && LegalForm.all.contains { $0.front && $0.canonical == spelling.form }
    }

    /// `spellings` grouped by their last word, each group in `spellings` order: the only ones
    /// that can end a list of words with that last word. (No spelling is empty:
    /// `TextFoldingQuickTests` checks it.)
    static let spellingsByLast = Dictionary(grouping: spellings.filter { !$0.words.isEmpty }, by: { $0.words.last! })

    /// `frontSpellings` grouped by their first word, each group in order.
    static let frontSpellingsByFirst = Dictionary(grouping: frontSpellings.filter { !$0.words.isEmpty }, by: { $0.words.first! })

    /// Affixes in scripts without spaces, longest first.
    static let affixes: [(text: String, form: String, front: Bool)] = LegalForm.all
        .flatMap { form in form.affixes.map { (text: $0, form: form.canonical, front: form.front) } }
        .enumerated()
        .sorted { ($0.element.text.count, $1.offset) > ($1.element.text.count, $0.offset) }
        .map(\.element)

    /// Removes one legal form from the end of the words, returning it.
    static func stripEnd(_ words: inout [String]) -> String? {
        // Only the spellings that end with the last word can match (in `spellings` order).
        let candidates = words.last.flatMap { spellingsByLast[$0] } ?? []
        for spelling in candidates
        where words.count > spelling.words.count
            && words.suffix(spelling.words.count).elementsEqual(spelling.words)
        {
            words.removeLast(spelling.words.count)
            return spelling.form
        }
        guard let last = words.last else { return nil }
        // Every affix holds a non-ASCII character, which an ASCII word cannot end with.
        if isASCII(last) { return nil }
        for affix in affixes where last.hasSuffix(affix.text) {
            if last.count > affix.text.count {
                words[words.count - 1] = String(last.dropLast(affix.text.count))
                return affix.form
            }
            if words.count > 1 {
                words.removeLast()
                return affix.form
            }
        }
        return nil
    }

    /// Removes one Japanese or Korean legal form from the start of the words, returning it.
    static func stripFront(_ words: inout [String]) -> String? {
        let candidates = words.first.flatMap { frontSpellingsByFirst[$0] } ?? []
        for spelling in candidates
        where words.count > spelling.words.count
            && words.prefix(spelling.words.count).elementsEqual(spelling.words)
        {
            words.removeFirst(spelling.words.count)
            return spelling.form
        }
        guard let first = words.first else { return nil }
        if isASCII(first) { return nil }
        for affix in affixes where affix.front && first.hasPrefix(affix.text) {
            if first.count > affix.text.count {
                words[0] = String(first.dropFirst(affix.text.count))
                return affix.form
            }
            if words.count > 1 {
                words.removeFirst()
                return affix.form
            }
        }
        return nil
    }

    /// Removes a bracketed one-character form (`(株)`, `(주)`) written at either end.
    static func stripBracketed(_ text: inout String, front: inout [String], back: inout [String]) {
        // Every bracketed form holds a non-ASCII character, which an ASCII text cannot hold.
        if isASCII(text) { return }
        for (bracket, form) in LegalForm.bracketed {
            if text.hasPrefix(bracket), text.count > bracket.count {
                text = String(text.dropFirst(bracket.count)).trimmingCharacters(in: .whitespaces)
                front.append(form)
            }
            if text.hasSuffix(bracket), text.count > bracket.count {
                text = String(text.dropLast(bracket.count)).trimmingCharacters(in: .whitespaces)
                back.insert(form, at: 0)
            }
        }
    }

    /// True when `text` is ASCII only.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Affixes and bracketed forms written in ASCII only: none, which the ASCII shortcuts of
    /// `stripEnd`, `stripFront` and `stripBracketed` rely on (a test checks it): a form with a
    /// non-ASCII character cannot start or end an ASCII text.
    static var asciiForms: [String] {
        (affixes.map(\.text) + LegalForm.bracketed.map(\.text)).filter { !$0.unicodeScalars.contains { !$0.isASCII } }
    }

    /// Joins words with one space, except between two words in scripts without spaces.
    static func join(_ words: [String]) -> String {
        var out = ""
        for word in words {
            if let end = out.last, let start = word.first,
                !(TextFolding.isUnspacedScript(end) && TextFolding.isUnspacedScript(start))
            {
                out.append(" ")
            }
            out += word
        }
        return out
    }
}
