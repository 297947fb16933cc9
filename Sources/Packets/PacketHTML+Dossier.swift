import DossierModel

extension PacketHTML {
    /// The parties, with the right holder and the foreign receivers marked.
    static func parties(_ dossier: Dossier, decision: Decision, into out: inout String) {
        out += "<section id=\"parties\">\n<h2>Parties (\(dossier.parties.count))</h2>\n"
        out +=
            "<table>\n<thead><tr><th>Id</th><th>Role</th><th>Name</th><th>Country</th><th>Identifiers</th><th>Address</th></tr></thead>\n<tbody>\n"
        for party in dossier.parties {
            var role = "\(HTMLText.escape(party.role.rawValue))<br><span class=\"muted\">\(HTMLText.escape(party.kind.rawValue))</span>"
            if party.id == decision.outbound.holderID { role += "<br><strong>right holder</strong>" }
            if decision.outbound.foreignReceiverIDs.contains(party.id) { role += "<br><strong>receiving outside CN</strong>" }
            if !party.controlledBy.isEmpty {
                role += "<br>controlled by " + party.controlledBy.map(HTMLText.escape).joined(separator: ", ")
            }
            let names = party.names.map { HTMLText.span($0.original, lang: $0.lang) }.joined(separator: "<br>")
            let country =
                party.country.map { country in
                    country.code.map { "\(HTMLText.escape($0)) <span class=\"muted\">(\(HTMLText.span(country.raw)))</span>" }
                        ?? "<strong>unknown</strong> (\(HTMLText.span(country.raw)))"
                } ?? "<strong>not given</strong>"
            out += "<tr><td>\(HTMLText.escape(party.id))</td><td>\(role)</td><td>\(names)</td><td>\(country)</td>"
            out += "<td>\(identifiers(party.identifiers))</td><td>\(party.address.map { HTMLText.span($0) } ?? "")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }

    /// The assets with their titles, types, owners, codes, funding and secrecy.
    static func assets(_ dossier: Dossier, decision: Decision, into out: inout String) {
        let hitAssets = Set(decision.countingHits.flatMap(\.assetIDs))
        out += "<section id=\"assets\">\n<h2>Assets (\(dossier.assets.count))</h2>\n"
        out +=
            "<table>\n<thead><tr><th>Id</th><th>Type</th><th>Title</th><th>Owner</th><th>Identifiers and codes</th><th>Funding, secrecy</th></tr></thead>\n<tbody>\n"
        for asset in dossier.assets {
            var id = HTMLText.escape(asset.id)
            if hitAssets.contains(asset.id) { id += "<br><strong>hit</strong>" }
            let titles =
                asset.titles.isEmpty
                ? "<span class=\"muted\">(no title)</span>"
                : asset.titles.map { HTMLText.span($0.text, lang: $0.lang) }.joined(separator: "<br>")
            var owner = asset.owner.map { partyLabel($0, dossier) } ?? "<strong>not stated</strong>"
            if let ownerID = asset.owner, ownerID != decision.outbound.holderID, decision.outbound.holderID != nil {
                owner += "<br><strong>not the right holder</strong>"
            }
            var codes = identifiers(asset.identifiers)
            let classes = asset.classifications.map { "<code>\(HTMLText.escape($0.code ?? $0.raw))</code>" }
            if !classes.isEmpty { codes += (codes.isEmpty ? "" : "<br>") + classes.joined(separator: " ") }
            var extra: [String] = []
            if let funding = asset.funding {
                extra.append(funding.fiscal ? "<strong>fiscal funding</strong>" : "private funding")
                if let programme = funding.programme { extra.append(HTMLText.span(programme)) }
            }
            if let secrecy = asset.secrecy, secrecy != .none {
                extra.append("secrecy: <strong>\(HTMLText.escape(secrecy.rawValue))</strong>")
            }
            if !asset.attachments.isEmpty { extra.append("\(asset.attachments.count) attachment(s)") }
            out +=
                "<tr><td>\(id)</td><td>\(HTMLText.escape(asset.type.rawValue))</td><td>\(titles)</td><td>\(owner)</td><td>\(codes)</td><td>\(extra.joined(separator: "<br>"))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !dossier.transaction.technologySummaries.isEmpty {
            out += "<h3>Technology summary</h3>\n"
            for summary in dossier.transaction.technologySummaries { out += "<p>\(HTMLText.span(summary.text, lang: summary.lang))</p>\n" }
        }
        if !dossier.attachments.isEmpty {
            out +=
                "<p>Dossier attachments: "
                + dossier.attachments.map { "<code>\(HTMLText.escape($0.href))</code> (\(HTMLText.escape($0.format.rawValue)))" }.joined(
                    separator: ", ") + "</p>\n"
        }
        out += "</section>\n"
    }

    /// `USCC 9132… (check failed)`, one per line.
    static func identifiers(_ ids: [Identifier]) -> String {
        ids.map { id in
            var text = "\(HTMLText.escape(id.scheme)) <code>\(HTMLText.escape(id.value))</code>"
            if id.checkValid == false { text += " <strong>(check failed)</strong>" }
            return text
        }.joined(separator: "<br>")
    }

    static func notes(_ decision: Decision, into out: inout String) {
        guard !decision.notes.isEmpty else { return }
        out += "<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n"
        for note in decision.notes { out += "<li>\(HTMLText.span(note))</li>\n" }
        out += "</ul>\n</section>\n"
    }

    /// The reference files with their paths and hashes, the rules that fired, the version.
    static func audit(_ decision: Decision, into out: inout String) {
        out += "<section id=\"audit\">\n<h2>Audit</h2>\n"
        var facts: [String] = []
        if let catalogue = decision.catalogueID { facts.append("catalogue <code>\(HTMLText.escape(catalogue))</code>") }
        if let route = decision.route { facts.append("routing table <code>\(HTMLText.escape(route.routingTable))</code>") }
        let calendars = Set(decision.route?.clocks.compactMap(\.calendar) ?? []).sorted()
        if !calendars.isEmpty {
            facts.append("calendar " + calendars.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", "))
        }
        if let hash = decision.contentHash { facts.append("dossier sha256 <code class=\"hash\">\(HTMLText.escape(hash))</code>") }
        if !decision.audit.version.isEmpty { facts.append("decided by Outbound \(HTMLText.escape(decision.audit.version))") }
        if !facts.isEmpty { out += "<p>\(facts.joined(separator: " · "))</p>\n" }
        if !decision.audit.references.isEmpty {
            out += "<table>\n<thead><tr><th>Kind</th><th>Id</th><th>Path</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
            for reference in decision.audit.references {
                out +=
                    "<tr><td>\(HTMLText.escape(reference.kind))</td><td><code>\(HTMLText.escape(reference.id))</code></td><td><code>\(HTMLText.escape(reference.path))</code></td><td><code class=\"hash\">\(HTMLText.escape(reference.sha256))</code></td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out +=
            "<p>Rules fired: "
            + (decision.audit.rules.isEmpty
                ? "none" : decision.audit.rules.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", ")) + "</p>\n"
        out += "</section>\n"
    }

    /// The short body of a quarantined dossier: the reason, the place and the diagnostic.
    static func quarantineSection(_ q: Quarantine, into out: inout String) {
        out += "<section id=\"quarantine\">\n<h2>Why it was quarantined</h2>\n"
        out += "<p><strong>\(HTMLText.span(q.reason))</strong></p>\n"
        out += "<table>\n<tbody>\n"
        out += "<tr><th>File</th><td><code>\(HTMLText.escape(q.location.file))</code></td></tr>\n"
        if let member = q.location.member { out += "<tr><th>Member</th><td><code>\(HTMLText.escape(member))</code></td></tr>\n" }
        let position = [q.location.line.map { "line \($0)" }, q.location.column.map { "column \($0)" }].compactMap { $0 }
        out += "<tr><th>Position</th><td>\(position.isEmpty ? "unknown" : position.joined(separator: ", "))</td></tr>\n"
        out += "<tr><th>Diagnostic</th><td><code>\(HTMLText.escape(q.diagnosticId))</code></td></tr>\n"
        if let hash = q.contentHash { out += "<tr><th>SHA-256</th><td><code class=\"hash\">\(HTMLText.escape(hash))</code></td></tr>\n" }
        out += "</tbody>\n</table>\n"
        if !q.diagnostics.isEmpty {
            out += "<ul>\n" + q.diagnostics.map { "<li><code>\(HTMLText.escape($0.description))</code></li>\n" }.joined() + "</ul>\n"
        }
        out += "<p>The dossier is returned to the sender with this reason; nothing was assessed.</p>\n</section>\n"
    }

    static func footer(_ run: RunContext, into out: inout String) {
        out +=
            "<footer>Run <code>\(HTMLText.escape(run.runID))</code> · generated \(HTMLText.escape(run.generatedAt)) · Outbound \(HTMLText.escape(run.outboundVersion))</footer>\n"
    }
}
