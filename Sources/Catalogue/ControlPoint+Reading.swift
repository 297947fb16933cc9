/// Reading control points, thresholds and qualifiers.
extension ReferenceNodeReader {
    static let requiredPointKeys = ["identity", "names", "keywords"]
    static let optionalPointKeys = ["number", "description", "ipc-prefixes", "thresholds", "qualifiers", "note"]
    static let requiredThresholdKeys = ["quantity", "unit", "comparator", "value", "words"]

    /// One control point of `entry`, or nil when it has a problem (reported).
    mutating func controlPoint(_ node: ReferenceNode, of entry: String) -> ControlPoint? {
        let shown = node.mapping?["identity"]?.scalar?.string
        let context = "control point \(shown.map { "'\($0)'" } ?? "") of \(entry)"
        guard let fields = fields(node, of: context, required: Self.requiredPointKeys, optional: Self.optionalPointKeys)
        else { return nil }
        let errorsBefore = errors.count
        let identity = identity(fields, "identity")
        let number = integer(fields, "number")
        if let number, number < 1 {
            report("catalogue.bad-number", "'number' in \(context) must be 1 or more", at: fields["number"])
        }
        let names = bilingual(fields, "names")
        let description = bilingual(fields, "description")
        let keywords = terms(fields, "keywords")
        let prefixes = (list(fields, "ipc-prefixes") ?? []).compactMap { ipcPrefix($0, "an IPC prefix of \(context)") }
        let thresholds = (list(fields, "thresholds") ?? []).compactMap { threshold($0, of: context) }
        let qualifiers = qualifiers(fields)
        let note = text(fields, "note")
        guard errors.count == errorsBefore, let identity, let names, let keywords else { return nil }
        return ControlPoint(
            identity: identity, number: number, names: names, description: description,
            keywords: keywords, ipcPrefixes: prefixes, thresholds: thresholds,
            qualifiers: qualifiers ?? Qualifiers(), note: note)
    }

    /// One threshold, or nil when it has a problem (reported).
    mutating func threshold(_ node: ReferenceNode, of point: String) -> Threshold? {
        let context = "a threshold of \(point)"
        guard let fields = fields(node, of: context, required: Self.requiredThresholdKeys, optional: ["conditions"])
        else { return nil }
        let quantity = identity(fields, "quantity")
        var unit: ThresholdUnit?
        if let raw = text(fields, "unit") {
            unit = ThresholdUnit(parsing: raw)
            if unit == nil {
                let known = ThresholdUnit.known.map(\.symbol).joined(separator: ", ")
                report(
                    "catalogue.bad-unit", "unit '\(raw)' in \(context) is not one of \(known) (or their spellings)",
                    at: fields["unit"])
            }
        }
        var comparator: ThresholdComparator?
        if let raw = text(fields, "comparator") {
            comparator = ThresholdComparator(symbol: raw)
            if comparator == nil {
                report(
                    "catalogue.bad-comparator", "comparator '\(raw)' in \(context) must be >=, >, <= or <",
                    at: fields["comparator"])
            }
        }
        let value = number(fields, "value")
        let conditions = text(fields, "conditions")
        let words = terms(fields, "words")
        guard let quantity, let unit, let comparator, let value, let words else { return nil }
        return Threshold(
            quantity: quantity, unit: unit, comparator: comparator, value: value,
            conditions: conditions, words: words)
    }

    /// The `qualifiers` block: `language: chinese-and-minority`.
    mutating func qualifiers(_ point: ReferenceFields) -> Qualifiers? {
        guard let node = point["qualifiers"],
            let fields = fields(node, of: "'qualifiers' of \(point.context)", required: [], optional: ["language"])
        else { return nil }
        guard let raw = text(fields, "language") else { return Qualifiers() }
        guard let scope = LanguageScope(rawValue: raw) else {
            let allowed = LanguageScope.allCases.map(\.rawValue).joined(separator: ", ")
            report(
                "catalogue.bad-qualifier", "language qualifier '\(raw)' in \(point.context) is not one of \(allowed)",
                at: fields["language"])
            return nil
        }
        return Qualifiers(language: scope)
    }

    /// Reports control points of one entry that repeat an identity or a number.
    mutating func checkUniquePoints(_ points: [(ControlPoint, ReferenceNode)], of entry: String) {
        var identities: Set<String> = []
        var numbers: Set<Int> = []
        for (point, node) in points {
            if !identities.insert(point.identity).inserted {
                report(
                    "catalogue.duplicate-control-point", "\(entry) has two control points '\(point.identity)'",
                    at: node.mapping?["identity"] ?? node)
            }
            if let number = point.number, !numbers.insert(number).inserted {
                report(
                    "catalogue.duplicate-control-point", "\(entry) has two control points numbered \(number)",
                    at: node.mapping?["number"] ?? node)
            }
        }
    }
}
