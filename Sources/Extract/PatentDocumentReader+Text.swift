import DossierModel
import XMLStream

/// Text and symbol helpers shared by the patent-document profiles: flattening mixed
/// content, whitespace that respects Chinese and Japanese text, element look-ups by any of
/// several local names, and classification symbols.
enum PatentText {
    /// Elements whose text is a block of its own (a paragraph, a claim step, a line break):
    /// their text is kept apart from the text around them. Any other element (`sub`, `b`,
    /// `claim-ref`, MathML) is inline and its text runs on.
    static let blockElements: Set<String> = [
        "p", "P", "br", "heading", "Heading", "claim-text", "ClaimText", "li", "dt", "dd",
        "entry", "row", "td", "th", "tr", "Paragraphs", "PARA", "PTEXT", "CLMSTEP", "BTEXT", "H",
        "bio-deposit", "depositary", "bio-accno", "text", "Text",
    ]

    /// The text below `element`, flattened and compacted.
    static func text(_ element: ParsedElement) -> String {
        compact(raw(element))
    }

    /// The text of an optional element, nil when there is none or it is empty.
    static func nonEmptyText(_ element: ParsedElement?) -> String? {
        guard let element else { return nil }
        let t = text(element)
        return t.isEmpty ? nil : t
    }

    /// The text below `element` with block elements set apart by spaces, not yet compacted.
    static func raw(_ element: ParsedElement) -> String {
        var out = ""
        append(element, to: &out)
        return out
    }

    private static func append(_ element: ParsedElement, to out: inout String) {
        for child in element.children {
            switch child {
            case .text(let t):
                out += t
            case .element(let e):
                let block = blockElements.contains(e.name)
                if block { out += " " }
                append(e, to: &out)
                if block { out += " " }
            }
        }
    }

    /// The text of a claim: its `claim-text` (or `ClaimText`) children, nested steps
    /// flattened in order; the whole claim when it has none (legacy `CLM`).
    static func claimText(_ claim: ParsedElement) -> String {
        let parts = claim.elements.filter { $0.name == "claim-text" || $0.name == "ClaimText" }
        if parts.isEmpty { return text(claim) }
        return compact(parts.map(raw).joined(separator: " "))
    }

    /// Collapses whitespace to single spaces, then drops a space between two characters of
    /// scripts written without spaces (Chinese, Japanese kana, full-width forms): the line
    /// breaks of a Chinese claim would otherwise split its words and defeat keyword matches.
    static func compact(_ s: String) -> String {
        let collapsed = collapseWhitespace(s)
        guard collapsed.unicodeScalars.contains(where: isUnspaced) else { return collapsed }
        let scalars = Array(collapsed.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if scalar == " ", i > 0, i + 1 < scalars.count, isUnspaced(scalars[i - 1]), isUnspaced(scalars[i + 1]) {
                continue
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// True for characters of scripts that put no spaces between words.
    private static func isUnspaced(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3001...0x303F,  // CJK punctuation
            0x3040...0x30FF,  // hiragana, katakana
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF,  // ideographs
            0xFF01...0xFF60, 0xFFE0...0xFFEE:  // full-width forms
            return true
        default:
            return false
        }
    }

    // MARK: - Look-ups

    /// The value of the attribute with this local name, in any namespace or none.
    static func attribute(_ name: String, in attributes: [ParsedAttribute]) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The language an element declares (`lang`, `xml:lang`, ST.96 `languageCode`),
    /// lower-cased (`EN` -> `en`); nil when it declares none. Old CNIPA documents write the
    /// country code for Chinese (`<application-body lang="CN">`); no language has the code
    /// `cn`, so it reads as `zh`.
    static func language(_ attributes: [ParsedAttribute]) -> String? {
        guard let value = attribute("lang", in: attributes) ?? attribute("languageCode", in: attributes) else { return nil }
        let lang = collapseWhitespace(value).lowercased()
        if lang == "cn" { return "zh" }
        return lang.isEmpty ? nil : lang
    }

    /// The first child element with any of these local names.
    static func child(_ element: ParsedElement, _ names: Set<String>) -> ParsedElement? {
        element.elements.first { names.contains($0.name) }
    }

    /// The compacted text of the first child with any of these local names, nil when empty.
    static func childText(_ element: ParsedElement, _ names: Set<String>) -> String? {
        nonEmptyText(child(element, names))
    }

    /// The first descendant, in document order, with any of these local names.
    static func descendant(_ element: ParsedElement, _ names: Set<String>) -> ParsedElement? {
        for child in element.elements {
            if names.contains(child.name) { return child }
            if let found = descendant(child, names) { return found }
        }
        return nil
    }

    /// A person's name from its parts, family name first as EPO and the USPTO write it
    /// (`Nissim, Nitzan`).
    static func personName(last: String?, first: String?) -> String? {
        switch (last, first) {
        case (let last?, let first?): return "\(last), \(first)"
        case (let last?, nil): return last
        case (nil, let first?): return first
        case (nil, nil): return nil
        }
    }

    // MARK: - Classification symbols

    /// A symbol from a structured IPC, IPCR or CPC block (`section` `class` `subclass`
    /// `main-group` `subgroup`, or the ST.96 and CNIPA names): `H01M 4/58`. Nil when the
    /// block has no section.
    static func structuredSymbol(_ block: ParsedElement) -> String? {
        guard let section = childText(block, ["section", "Section", "CPCSection"]) else { return nil }
        let symbolClass = childText(block, ["class", "Class", "MainClass"]) ?? ""
        let subclass = childText(block, ["subclass", "Subclass"]) ?? ""
        var symbol = section + symbolClass + subclass
        if let group = childText(block, ["main-group", "MainGroup"]) {
            symbol += " " + trimLeadingZeros(group)
            if let subgroup = childText(block, ["subgroup", "Subgroup"]) { symbol += "/" + subgroup }
        }
        return symbol.allSatisfy { $0 == " " } ? nil : symbol
    }

    /// The symbol in a free-text classification (`C07C 249/08        20060101AFI…`,
    /// `G09G    3/36    (2006.01)`, legacy EPO ` 7C 07C  29/44   A`): `C07C 249/08`. Text
    /// without a recognisable symbol comes back compacted, as written; nil when empty.
    static func symbol(inText text: String) -> String? {
        let compacted = compact(text)
        guard !compacted.isEmpty else { return nil }
        let pattern = /([A-H]) ?([0-9]{2}) ?([A-Z]) ?([0-9]{1,4}) ?\/ ?([0-9]{1,6})/
        guard let match = compacted.firstMatch(of: pattern) else { return compacted }
        let (_, section, symbolClass, subclass, group, subgroup) = match.output
        return "\(section)\(symbolClass)\(subclass) \(trimLeadingZeros(String(group)))/\(subgroup)"
    }

    private static func trimLeadingZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? (digits.isEmpty ? digits : "0") : String(trimmed)
    }
}
