import DossierModel
import Foundation

/// Renders a packet's page: one self-contained page (inline CSS, no executable script, its
/// JSON embedded as data, nothing fetched)
/// that shows first what a reviewer needs (outcome, why, flags, clocks, authorities), then
/// the parties and assets, each hit with its highlighted evidence and thresholds, the
/// screening, the notes and the audit trail. Every piece of dossier text goes through
/// `HTMLText.escape`.
public enum PacketHTML {
    /// The bytes of a packet's page (`packets/<name>.html`) for one decision. An
    /// out-of-scope dossier gets a short page (no route); a quarantined one a page with the
    /// reason and the position only. `change` adds a "What changed" section (a re-classified
    /// dossier, `docs/reclassify.md`). The page embeds the packet's JSON, `json` (the compact
    /// line `PacketJSON.line` renders for the same arguments), in a
    /// `<script type="application/json" id="packet-data">` element: data, never run. Without
    /// `json`, the line is rendered here (and left out for a decision whose JSON cannot be
    /// written, a NaN score).
    public static func render(
        _ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange? = nil, json: [UInt8]? = nil
    ) -> Data {
        let json = json ?? (try? PacketJSON.line(decision, dossier: dossier, run: run, change: change)) ?? []
        let data =
            "<script type=\"application/json\" id=\"packet-data\">" + String(decoding: PacketJSON.embedded(json), as: UTF8.self)
            + "</script>\n"
        return Data(page(decision, dossier: dossier, run: run, change: change, data: data).utf8)
    }

    /// The page as a string.
    /// `data` is appended to the body, last (the page's embedded packet data).
    static func page(_ decision: Decision, dossier: Dossier?, run: RunContext, change: ReclassifyChange? = nil, data: String = "") -> String
    {
        var body = ""
        masthead(decision, dossier: dossier, into: &body)
        outcomeBanner(decision.outcome, into: &body)
        if let change { changeSection(change, into: &body) }
        if let quarantine = decision.quarantine {
            quarantineSection(quarantine, into: &body)
        } else {
            why(decision, dossier: dossier, into: &body)
            flags(decision, into: &body)
            if let route = decision.route {
                clocks(route, into: &body)
                authorities(route, into: &body)
            }
            if let dossier {
                parties(dossier, decision: decision, into: &body)
                assets(dossier, decision: decision, into: &body)
            }
            hits(decision, into: &body)
            screening(decision, into: &body)
            notes(decision, into: &body)
        }
        audit(decision, into: &body)
        footer(run, into: &body)
        body += data
        let title = "Packet \(decision.dossierID): \(decision.outcome.rawValue)"
        return document(title: title, body: body)
    }

    /// A whole HTML document around a body.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Outbound">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(PageStyle.css)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static func masthead(_ decision: Decision, dossier: Dossier?, into out: inout String) {
        out += "<header>\n<p class=\"kicker\">Outbound review packet</p>\n"
        out += "<h1>Dossier <span class=\"id\">\(HTMLText.span(decision.dossierID))</span></h1>\n"
        var facts: [String] = []
        if let filed = decision.filed ?? dossier?.filed { facts.append("filed <strong>\(filed)</strong>") }
        if let province = dossier?.office?.province ?? decision.route?.province { facts.append("province \(HTMLText.escape(province))") }
        if let type = dossier?.transaction.type { facts.append("transaction <strong>\(HTMLText.escape(type.rawValue))</strong>") }
        if let value = dossier?.transaction.value {
            facts.append("value \(HTMLText.escape([value.currency, value.raw].compactMap { $0 }.joined(separator: " ")))")
        }
        if let source = dossier?.source ?? decision.quarantine?.location {
            facts.append("read from <code>\(HTMLText.escape(source.description))</code>")
        }
        if !facts.isEmpty { out += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n" }
        out += "</header>\n"
    }

    /// The outcome in colour and in words, with what follows from it.
    static func outcomeBanner(_ outcome: Outcome, into out: inout String) {
        out += """
            <section class="outcome outcome-\(outcome.rawValue)" id="outcome" aria-label="Outcome">
            <p class="label">Outcome</p>
            <p class="value">\(outcome.rawValue.uppercased())</p>
            <p class="consequence">\(HTMLText.escape(outcome.consequence))</p>
            </section>

            """
    }

