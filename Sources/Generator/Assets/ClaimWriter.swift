import DossierModel
import Foundation

/// Writes the claims and the abstract of a patent in a field of technology, in Chinese or
/// English, from the field's elements and clauses and the values stated for the asset.
struct ClaimWriter {
    let technology: Technology
    /// `发明` or `实用新型`: what the abstract says the document discloses.
    let kindWord: String

    /// `count` claims (at least 3) in both languages: claim 1 independent, then dependent
    /// claims that narrow it (the stated values first), and in a share a closing claim that
    /// refers to all before it. The two languages say the same, claim by claim.
    func claims(count: Int, statements: [Bilingual], _ random: inout SeededRandom) -> [Bilingual] {
        let subject = technology.subject
        var texts: [Bilingual] = [firstClaim(&random)]
        var clauses =
            statements
            + random.sample(technology.features, count: technology.features.count)
            .map { $0.filled(&random) }
        let closing = subject.closing.flatMap { random.chance(0.6) ? $0 : nil }
        let dependents = count - 1 - (closing == nil ? 0 : 1)
        var refills = 0
        while clauses.count < dependents, refills < 40 {
            // Narrower values of the same features, as later dependent claims often claim.
            let feature = random.pick(technology.features)
            refills += 1
            if feature.zh.contains("{") { clauses.append(feature.filled(&random)) }
        }
        var queue = clauses[...]
        while texts.count - 1 < max(2, dependents), var clause = queue.popFirst() {
            // Some dependent claims add two features at once.
            if random.chance(0.3), let second = queue.popFirst() {
                clause = .t("\(clause.zh)，且\(second.zh)", "\(clause.en), and \(second.en)")
            }
            let number = texts.count + 1
            let parent = random.chance(0.6) || number == 2 ? 1 : random.int(in: 1...(number - 1))
            texts.append(
                .t(
                    "根据权利要求\(parent)所述的\(subject.short.zh)，其特征在于，\(clause.zh)。",
                    "The \(subject.short.en) according to claim \(parent), wherein \(clause.en)."))
        }
        if let closing {
            let previous = String(texts.count)
            texts.append(.t(closing.zh.replacingPercentN(with: previous), closing.en.replacingPercentN(with: previous)))
        }
        return texts
    }

    /// The abstract: the field, what is disclosed, the stated values, one or two features
    /// and the effect.
    func abstract(statements: [Bilingual], _ random: inout SeededRandom) -> Bilingual {
        var zh = ""
        var en = ""
        // The field first, then in a share the problem, in the order the field states them.
        for (i, lead) in technology.leads.enumerated() where i == 0 || random.chance(0.6) {
            zh += ownKind(lead.zh, ["本发明", "本实用新型"], "本\(kindWord)")
            en +=
                (en.isEmpty ? "" : " ")
                + ownKind(lead.en, ["The invention", "The utility model"], kindWord == "实用新型" ? "The utility model" : "The invention")
        }
        let elements = elementsForFirstClaim(&random)
        zh += "本\(kindWord)公开了\(technology.subject.preamble.zh)，包括：\(elements.map(\.zh).joined(separator: "；"))。"
        en += " Disclosed is \(technology.subject.preamble.en.lowercasedFirst), comprising \(Self.list(elements.map(\.en)))."
        let extras = statements + random.sample(technology.features, count: random.int(in: 2...3)).map { $0.filled(&random) }
        for clause in extras {
            zh += clause.zh + "。"
            en += " " + clause.en.capitalisedFirst + "."
        }
        let effect = random.pick(technology.effects).filled(&random)
        zh += effect.zh
        en += " " + effect.en
        return Bilingual(zh, en)
    }

    /// `text` with whichever of `words` it uses replaced by `word`, so that an abstract speaks
    /// of "the utility model" or "the invention" as the asset is.
    private func ownKind(_ text: String, _ words: [String], _ word: String) -> String {
        words.reduce(text) { $0.replacingOccurrences(of: $1, with: word) }
    }

    /// Claim 1, listing steps or parts, in both languages.
    private func firstClaim(_ random: inout SeededRandom) -> Bilingual {
        let subject = technology.subject
        let elements = elementsForFirstClaim(&random)
        let wherein = random.chance(0.5) ? random.pick(technology.features).filled(&random) : nil
        let enLead = subject.isMethod ? "comprising the following steps: " : "comprising: "
        let enTail = wherein.map { "; wherein \($0.en)" } ?? ""
        let en = "\(subject.preamble.en), \(enLead)\(Self.list(elements.map(\.en), separator: "; "))\(enTail)."
        let numbered = subject.isMethod && random.chance(0.5)
        let parts = elements.enumerated().map { numbered ? "S\($0.offset + 1)，\($0.element.zh)" : $0.element.zh }
        let zhLead = subject.isMethod ? "包括以下步骤：" : "包括："
        let zhTail = wherein.map { "；其中，\($0.zh)" } ?? ""
        return .t("\(subject.preamble.zh)，其特征在于，\(zhLead)\(parts.joined(separator: "；"))\(zhTail)。", en)
    }

    /// Three or more of the field's elements, in their order, with values drawn.
    private func elementsForFirstClaim(_ random: inout SeededRandom) -> [Bilingual] {
        let all = technology.elements
        guard all.count > 3 else { return all.map { $0.filled(&random) } }
        let keep = random.chance(0.6) ? all.count : random.int(in: 3...all.count)
        var dropped = Set(random.sample(Array(1..<(all.count - 1)), count: all.count - keep))
        if dropped.count > all.count - 3 { dropped.removeAll() }
        return all.enumerated().filter { !dropped.contains($0.offset) }.map { $0.element.filled(&random) }
    }

    /// `a, b and c`, or with another separator `a; b; and c`.
    static func list(_ items: [String], separator: String = ", ") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let last = items[items.count - 1]
        let head = items.dropLast().joined(separator: separator)
        return separator == ", " ? "\(head) and \(last)" : "\(head)\(separator)and \(last)"
    }
}

extension String {
    /// The text with its first letter upper case.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The text with its first letter lower case, unless the first word is an acronym (`UAV`).
    var lowercasedFirst: String {
        let chars = Array(prefix(2))
        if chars.count == 2, chars[1].isUppercase { return self }
        return prefix(1).lowercased() + dropFirst()
    }

    /// The text with `%n` replaced.
    func replacingPercentN(with value: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let i = rest.firstIndex(of: "%") {
            out += rest[..<i]
            let next = rest.index(after: i)
            if next < rest.endIndex, rest[next] == "n" {
                out += value
                rest = rest[rest.index(after: next)...]
            } else {
                out.append("%")
                rest = rest[next...]
            }
        }
        return out + rest
    }
}
