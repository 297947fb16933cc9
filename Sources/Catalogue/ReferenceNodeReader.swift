import DossierModel
import Foundation
import Normalise

/// Walks a composed YAML tree and turns nodes into values, recording every problem with the
/// line and column of the node at fault instead of stopping at the first.
public struct ReferenceNodeReader {
    /// The path the errors name.
    public let file: String
    /// The problems found so far, in the order found.
    public private(set) var errors: [ReferenceFileError] = []

    public init(file: String) {
        self.file = file
    }

    /// Records a problem at `node`'s position (1-based line and column), or without a
    /// position when there is no node.
    public mutating func report(_ id: String, _ message: String, at node: ReferenceNode?) {
        let mark = node?.mark
        errors.append(ReferenceFileError(id: id, message: message, file: file, line: mark?.line, column: mark?.column))
    }

    /// Records an error that already has its position.
    public mutating func append(_ error: ReferenceFileError) {
        errors.append(error)
    }

    /// The fields of a mapping node. Reports a node that is not a mapping
    /// (`catalogue.wrong-type`), every key not in `required` or `optional`
    /// (`catalogue.unknown-key`, at the key) and every missing required key
    /// (`catalogue.missing-key`, at the mapping).
    public mutating func fields(_ node: ReferenceNode, of context: String, required: [String], optional: [String] = []) -> ReferenceFields?
    {
        guard let mapping = node.mapping else {
            report("catalogue.wrong-type", "\(context) must be a mapping of keys to values", at: node)
            return nil
        }
        let allowed = Set(required + optional)
        var values: [String: ReferenceNode] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                let shown = key.scalar?.string ?? "(not a plain key)"
                let list = (required + optional).joined(separator: ", ")
                report("catalogue.unknown-key", "unknown key '\(shown)' in \(context); allowed keys: \(list)", at: key)
                continue
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            report("catalogue.missing-key", "\(context) lacks the required key '\(name)'", at: node)
        }
        return ReferenceFields(node: node, context: context, values: values)
    }

    /// The text of a scalar field, trimmed; reports a non-scalar, null or empty value.
    public mutating func text(_ fields: ReferenceFields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        return text(node, "'\(key)' in \(fields.context)")
    }

    /// The text of a scalar node, trimmed; reports a non-scalar, null or empty value.
    public mutating func text(_ node: ReferenceNode, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            report("catalogue.wrong-type", "\(what) must be a single value, not a list or mapping", at: node)
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty || (scalar.isPlain && ["~", "null", "Null", "NULL"].contains(value)) {
            report("catalogue.empty-value", "\(what) is empty", at: node)
            return nil
        }
        return value
    }

    /// A whole number; reports anything else as `catalogue.bad-number`.
    public mutating func integer(_ fields: ReferenceFields, _ key: String) -> Int? {
        guard let raw = text(fields, key) else { return nil }
        guard let value = Int(raw) else {
            report("catalogue.bad-number", "'\(key)' in \(fields.context) must be a whole number, not '\(raw)'", at: fields[key])
            return nil
        }
        return value
    }

    /// A finite decimal number; reports anything else as `catalogue.bad-number`.
    public mutating func number(_ fields: ReferenceFields, _ key: String) -> Double? {
        guard let raw = text(fields, key) else { return nil }
        guard let value = Double(raw), value.isFinite else {
            report("catalogue.bad-number", "'\(key)' in \(fields.context) must be a number, not '\(raw)'", at: fields[key])
            return nil
        }
        return value
    }

    /// A `YYYY-MM-DD` date; reports anything else as `catalogue.bad-date`.
    public mutating func date(_ fields: ReferenceFields, _ key: String) -> CalendarDate? {
        guard let raw = text(fields, key) else { return nil }
        guard let date = CalendarDate(iso: raw) else {
            report("catalogue.bad-date", "'\(key)' in \(fields.context) must be a date written YYYY-MM-DD, not '\(raw)'", at: fields[key])
            return nil
        }
        return date
    }

    /// The items of a sequence field; reports a field that is not a list.
    public mutating func list(_ fields: ReferenceFields, _ key: String) -> [ReferenceNode]? {
        guard let node = fields[key] else { return nil }
        guard let sequence = node.sequence else {
            report("catalogue.wrong-type", "'\(key)' in \(fields.context) must be a list", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of non-empty texts, without repeats (a repeat is `catalogue.duplicate-term`).
    public mutating func texts(_ fields: ReferenceFields, _ key: String) -> [String]? {
        guard let nodes = list(fields, key) else { return nil }
        var seen: Set<String> = []
        var result: [String] = []
        for node in nodes {
            guard let value = text(node, "an item of '\(key)' in \(fields.context)") else { continue }
            if !seen.insert(value.lowercased()).inserted {
                report("catalogue.duplicate-term", "'\(value)' is listed twice in '\(key)' of \(fields.context)", at: node)
                continue
            }
            result.append(value)
        }
        return result
    }

    /// A `{zh, en}` pair, both required.
    mutating func bilingual(_ fields: ReferenceFields, _ key: String) -> CatalogueText? {
        guard let node = fields[key] else { return nil }
        guard let pair = self.fields(node, of: "'\(key)' of \(fields.context)", required: ["zh", "en"]),
            let zh = text(pair, "zh"), let en = text(pair, "en")
        else { return nil }
        return CatalogueText(zh: zh, en: en)
    }

    /// `{zh: [...], en: [...]}` term lists, each optional, at least one term in all.
    mutating func terms(_ fields: ReferenceFields, _ key: String) -> CatalogueTerms? {
        guard let node = fields[key] else { return nil }
        guard let lists = self.fields(node, of: "'\(key)' of \(fields.context)", required: [], optional: ["zh", "en"])
        else { return nil }
        let terms = CatalogueTerms(zh: texts(lists, "zh") ?? [], en: texts(lists, "en") ?? [])
        if terms.isEmpty {
            report("catalogue.empty-value", "'\(key)' of \(fields.context) names no term in zh or en", at: node)
        }
        return terms
    }

    /// An IPC prefix in canonical form: a subclass (`B64U`), a main group written without a
    /// subgroup (`G10L 15`, kept as `G10L 15/` to cover the whole group) or a full symbol
    /// (`H01M 4/58`). Reports anything else as `catalogue.bad-ipc`.
    mutating func ipcPrefix(_ node: ReferenceNode, _ what: String) -> String? {
        guard let raw = text(node, what) else { return nil }
        let parts = raw.split(separator: " ", omittingEmptySubsequences: true)
        if parts.count == 2, !raw.contains("/"), let group = Int(parts[1]), group > 0,
            let subclass = ClassificationNormaliser.canonical(String(parts[0])), subclass.count == 4
        {
            return "\(subclass) \(group)/"
        }
        guard let canonical = ClassificationNormaliser.canonical(raw) else {
            report("catalogue.bad-ipc", "\(what) '\(raw)' is not an IPC subclass, group or symbol", at: node)
            return nil
        }
        return canonical
    }

    /// True for a stable identity: lower-case ASCII letters and digits in words joined by
    /// single hyphens (`information-processing`).
    static func isIdentity(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty
            && words.allSatisfy { word in
                !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }
}

/// The values of a mapping node by key, with the context the errors name.
public struct ReferenceFields {
    /// The mapping node itself (its position is the mapping's first key).
    public let node: ReferenceNode
    /// What the mapping is, for messages: `entry 'uav'`, `control point 5 of entry 'uav'`.
    public let context: String
    public let values: [String: ReferenceNode]

    public subscript(key: String) -> ReferenceNode? { values[key] }
}
