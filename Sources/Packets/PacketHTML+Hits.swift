import DossierModel

extension PacketHTML {
    /// Every hit, counting or not, each in a block a page break does not cut.
    static func hits(_ decision: Decision, into out: inout String) {
        let counting = decision.countingHits.count
        out += "<section id=\"hits\">\n<h2>Catalogue hits (\(counting) counting, \(decision.hits.count - counting) not counting)</h2>\n"
        out += "<p>Catalogue <code>\(HTMLText.escape(decision.catalogueID ?? "none in force"))</code>.</p>\n"
        if decision.hits.isEmpty { out += "<p>No entry matched.</p>\n" }
        for hit in decision.hits { self.hit(hit, into: &out) }
        out += "</section>\n"
    }

    static func hit(_ hit: Hit, into out: inout String) {
        out += "<article class=\"hit\(hit.counts ? "" : " not-counting")\">\n"
        out += "<h3>\(hitTitle(hit))</h3>\n"
        out += "<p><span class=\"status\">\(HTMLText.escape(statusText(hit.status)))</span> "
        out += "\(hit.part == .prohibited ? "prohibited (J)" : "restricted (X)") · score \(format(hit.score)) · "
        out += "<span lang=\"en\">\(HTMLText.escape(hit.entryNameEn))</span> · <code>\(HTMLText.escape(hit.entryIdentity))</code>"
        if let point = hit.controlPoint { out += " / <code>\(HTMLText.escape(point))</code>" }
        out += "</p>\n"
        if let name = hit.controlPointName { out += "<p>Control point: \(HTMLText.span(name, lang: "zh"))</p>\n" }
        if !hit.evidence.isEmpty {
            out += "<ul class=\"evidence\">\n"
            for item in hit.evidence { evidence(item, into: &out) }
            out += "</ul>\n"
        }
        if !hit.thresholds.isEmpty { thresholds(hit.thresholds, into: &out) }
        for note in hit.notes { out += "<p class=\"muted\">Note: \(HTMLText.span(note))</p>\n" }
        out += "</article>\n"
    }

