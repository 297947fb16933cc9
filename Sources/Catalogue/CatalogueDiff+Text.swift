import Foundation

/// The diff as text a person reads (`outbound catalogue diff OLD NEW`) and as canonical JSON
/// (`--json`).
extension CatalogueDiff {
    /// One line per change, grouped: header, added, removed, modified (with their control
    /// points), then the counts.
    public var text: String {
        var out =
            "catalogue diff \(old.id) (\(old.effectiveFrom)\(old.effectiveTo.map { " to \($0)" } ?? ""), \(old.entries) entries)"
            + " -> \(new.id) (\(new.effectiveFrom)\(new.effectiveTo.map { " to \($0)" } ?? ""), \(new.entries) entries)\n"
        for change in header where change.field != "transcription" {
            out += "  header \(Self.line(change))\n"
        }
        if header.contains(where: { $0.field == "transcription" }) { out += "  header transcription: text changed\n" }
        for entry in added {
            out += "+ \(entry.code ?? "[no code]") \(entry.identity) \(entry.name) (\(entry.part))"
            out += entry.controlPoints.isEmpty ? "\n" : ": control points \(entry.controlPoints.joined(separator: ", "))\n"
        }
        for entry in removed {
            out += "- \(entry.code ?? "[no code]") \(entry.identity) \(entry.name) (\(entry.part))\n"
        }
        for entry in modified {
            let code =
                entry.oldCode == entry.newCode
                ? (entry.newCode ?? "[no code]")
                : "\(entry.oldCode ?? "[no code]") -> \(entry.newCode ?? "[no code]")"
            out += "~ \(code) \(entry.identity) \(entry.name)\n"
            for field in entry.fields { out += "    \(Self.line(field))\n" }
            if let keywords = entry.keywords { out += "    entry keywords\(Self.terms(keywords))\n" }
            for point in entry.controlPoints {
                let mark = point.kind == .added ? "+" : point.kind == .removed ? "-" : "~"
                out += "    \(mark) control point \(point.label) (\(point.identity))\n"
                guard point.kind == .modified else { continue }
                for field in point.fields { out += "        \(Self.line(field))\n" }
                if let change = point.keywords { out += "        keywords\(Self.terms(change))\n" }
                if let change = point.ipcPrefixes { out += "        IPC prefixes\(Self.terms(change))\n" }
                if let change = point.thresholds { out += "        thresholds\(Self.terms(change))\n" }
                if let change = point.thresholdWords { out += "        threshold words\(Self.terms(change))\n" }
            }
        }
        out += "\(added.count) added, \(removed.count) removed, \(modified.count) modified, \(unchanged) unchanged\n"
        return out
    }

    /// The diff as pretty JSON with sorted keys and a final newline.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// `field: old -> new`.
    static func line(_ change: FieldChange) -> String {
        "\(change.field): \(change.old ?? "(none)") -> \(change.new ?? "(none)")"
    }

    /// ` +[a, b] -[c]`.
    static func terms(_ change: TermsChange) -> String {
        var out = ""
        if !change.added.isEmpty { out += " +[\(change.added.joined(separator: ", "))]" }
        if !change.removed.isEmpty { out += " -[\(change.removed.joined(separator: ", "))]" }
        return out
    }
}