    static func why(_ decision: Decision, dossier: Dossier?, into out: inout String) {
        out += "<section id=\"why\">\n<h2>Why</h2>\n"
        let test = decision.outbound
        out += "<p><strong>Outbound transfer: \(test.isOutbound ? "yes" : "no").</strong> \(HTMLText.span(test.reason))</p>\n"
        if let holder = test.holderID {
            var line = "Right holder \(partyLabel(holder, dossier))"
            if let country = test.holderCountry { line += " (\(HTMLText.escape(country)))" }
            if !test.foreignReceiverIDs.isEmpty {
                line += "; receiving outside CN: " + test.foreignReceiverIDs.map { partyLabel($0, dossier) }.joined(separator: ", ")
            }
            out += "<p>\(line).</p>\n"
        }
        let counting = decision.countingHits
        if decision.outcome == .outOfScope {
            out += "<p>Not an outbound transfer: no review follows. Catalogue hits are listed below for information.</p>\n"
        } else if counting.isEmpty {
            out += "<p>No catalogue entry hit\(decision.catalogueID.map { " in <code>\(HTMLText.escape($0))</code>" } ?? "").</p>\n"
        } else {
            out += "<p>Counting catalogue hits:</p>\n<ul>\n"
            for hit in counting {
                out += "<li>\(hitTitle(hit)) (\(hit.part.rawValue)) on \(hitPlace(hit))</li>\n"
            }
            out += "</ul>\n"
        }
        if let route = decision.route, !route.tracks.isEmpty {
            out += "<p>Tracks: " + route.tracks.map { HTMLText.escape($0.title) }.joined(separator: "; ") + ".</p>\n"
        }
        out += "</section>\n"
    }

    static func flags(_ decision: Decision, into out: inout String) {
        out += "<section id=\"flags\">\n<h2>Flags (\(decision.flags.count))</h2>\n"
        if decision.flags.isEmpty {
            out += "<p>No flags raised.</p>\n"
        } else {
            out += "<ul class=\"flags\">\n"
            for flag in decision.flags {
                out += "<li><span class=\"flag-kind\">\(HTMLText.escape(flag.kind.rawValue))</span>: \(HTMLText.span(flag.detail))"
                if let match = flag.screening {
                    out += " (\(HTMLText.escape(match.listId)) \(HTMLText.escape(match.entryId)), score \(format(match.score)))"
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"
    }

    /// Every clock, earliest due date first; a clock without a due date last.
    static func clocks(_ route: Route, into out: inout String) {
        out += "<section id=\"clocks\">\n<h2>Clocks and due dates</h2>\n"
        guard !route.clocks.isEmpty else {
            out += "<p>No statutory clock runs for this outcome.</p>\n</section>\n"
            return
        }
        out +=
            "<table>\n<thead><tr><th>What must happen</th><th>Limit</th><th>Starts on</th><th>Due</th><th>Calendar</th></tr></thead>\n<tbody>\n"
        for clock in sortedByDue(route.clocks) {
            let start = clock.start.map { " (\($0))" } ?? ""
            let due = clock.due.map { "<span class=\"due\">\($0)</span>" } ?? "<span class=\"muted\">no due date yet: start unknown</span>"
            out +=
                "<tr><td>\(HTMLText.span(clock.title))</td><td>\(clock.days) \(HTMLText.escape(clock.unit.replacingOccurrences(of: "-", with: " ")))</td>"
            out +=
                "<td>\(HTMLText.span(clock.startsOn))\(start)</td><td>\(due)</td><td>\(clock.calendar.map { "<code>\(HTMLText.escape($0))</code>" } ?? "")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }

    /// Every authority in one table, whatever asset type it reviews.
    static func authorities(_ route: Route, into out: inout String) {
        out += "<section id=\"authorities\">\n<h2>Authorities</h2>\n"
        var source = "Routing table <code>\(HTMLText.escape(route.routingTable))</code>"
        if let province = route.province { source += ", province \(HTMLText.escape(province))" }
        out += "<p>\(source).</p>\n"
        if route.authorities.isEmpty {
            out += "<p>No authority acts on this dossier.</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>Authority</th><th>Role</th><th>Track</th><th>Assets</th></tr></thead>\n<tbody>\n"
            for authority in route.authorities {
                out += "<tr><td>\(HTMLText.span(authority.name, lang: "zh"))<br>\(HTMLText.span(authority.nameEn, lang: "en"))</td>"
                out += "<td>\(HTMLText.span(authority.role))</td><td>\(HTMLText.escape(authority.track.title))</td>"
                let assets = authority.assetIDs.isEmpty ? "whole dossier" : authority.assetIDs.map(HTMLText.escape).joined(separator: ", ")
                out += "<td>\(assets)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        for note in route.notes { out += "<p class=\"muted\">Note: \(HTMLText.span(note))</p>\n" }
        out += "</section>\n"
    }

    /// Clocks sorted by due date, those without one last, then by id.
    static func sortedByDue(_ clocks: [Clock]) -> [Clock] {
        clocks.enumerated().sorted { a, b in
            switch (a.element.due, b.element.due) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// `P2 Acme GmbH` for a party id.
    static func partyLabel(_ id: String, _ dossier: Dossier?) -> String {
        guard let party = dossier?.party(id), let name = party.names.first else { return HTMLText.escape(id) }
        return "\(HTMLText.escape(id)) \(HTMLText.span(name.original, lang: name.lang))"
    }

    /// A number with up to three decimals.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