    /// One place that matched, with the matched span inside `<mark>`.
    static func evidence(_ item: Evidence, into out: inout String) {
        out += "<li\(item.negated ? " class=\"negated\"" : "")>"
        out +=
            "\(HTMLText.escape(item.kind.rawValue)) <q>\(HTMLText.span(item.term))</q> in \(HTMLText.escape(item.location.description)): "
        out += highlighted(item.snippet, matched: item.matched, lang: item.location.lang)
        if item.negated { out += " <strong>(inside a negation: not counted)</strong>" }
        out += "</li>\n"
    }

    /// `…before <mark>match</mark> after…`, each part escaped, in the text's language.
    static func highlighted(_ snippet: Snippet?, matched: String, lang: String?) -> String {
        let whole = snippet.map { $0.before + $0.match + $0.after } ?? matched
        let langAttribute = HTMLText.langAttribute(whole, declared: lang)
        guard let snippet else {
            return "<span class=\"snippet\"\(langAttribute)><mark>\(HTMLText.escape(matched))</mark></span>"
        }
        return
            "<span class=\"snippet\"\(langAttribute)>…\(HTMLText.escape(snippet.before))<mark>\(HTMLText.escape(snippet.match))</mark>\(HTMLText.escape(snippet.after))…</span>"
    }

    /// The thresholds of a hit: the limit, each stated value and whether it meets it.
    static func thresholds(_ checks: [ThresholdCheck], into out: inout String) {
        out +=
            "<table class=\"thresholds\">\n<thead><tr><th>Threshold</th><th>Limit</th><th>Stated in the dossier</th><th>Verdict</th></tr></thead>\n<tbody>\n"
        for check in checks {
            let verdict = ThresholdVerdict(check)
            var stated = ""
            if check.stated.isEmpty {
                stated = "not stated: the reviewer must verify it"
            } else {
                stated = check.stated.map { value in
                    var line = "\(format(value.value)) \(HTMLText.escape(value.unit))"
                    if value.converted != value.value { line += " (\(format(value.converted)) in the limit's unit)" }
                    line += " in \(HTMLText.escape(value.location.description)): "
                    line +=
                        value.meets
                        ? "<span class=\"meets-yes\">meets the limit</span>"
                        : "<span class=\"meets-no\">fails the limit: evidence against</span>"
                    if let snippet = value.snippet {
                        line += "<br>" + highlighted(snippet, matched: snippet.match, lang: value.location.lang)
                    }
                    return line
                }.joined(separator: "<br>")
            }
            let verdictText: String
            switch verdict {
            case .passes: verdictText = "passes"
            case .fails: verdictText = "fails: evidence against the hit"
            case .unverified: verdictText = "unverified"
            }
            out += "<tr><td>\(HTMLText.escape(check.quantity))</td><td>\(HTMLText.escape(check.limit))</td><td>\(stated)</td>"
            out += "<td><span class=\"verdict-\(verdict.rawValue)\">\(verdictText)</span></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    /// Screening matches per party with the score of each feature; suppressed ones with
    /// their clearance.
    static func screening(_ decision: Decision, into out: inout String) {
        let matched = decision.screening.filter { !$0.result.matches.isEmpty || !$0.result.suppressed.isEmpty }
        out += "<section id=\"screening\">\n<h2>Party screening</h2>\n"
        if decision.screening.isEmpty {
            out += "<p>No party was screened (no restricted-party list was given).</p>\n"
        } else if matched.isEmpty {
            out += "<p>\(decision.screening.count) parties screened: no match.</p>\n"
        }
        for party in matched {
            for (match, suppressed) in party.result.matches.map({ ($0, false) }) + party.result.suppressed.map({ ($0, true) }) {
                out += "<article class=\"hit\(suppressed ? " not-counting" : "")\">\n"
                out +=
                    "<h3>\(HTMLText.escape(party.partyID)): \(HTMLText.span(match.queryName)) ~ \(HTMLText.span(match.matchedName))</h3>\n"
                out +=
                    "<p><span class=\"status\">\(suppressed ? "suppressed" : "match")</span> list <code>\(HTMLText.escape(match.listId))</code> entry <code>\(HTMLText.escape(match.entryId))</code> \(HTMLText.span(match.entryName)) · score \(format(match.score))</p>\n"
                if let listing = match.listing { out += listed(listing) }
                out += "<table>\n<thead><tr><th>Feature</th><th>Kind</th><th>Score</th><th>Why</th></tr></thead>\n<tbody>\n"
                for feature in match.features {
                    out +=
                        "<tr><td>\(HTMLText.escape(feature.id))</td><td>\(HTMLText.escape(feature.kind.rawValue))</td><td>\(format(feature.value))</td><td>\(HTMLText.span(feature.explanation))</td></tr>\n"
                }
                out += "</tbody>\n</table>\n"
                if let clearance = match.clearance { out += "<p class=\"muted\">Cleared: \(HTMLText.span(clearance.auditNote))</p>\n" }
                out += "</article>\n"
            }
        }
        out += "</section>\n"
    }

    /// The list, law and announcement of a matched entry, as a definition list; the notice's
    /// address is shown as text, never as a link (it comes from the list file).
    static func listed(_ listing: PartyListListing) -> String {
        var rows: [(String, String)] = []
        if let name = listing.listName { rows.append(("List", HTMLText.span(name))) }
        if let law = listing.law { rows.append(("Law", HTMLText.span(law))) }
        if let issuer = listing.issuer { rows.append(("Published by", HTMLText.span(issuer))) }
        if let announcement = listing.announcement { rows.append(("Announcement", HTMLText.span(announcement))) }
        if let date = listing.date { rows.append(("Date", HTMLText.escape(date))) }
        // The colon as a character reference: the page holds no URL that a viewer could turn
        // into a link or a fetch (the packet stays self-contained); it reads the same.
        if let url = listing.url {
            rows.append(("Notice", "<code>\(String(HTMLText.escape(url).flatMap { $0 == ":" ? Array("&#58;") : [$0] }))</code>"))
        }
        guard !rows.isEmpty else { return "" }
        return "<dl class=\"listing\">\n" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    /// `252604X 电池正极材料制备技术 CP1`, escaped, the Chinese name marked as such.
    static func hitTitle(_ hit: Hit) -> String {
        var title = "<code>\(HTMLText.escape(hit.entryCode ?? "[\(hit.entryIdentity)]"))</code> \(HTMLText.span(hit.entryName, lang: "zh"))"
        if let label = hit.controlPointLabel { title += " \(HTMLText.escape(label))" }
        return title
    }

    /// `assets A1, A2 and the transaction`.
    static func hitPlace(_ hit: Hit) -> String {
        var places: [String] = []
        if !hit.assetIDs.isEmpty { places.append("asset " + hit.assetIDs.map(HTMLText.escape).joined(separator: ", ")) }
        if hit.onTransaction { places.append("the dossier's own text") }
        return places.isEmpty ? "no recorded place" : places.joined(separator: " and ")
    }

    /// What a hit status means for the reviewer.
    static func statusText(_ status: HitStatus) -> String {
        switch status {
        case .hit: "counts"
        case .thresholdFailed: "not counted: a stated value fails a threshold"
        case .negated: "not counted: negated"
        case .qualifierNotMet: "not counted: qualifier not met"
        case .codeOnly: "not counted: classification code only"
        case .entryNameOnly: "not counted: entry name only, no control point matched"
        }
    }
}
