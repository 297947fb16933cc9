import DossierModel

/// A decision as plain text for a person at a terminal (`outbound explain`): the outcome and
/// why, every hit with its evidence and thresholds, the flags, the screening, the route with
/// its due dates, the notes and the audit trail.
public enum DecisionText {
    /// Renders one decision; `dossier` adds the parties and assets when given.
    public static func render(_ decision: Decision, dossier: Dossier? = nil) -> String {
        var out = TextBlock()
        var heading = "Dossier \(decision.dossierID)"
        var facts: [String] = []
        if let filed = decision.filed { facts.append("filed \(filed)") }
        if let province = dossier?.office?.province { facts.append(province) }
        if let type = dossier?.transaction.type { facts.append(type.rawValue) }
        if !facts.isEmpty { heading += " (\(facts.joined(separator: ", ")))" }
        out.line(heading)
        if let source = dossier?.source { out.line("  read from \(source)") }
        out.blank()
        out.line("Outcome: \(decision.outcome.rawValue.uppercased())")
        out.line("  \(decision.outcome.consequence)")
        out.line("Outbound: \(decision.outbound.isOutbound ? "yes" : "no"): \(decision.outbound.reason)")

        if let dossier { renderParties(dossier, into: &out) }
        renderHits(decision, into: &out)
        renderFlags(decision, into: &out)
        renderScreening(decision, into: &out)
        if let route = decision.route { renderRoute(route, into: &out) }
        if !decision.notes.isEmpty {
            out.blank()
            out.line("Notes:")
            for note in decision.notes { out.line("  - \(note)") }
        }
        out.blank()
        out.line("Audit:")
        out.line("  rules: \(decision.audit.rules.joined(separator: ", "))")
        for reference in decision.audit.references {
            out.line("  \(reference.kind) \(reference.id): \(reference.path) sha256 \(reference.sha256)")
        }
        if !decision.audit.version.isEmpty { out.line("  outbound \(decision.audit.version)") }
        return out.text
    }

    static func renderParties(_ dossier: Dossier, into out: inout TextBlock) {
        out.blank()
        out.line("Parties:")
        for party in dossier.parties {
            let names = party.names.map(\.original).joined(separator: " / ")
            let country = party.country.map { $0.code ?? "unknown (\($0.raw))" } ?? "no country"
            out.line("  \(party.id) \(party.role.rawValue), \(party.kind.rawValue): \(names) [\(country)]")
        }
        out.line("Assets:")
        for asset in dossier.assets {
            let title = asset.titles.first?.text ?? "(no title)"
            let owner = asset.owner.map { ", owner \($0)" } ?? ""
            out.line("  \(asset.id) \(asset.type.rawValue)\(owner): \(title)")
        }
    }

    static func renderHits(_ decision: Decision, into out: inout TextBlock) {
        out.blank()
        let counting = decision.hits.filter(\.counts).count
        let against = decision.hits.count - counting
        out.line("Catalogue: \(decision.catalogueID ?? "none in force")")
        guard !decision.hits.isEmpty else {
            out.line("  no entry matched")
            return
        }
        out.line("Hits (\(counting) counting, \(against) not counting):")
        for hit in decision.hits {
            out.line("  [\(hit.status.rawValue)] \(hit.label) (\(hit.part.rawValue)) score \(format(hit.score))")
            if let name = hit.controlPointName { out.line("      control point: \(name)") }
            for item in hit.evidence {
                let text = item.snippet?.marked ?? item.matched
                let negated = item.negated ? " (negated)" : ""
                out.line("      \(item.kind.rawValue) \"\(item.term)\" in \(item.location): \(text)\(negated)")
            }
            for check in hit.thresholds {
                if check.stated.isEmpty {
                    out.line("      threshold \(check.quantity) \(check.limit): not stated, the reviewer must verify it")
                }
                for value in check.stated {
                    out.line(
                        "      threshold \(check.quantity) \(check.limit): stated \(format(value.value)) \(value.unit) in \(value.location) -> \(value.meets ? "meets" : "FAILS") the limit"
                    )
                }
            }
            for note in hit.notes { out.line("      note: \(note)") }
        }
    }

    static func renderFlags(_ decision: Decision, into out: inout TextBlock) {
        guard !decision.flags.isEmpty else { return }
        out.blank()
        out.line("Flags:")
        for flag in decision.flags { out.line("  \(flag.kind.rawValue): \(flag.detail)") }
    }

    static func renderScreening(_ decision: Decision, into out: inout TextBlock) {
        let matched = decision.screening.filter { !$0.result.matches.isEmpty || !$0.result.suppressed.isEmpty }
        guard !matched.isEmpty else { return }
        out.blank()
        out.line("Party screening:")
        for party in matched {
            for match in party.result.matches + party.result.suppressed {
                for (i, line) in match.explanation.split(separator: "\n").enumerated() {
                    out.line(i == 0 ? "  \(party.partyID): \(line)" : "    \(line)")
                }
            }
        }
    }

    static func renderRoute(_ route: Route, into out: inout TextBlock) {
        out.blank()
        out.line("Route (routing table \(route.routingTable)\(route.province.map { ", \($0)" } ?? "")):")
        for track in route.tracks { out.line("  \(track.title)") }
        if !route.authorities.isEmpty {
            out.line("  Authorities:")
            for authority in route.authorities {
                out.line("    \(authority.name) (\(authority.nameEn)): \(authority.role)")
            }
        }
        if !route.clocks.isEmpty {
            out.line("  Clocks:")
            for clock in route.clocks {
                let due = clock.due.map { "due \($0)" } ?? "no due date yet"
                let start = clock.start.map { " \($0)" } ?? ""
                out.line(
                    "    \(clock.title): \(clock.days) \(clock.unit.split(separator: "-").joined(separator: " ")) from \(clock.startsOn)\(start), \(due)\(clock.calendar.map { " (calendar \($0))" } ?? "")"
                )
            }
        }
        for note in route.notes { out.line("  note: \(note)") }
    }

    /// A score or value with up to three decimals.
    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Lines of text being built.
struct TextBlock {
    private(set) var text = ""

    mutating func line(_ string: String) { text += string + "\n" }
    mutating func blank() { text += "\n" }
}
