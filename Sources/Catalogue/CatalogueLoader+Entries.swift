import DossierModel

/// Reading entries and the checks across them.
extension ReferenceNodeReader {
    static let requiredEntryKeys = ["identity", "part", "names", "source"]
    static let optionalEntryKeys = ["code", "code-status", "industry", "keywords", "control-points", "note"]

    /// One entry of `entries`, or nil when it has a problem (reported).
    mutating func entry(_ node: ReferenceNode) -> CatalogueEntry? {
        let shownIdentity = node.mapping?["identity"]?.scalar?.string
        let context = shownIdentity.map { "entry '\($0)'" } ?? "an entry"
        guard let fields = fields(node, of: context, required: Self.requiredEntryKeys, optional: Self.optionalEntryKeys)
        else { return nil }
        let errorsBefore = errors.count
        let identity = identity(fields, "identity")
        let status = codeStatus(fields)
        let code = entryCode(fields, status: status)
        let part = part(fields)
        if let code, let part, code.part != part {
            report(
                "catalogue.part-mismatch",
                "\(context) is in part '\(part.rawValue)' but its code \(code) ends in \(code.part.letter), which is '\(code.part.rawValue)'",
                at: fields["part"])
        }
        let industry = bilingual(fields, "industry")
        let names = bilingual(fields, "names")
        let source = text(fields, "source")
        let keywords = terms(fields, "keywords")
        let note = text(fields, "note")
        let points = (list(fields, "control-points") ?? []).compactMap { point in
            controlPoint(point, of: context).map { ($0, point) }
        }
        checkUniquePoints(points, of: context)
        guard errors.count == errorsBefore, let identity, let status, let part, let names, let source else { return nil }
        return CatalogueEntry(
            identity: identity, code: code, codeStatus: status, part: part, industry: industry,
            names: names, source: source, keywords: keywords ?? CatalogueTerms(),
            controlPoints: points.map(\.0), note: note)
    }

    /// A stable identity (`information-processing`); reports a malformed one.
    public mutating func identity(_ fields: ReferenceFields, _ key: String) -> String? {
        guard let value = text(fields, key) else { return nil }
        guard Self.isIdentity(value) else {
            report(
                "catalogue.bad-identity",
                "'\(key)' '\(value)' in \(fields.context) must be lower-case letters and digits joined by hyphens",
                at: fields[key])
            return nil
        }
        return value
    }

    /// `code-status`, `verified` when absent.
    mutating func codeStatus(_ fields: ReferenceFields) -> CodeStatus? {
        guard fields["code-status"] != nil else { return .verified }
        guard let raw = text(fields, "code-status") else { return nil }
        guard let status = CodeStatus(rawValue: raw) else {
            let allowed = CodeStatus.allCases.map(\.rawValue).joined(separator: ", ")
            report(
                "catalogue.bad-code-status", "code-status '\(raw)' in \(fields.context) is not one of \(allowed)",
                at: fields["code-status"])
            return nil
        }
        return status
    }

    /// The entry's code: required unless `code-status` is `unknown`, forbidden when it is.
    mutating func entryCode(_ fields: ReferenceFields, status: CodeStatus?) -> CatalogueCode? {
        guard let node = fields["code"] else {
            if status != .unknown {
                report(
                    "catalogue.missing-key",
                    "\(fields.context) lacks the required key 'code' (write code-status: unknown when the code is not known)",
                    at: fields.node)
            }
            return nil
        }
        guard let raw = text(node, "'code' in \(fields.context)") else { return nil }
        guard let code = CatalogueCode(raw) else {
            report("catalogue.bad-code", "code '\(raw)' in \(fields.context) is not six digits followed by J or X", at: node)
            return nil
        }
        if status == .unknown {
            report("catalogue.code-status", "\(fields.context) gives code \(code) but says code-status: unknown", at: node)
        }
        return code
    }

    /// `prohibited` or `restricted`.
    mutating func part(_ fields: ReferenceFields) -> CataloguePart? {
        guard let raw = text(fields, "part") else { return nil }
        guard let part = CataloguePart(rawValue: raw) else {
            report("catalogue.bad-part", "part '\(raw)' in \(fields.context) must be 'prohibited' or 'restricted'", at: fields["part"])
            return nil
        }
        return part
    }

    /// Reports entries that repeat an identity or (within this version) a code.
    mutating func checkUnique(_ entries: [(CatalogueEntry, ReferenceNode)]) {
        var identities: [String: Int] = [:]
        var codes: [CatalogueCode: Int] = [:]
        for (entry, node) in entries {
            let line = node.mark?.line ?? 0
            if let first = identities[entry.identity] {
                report(
                    "catalogue.duplicate-identity",
                    "identity '\(entry.identity)' is already used by the entry at line \(first)",
                    at: node.mapping?["identity"] ?? node)
            } else {
                identities[entry.identity] = line
            }
            guard let code = entry.code else { continue }
            if let first = codes[code] {
                report(
                    "catalogue.duplicate-code", "code \(code) is already used by the entry at line \(first)",
                    at: node.mapping?["code"] ?? node)
            } else {
                codes[code] = line
            }
        }
    }
}
