import DossierModel
import Foundation

/// Renders `reclassify.html`: the new catalogue version, the counts, the outcome transitions,
/// the hits gained and lost per entry, and every changed dossier with a link to its new
/// packet. Self-contained like the summary: inline CSS, no script, nothing fetched.
public enum ReclassifyHTML {
    public static func render(_ report: ReclassifyReport) -> Data {
        Data(page(report).utf8)
    }

    static func page(_ r: ReclassifyReport) -> String {
        var body = "<header>\n<p class=\"kicker\">Outbound re-classification</p>\n"
        body +=
            "<h1>Run <span class=\"id\">\(HTMLText.escape(r.run.id))</span>: catalogue <code>\(HTMLText.escape(r.catalogue.id))</code></h1>\n"
        var facts = ["\(HTMLText.escape(r.mode)) mode", "status \(HTMLText.escape(r.status))"]
        if let since = r.since { facts.append("filed since \(HTMLText.escape(since))") }
        facts.append("generated \(HTMLText.escape(r.run.generatedAt))")
        facts.append("Outbound \(HTMLText.escape(r.run.outboundVersion))")
        body += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n</header>\n"

        body += "<section id=\"catalogue\">\n<h2>Catalogue</h2>\n"
        body += "<p><code>\(HTMLText.escape(r.catalogue.path))</code>, in force from \(HTMLText.escape(r.catalogue.effectiveFrom))"
        body += r.catalogue.effectiveTo.map { " to \(HTMLText.escape($0))" } ?? ""
        body += ", SHA-256 <code>\(HTMLText.escape(String(r.catalogue.sha256.prefix(16))))…</code>.</p>\n"
        if let replaced = r.catalogue.replacesSHA256 {
            body +=
                "<p>Replaces the version with the same id (SHA-256 <code>\(HTMLText.escape(String(replaced.prefix(16))))…</code>):</p>\n"
            body +=
                "<pre style=\"white-space: pre-wrap; overflow-wrap: anywhere\">\(HTMLText.escape(r.catalogue.changes.joined(separator: "\n")))</pre>\n"
        } else {
            body += "<p>A new version: it joins the catalogue set, and the version before it ends the day before it takes effect.</p>\n"
        }
        body += "</section>\n"

        body += "<section id=\"counts\">\n<h2>Counts</h2>\n<table>\n<tbody>\n"
        let c = r.counts
        for (label, value) in [
            ("Stored dossiers considered", c.considered), ("Re-evaluated", c.reevaluated),
            ("Decision changed", c.changed), ("Outcome changed", c.outcomeChanged),
            ("Re-evaluated, unchanged", c.unchanged), ("Match texts indexed", c.textsIndexed),
            ("Decisions whose hits were indexed", c.hitsIndexed),
        ] {
            body += "<tr><th>\(label)</th><td>\(value)</td></tr>\n"
        }
        for (reason, count) in c.byReason.sorted(by: { $0.key < $1.key }) {
            body += "<tr><th>Re-evaluated for <code>\(HTMLText.escape(reason))</code></th><td>\(count)</td></tr>\n"
        }
        body += "</tbody>\n</table>\n</section>\n"

        body += "<section id=\"transitions\">\n<h2>Outcome transitions</h2>\n"
        if r.transitions.isEmpty {
            body += "<p>No decision changed.</p>\n"
        } else {
            body += "<table>\n<thead><tr><th>Before</th><th>After</th><th>Dossiers</th></tr></thead>\n<tbody>\n"
            for t in r.transitions {
                body += "<tr><td>\(HTMLText.escape(t.from))</td><td>\(HTMLText.escape(t.to))</td><td>\(t.count)</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"

        body += "<section id=\"entries\">\n<h2>Hits per catalogue entry</h2>\n"
        if r.entries.isEmpty {
            body += "<p>No hit was gained or lost.</p>\n"
        } else {
            body +=
                "<table>\n<thead><tr><th>Entry</th><th>Identity</th><th>Gained</th><th>Lost</th><th>Changed</th></tr></thead>\n<tbody>\n"
            for e in r.entries {
                body += "<tr><td>\(HTMLText.span(e.label))</td><td><code>\(HTMLText.escape(e.entryIdentity))</code></td>"
                body += "<td>\(e.gained)</td><td>\(e.lost)</td><td>\(e.changed)</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"

        body += "<section id=\"dossiers\">\n<h2>Changed dossiers (\(r.dossiers.count))</h2>\n"
        if !r.dossiers.isEmpty {
            body +=
                "<table>\n<thead><tr><th>Dossier</th><th>Filed</th><th>Outcome</th><th>Catalogue</th><th>Hits</th><th>Why re-evaluated</th></tr></thead>\n<tbody>\n"
            for d in r.dossiers {
                let id =
                    d.packet?.html.map { "<a href=\"\(HTMLText.href($0))\">\(HTMLText.span(d.dossierID))</a>" }
                    ?? HTMLText.span(d.dossierID)
                let outcome =
                    d.outcomeChanged
                    ? "\(HTMLText.escape(d.oldOutcome)) → <strong>\(HTMLText.escape(d.newOutcome))</strong>" : HTMLText.escape(d.newOutcome)
                let catalogue =
                    d.oldCatalogue == d.newCatalogue
                    ? HTMLText.escape(d.newCatalogue ?? "none")
                    : "\(HTMLText.escape(d.oldCatalogue ?? "none")) → \(HTMLText.escape(d.newCatalogue ?? "none"))"
                body += "<tr><td>\(id)</td><td>\(HTMLText.escape(d.filed ?? "-"))</td><td>\(outcome)</td><td>\(catalogue)</td>"
                body += "<td>\(PacketHTML.hitChanges(d.hits))</td><td>\(HTMLText.escape(d.reasons.joined(separator: ", ")))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"
        return PacketHTML.document(title: "Re-classification \(r.run.id): \(r.catalogue.id)", body: body)
    }
}

extension PacketHTML {
    /// The `What changed` section of a re-classified dossier's packet.
    static func changeSection(_ change: ReclassifyChange, into out: inout String) {
        out += "<section id=\"change\">\n<h2>What changed</h2>\n"
        out += "<p>Re-classified against catalogue <code>\(HTMLText.escape(change.since))</code>"
        if change.oldCatalogue != change.newCatalogue {
            out +=
                " (decided before with <code>\(HTMLText.escape(change.oldCatalogue ?? "no catalogue"))</code>, now with <code>\(HTMLText.escape(change.newCatalogue ?? "no catalogue"))</code>)"
        }
        out +=
            ". Previous decision: run \(HTMLText.escape(change.previousRun)), outcome <strong>\(HTMLText.escape(change.oldOutcome))</strong>"
        out += change.outcomeChanged ? ", now <strong>\(HTMLText.escape(change.newOutcome))</strong>.</p>\n" : " (unchanged).</p>\n"
        out += "<p>Hits: \(hitChanges(change.hits))</p>\n"
        out +=
            "<p class=\"muted\">Re-evaluated because: \(HTMLText.escape(change.reasons.joined(separator: ", "))). The previous decision stays in the ledger's history.</p>\n"
        out += "</section>\n"
    }

    /// `+ 086501X 信息处理技术 CP5; − …`, or `none` when no hit moved.
    static func hitChanges(_ hits: [ReclassifyChange.HitChange]) -> String {
        guard !hits.isEmpty else { return "no hit gained or lost" }
        return hits.map { hit in
            let mark = hit.change == "gained" ? "+" : hit.change == "lost" ? "−" : "~"
            let statuses = "\(hit.oldStatus ?? "none") → \(hit.newStatus ?? "none")"
            return "\(mark) \(HTMLText.span(hit.label)) (\(HTMLText.escape(statuses)))"
        }.joined(separator: "; ")
    }
}
