import Foundation

/// A phrase in Chinese and English that say the same thing, possibly with numeric slots.
///
/// A slot is written `{low..high}` (`{700..780}`, `{2.40..2.56}`): filling draws one value
/// per slot, with as many decimals as the bounds are written with, and puts the same value
/// into the same slot of both languages, so the two texts keep agreeing. Both languages
/// must have the same slots in the same order.
struct Bilingual: Sendable, Hashable {
    var zh: String
    var en: String

    init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The phrase with every slot replaced by a drawn value.
    func filled(_ random: inout SeededRandom) -> Bilingual {
        let zhParts = Self.split(zh)
        let enParts = Self.split(en)
        guard !zhParts.slots.isEmpty || !enParts.slots.isEmpty else { return self }
        let values = zhParts.slots.map { Self.draw($0, &random) }
        return Bilingual(Self.join(zhParts, values), Self.join(enParts, values))
    }

    /// The slots of a template and the text around them.
    struct Parts {
        var texts: [String]
        var slots: [String]
    }

    /// Splits a template at its `{…}` slots.
    static func split(_ template: String) -> Parts {
        var texts: [String] = []
        var slots: [String] = []
        var current = ""
        var slot: String?
        for c in template {
            if c == "{", slot == nil {
                slot = ""
            } else if c == "}", let s = slot {
                texts.append(current)
                slots.append(s)
                current = ""
                slot = nil
            } else if slot != nil {
                slot!.append(c)
            } else {
                current.append(c)
            }
        }
        texts.append(current)
        return Parts(texts: texts, slots: slots)
    }

    /// The template's text with `values` in its slots; a slot without a value keeps its text.
    static func join(_ parts: Parts, _ values: [String]) -> String {
        var out = parts.texts[0]
        for i in parts.slots.indices {
            out += i < values.count ? values[i] : "{\(parts.slots[i])}"
            out += parts.texts[i + 1]
        }
        return out
    }

    /// A value drawn for a slot `low..high`.
    static func draw(_ slot: String, _ random: inout SeededRandom) -> String {
        let bounds = slot.components(separatedBy: "..")
        guard bounds.count == 2, let low = Double(bounds[0]), let high = Double(bounds[1]) else { return slot }
        let places = bounds[0].split(separator: ".").dropFirst().first?.count ?? 0
        return random.decimal(low, high, places: places)
    }
}
