import DossierModel
import Hashing

/// Reads the clock settings (`kind: clocks`, documented in `docs/routing.md`), checking every
/// key and value; every problem carries the line and column of the node at fault and an id
/// starting `clocks.`.
public enum ClockSettingsLoader: ReferenceFileLoader {
    /// The `kind` a clock-settings file declares.
    public static let kind = "clocks"
    static let requiredKeys = ["kind", "id", "title", "source", "clocks"]
    static let optionalKeys = ["note"]
    static let requiredClockKeys = ["id", "title", "days", "unit", "starts-on", "applies-to", "source"]

    public static let prefix = "clocks"
    public static let what = "clock settings"

    /// The settings (nil when any problem was found) and every problem, in file order.
    public static func read(text: String, file: String, sha256: String) -> (ClockSettings?, [ReferenceFileError]) {
        ReferenceYAML.read(text: text, file: file, prefix: "clocks") { root, reader in
            reader.clockSettings(root, file: file, sha256: sha256)
        }
    }
}

extension ReferenceNodeReader {
    /// The whole clock-settings file.
    mutating func clockSettings(_ root: ReferenceNode, file: String, sha256: String) -> ClockSettings? {
        guard
            let header = fields(
                root, of: "the clock settings", required: ClockSettingsLoader.requiredKeys,
                optional: ClockSettingsLoader.optionalKeys)
        else { return nil }
        expectKind(header, ClockSettingsLoader.kind)
        let id = identity(header, "id")
        let title = text(header, "title")
        let source = text(header, "source")
        _ = header["note"].map { text($0, "'note' of the clock settings") }
        var clocks: [ClockSetting] = []
        // The ids written before each clock, good or not, so that one bad clock does not also
        // make every clock that starts after it an error.
        var earlier: [String] = []
        for (index, node) in (list(header, "clocks") ?? []).enumerated() {
            if let clock = clockSetting(node, number: index + 1, earlier: earlier) { clocks.append(clock) }
            if let id = node.mapping?["id"]?.scalar?.string { earlier.append(id) }
        }
        guard let id, let title, let source else { return nil }
        let reference = ReferenceUse(kind: ClockSettingsLoader.kind, id: id, path: file, sha256: sha256)
        return ClockSettings(id: id, title: title, source: source, clocks: clocks, reference: reference)
    }

    /// One item of `clocks`.
    mutating func clockSetting(_ node: ReferenceNode, number: Int, earlier: [String]) -> ClockSetting? {
        let shown = node.mapping?["id"]?.scalar?.string
        let context = shown.map { "clock '\($0)'" } ?? "clock \(number)"
        guard let fields = fields(node, of: context, required: ClockSettingsLoader.requiredClockKeys, optional: ["note"])
        else { return nil }
        let errorsBefore = errors.count
        let id = identity(fields, "id")
        if let id, earlier.contains(id) {
            report("clocks.duplicate-id", "\(context): another clock already has the id '\(id)'", at: fields["id"])
        }
        let title = bilingual(fields, "title")
        var days = integer(fields, "days")
        if let value = days, !(1...366).contains(value) {
            report("catalogue.bad-number", "'days' of \(context) must be between 1 and 366, not \(value)", at: fields["days"])
            days = nil
        }
        let unit = clockUnit(fields, context: context)
        let start = clockStart(fields, context: context, earlier: earlier)
        let scope = clockScope(fields, context: context)
        let source = text(fields, "source")
        let note = text(fields, "note")
        guard errors.count == errorsBefore, let id, let title, let days, let unit, let start, let scope, let source
        else { return nil }
        return ClockSetting(id: id, title: title, days: days, unit: unit, start: start, scope: scope, source: source, note: note)
    }

    /// `unit`: `working-days` or `calendar-days`.
    mutating func clockUnit(_ fields: ReferenceFields, context: String) -> ClockUnit? {
        guard let raw = text(fields, "unit") else { return nil }
        guard let unit = ClockUnit(rawValue: raw) else {
            let allowed = ClockUnit.allCases.map(\.rawValue).joined(separator: ", ")
            report("clocks.bad-unit", "'unit' '\(raw)' of \(context) is not one of \(allowed)", at: fields["unit"])
            return nil
        }
        return unit
    }

    /// `starts-on`: `filing`, `contract-submitted` or `{after: <id of an earlier clock>}`.
    mutating func clockStart(_ fields: ReferenceFields, context: String, earlier: [String]) -> ClockStart? {
        guard let node = fields["starts-on"] else { return nil }
        if node.mapping != nil {
            guard let block = self.fields(node, of: "'starts-on' of \(context)", required: ["after"]),
                let other = text(block, "after")
            else { return nil }
            guard earlier.contains(other) else {
                report(
                    "clocks.unknown-clock", "\(context) starts after '\(other)', which is not a clock defined before it", at: block["after"]
                )
                return nil
            }
            return .after(other)
        }
        guard let raw = text(node, "'starts-on' of \(context)") else { return nil }
        switch raw {
        case "filing": return .filing
        case "contract-submitted": return .contractSubmitted
        default:
            report(
                "clocks.bad-start", "'starts-on' '\(raw)' of \(context) is not filing, contract-submitted or {after: CLOCK-ID}", at: node)
            return nil
        }
    }

    /// `applies-to`: `outcomes`, `tracks`, `asset-types`, at least one of them.
    mutating func clockScope(_ fields: ReferenceFields, context: String) -> ClockScope? {
        guard let node = fields["applies-to"],
            let block = self.fields(
                node, of: "'applies-to' of \(context)", required: [],
                optional: ["outcomes", "tracks", "asset-types"])
        else { return nil }
        let outcomes = (list(block, "outcomes") ?? []).compactMap { item -> Outcome? in
            vocabulary(item, "an outcome", id: "clocks.unknown-outcome", Outcome.allCases.map(\.rawValue)).flatMap(Outcome.init(rawValue:))
        }
        let tracks = (list(block, "tracks") ?? []).compactMap { item -> ReviewTrack? in
            vocabulary(item, "a track", id: "clocks.unknown-track", ReviewTrack.allCases.map(\.rawValue)).flatMap(
                ReviewTrack.init(rawValue:))
        }
        let types = (list(block, "asset-types") ?? []).compactMap { item -> AssetType? in
            vocabulary(item, "an asset type", id: "clocks.unknown-asset-type", AssetType.known.map(\.rawValue)).map(
                AssetType.init(rawValue:))
        }
        let scope = ClockScope(outcomes: outcomes, tracks: tracks, assetTypes: types)
        if block.values.isEmpty {
            report("clocks.empty-applies-to", "'applies-to' of \(context) names no outcome, track or asset type", at: node)
            return nil
        }
        return scope
    }

    /// A value of a closed list, reported with `id` when it is not in `allowed`.
    mutating func vocabulary(_ node: ReferenceNode, _ what: String, id: String, _ allowed: [String]) -> String? {
        guard let raw = text(node, what) else { return nil }
        guard allowed.contains(raw) else {
            report(id, "'\(raw)' is not \(what); known: \(allowed.joined(separator: ", "))", at: node)
            return nil
        }
        return raw
    }
}
