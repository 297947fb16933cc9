import DossierModel
import Foundation
import Ledger
import Packets

/// `/dossiers/<id>`: the reviewer's work on one dossier (status, actions, a form per open
/// screening match to clear it), its decision history (every version and decision, the
/// re-classifications with the catalogue that caused them), then the packet rendered on
/// demand from the ledger, as the run wrote it.
enum DossierPage {
    struct Content {
        var id: String
        var row: IndexedDossier?
        var state: ReviewState
        var actions: [ReviewAction]
        var history: DossierHistory
        /// The packet page's body (its masthead to its embedded data), nil when none renders.
        var packetBody: String?
        var csrf: String
        var reviewer: String?
        var signedIn: Bool
    }

    static func render(_ c: Content) -> String {
        var out = "<header><p class=\"kicker\">Dossier 案卷</p><h1 class=\"id\">\(HTMLText.escape(c.id))</h1>"
        out += "<p class=\"facts\">"
        if let row = c.row {
            out += "\(WorkbenchPage.badge(row.outcome)) · queues "
            out += row.queues.map { "<a href=\"/queues/\(PathText.segment($0))\"><code>\(HTMLText.escape($0))</code></a>" }
                .joined(separator: ", ")
            if let due = row.due { out += " · due <strong>\(due)</strong>" }
        }
        let encoded = PathText.segment(c.id)
        out += " · <a href=\"/dossiers/\(encoded)/packet.html\">packet page</a> · <a href=\"/api/dossiers/\(encoded)\">JSON</a></p>"
        out += "</header>\n"
        out += review(c)
        out += history(c)
        if let body = c.packetBody {
            out += "<section class=\"packet-frame\" id=\"packet\" aria-label=\"Packet\">\n\(body)</section>\n"
        }
        return WorkbenchPage.document(title: "Dossier \(c.id)", body: out, reviewer: c.signedIn ? c.reviewer : nil)
    }

    static func review(_ c: Content) -> String {
        let action = "/dossiers/\(PathText.segment(c.id))/actions"
        var out = "<section class=\"review\" id=\"review\" aria-label=\"Review\"><h2>Review 审查</h2>\n"
        out += "<p>Status: <strong class=\"status-\(c.state.status.rawValue)\" id=\"status\">\(c.state.status.label)</strong>"
        if let by = c.state.by { out += " by \(HTMLText.escape(by))" }
        if let result = c.state.result { out += ", result <strong>\(result.rawValue)</strong>" }
        out += "</p>\n"
        let who = WorkbenchPage.reviewerField(c.reviewer, signedIn: c.signedIn)
        let csrf = WorkbenchPage.csrfField(c.csrf)
        out += "<form class=\"action\" method=\"post\" action=\"\(action)\" id=\"take\">\(csrf)"
        out += "<input type=\"hidden\" name=\"kind\" value=\"take\"><div class=\"row\">\(who)"
        out += "<label>Note 备注 <input name=\"note\" maxlength=\"2000\"></label><button type=\"submit\">Take 领取</button></div></form>\n"
        out += "<form class=\"action\" method=\"post\" action=\"\(action)\" id=\"done\">\(csrf)"
        out += "<input type=\"hidden\" name=\"kind\" value=\"done\"><div class=\"row\">\(who)<label>Result 结果 <select name=\"result\">"
        for result in ReviewAction.Result.allCases { out += "<option>\(result.rawValue)</option>" }
        out += "</select></label></div><label>Why 理由 <textarea name=\"note\" required maxlength=\"4000\"></textarea></label>"
        out += "<button type=\"submit\">Mark done 完成</button></form>\n"
        out += "<form class=\"action\" method=\"post\" action=\"\(action)\" id=\"note\">\(csrf)"
        out += "<input type=\"hidden\" name=\"kind\" value=\"note\"><div class=\"row\">\(who)</div>"
        out += "<label>Note 备注 <textarea name=\"note\" required maxlength=\"4000\"></textarea></label>"
        out += "<button type=\"submit\">Add note 添加备注</button></form>\n"
        let matches = c.row?.openMatches ?? []
        if !matches.isEmpty {
            out += "<h3>Screening matches to check 待核查名单命中</h3>\n"
            for (number, match) in matches.enumerated() {
                if let cleared = c.actions.last(where: {
                    $0.clearance == ReviewAction.Clearance(party: match.party, listID: match.listID, entryID: match.entryID)
                }) {
                    out +=
                        "<p class=\"cleared\" id=\"clear-\(number + 1)\">Party \(HTMLText.escape(match.partyID)) <strong>\(HTMLText.escape(match.party))</strong> "
                    out += "against <code>\(HTMLText.escape(match.listID))</code> entry <code>\(HTMLText.escape(match.entryID))</code>: "
                    out +=
                        "<strong>cleared 已排除</strong> by \(HTMLText.escape(cleared.reviewer)) (<a href=\"#action-\(cleared.id)\">action \(cleared.id)</a>); "
                    out += "the next run or re-classification applies it.</p>\n"
                    continue
                }
                out +=
                    "<form class=\"action clear\" method=\"post\" action=\"/dossiers/\(PathText.segment(c.id))/clear\" id=\"clear-\(number + 1)\">"
                out += csrf
                out += "<p>Party \(HTMLText.escape(match.partyID)) <strong>\(HTMLText.escape(match.party))</strong> matches "
                out += "<code>\(HTMLText.escape(match.listID))</code> entry <code>\(HTMLText.escape(match.entryID))</code> "
                out += "<strong>\(HTMLText.escape(match.entryName))</strong> (score \(String(format: "%.2f", match.score)))</p>"
                out += "<input type=\"hidden\" name=\"party\" value=\"\(HTMLText.escape(match.party))\">"
                out += "<input type=\"hidden\" name=\"list\" value=\"\(HTMLText.escape(match.listID))\">"
                out += "<input type=\"hidden\" name=\"entry\" value=\"\(HTMLText.escape(match.entryID))\">"
                out += "<div class=\"row\">\(who)</div><label>Why it is a false positive 排除理由 "
                out += "<textarea name=\"note\" required maxlength=\"4000\"></textarea></label>"
                out += "<button type=\"submit\">Clear match 排除命中</button>"
                out += " <span class=\"muted\">becomes an allow-list entry that the next run and re-classification apply</span></form>\n"
            }
        }
        out += "<h3>Actions 审查操作</h3>\n"
        out += ActionsPage.table(c.actions, withDossier: false, id: "actions")
        out += "</section>\n"
        return out
    }

    static func history(_ c: Content) -> String {
        var out = "<section class=\"history\" id=\"history\" aria-label=\"Decision history\"><h2>Decision history 决定记录</h2>\n"
        out += "<table><thead><tr><th>Decided 决定时间</th><th>Run</th><th>Version 版本</th><th>Outcome 结论</th>"
        out += "<th>Catalogue 目录</th><th>Change 变更</th></tr></thead><tbody>\n"
        for decision in c.history.decisions.reversed() {
            out += "<tr><td>\(WorkbenchPage.date(decision.decidedAt))\(decision.isCurrent ? " <strong>current</strong>" : "")</td>"
            out += "<td><a href=\"/runs/\(decision.runID)\">\(decision.runID)</a></td>"
            out += "<td><code class=\"hash\">\(HTMLText.escape(String(decision.key.contentHash.prefix(12))))</code></td>"
            out += "<td>\(WorkbenchPage.badge(decision.outcome))</td><td>\(HTMLText.escape(decision.catalogueID ?? ""))</td><td>"
            if let change = decision.change {
                out += "re-classified: \(HTMLText.escape(change.oldOutcome)) → \(HTMLText.escape(change.newOutcome))"
                out += ", catalogue \(HTMLText.escape(change.oldCatalogue ?? "none")) → \(HTMLText.escape(change.newCatalogue ?? "none"))"
                if !change.reasons.isEmpty { out += " (\(change.reasons.map(HTMLText.escape).joined(separator: ", ")))" }
                out += " · <a href=\"/runs/\(decision.runID)\">report</a>"
            }
            out += "</td></tr>\n"
        }
        for quarantine in c.history.quarantines.reversed() {
            out +=
                "<tr><td>\(WorkbenchPage.date(quarantine.recordedAt))</td><td><a href=\"/runs/\(quarantine.runID)\">\(quarantine.runID)</a></td>"
            out += "<td></td><td>\(WorkbenchPage.badge(.quarantined))</td><td></td>"
            out += "<td>\(HTMLText.escape(quarantine.quarantine.reason))</td></tr>\n"
        }
        out += "</tbody></table>\n"
        out += "<p class=\"muted\">\(c.history.versions.count) version(s): "
        out += c.history.versions.map { version in
            "<code class=\"hash\">\(HTMLText.escape(String(version.key.contentHash.prefix(12))))</code> first seen in run \(version.firstSeenRun), last in \(version.lastSeenRun)"
        }.joined(separator: "; ")
        out += "</p></section>\n"
        return out
    }

    /// The body of a packet page: what is between `<body>` and `</body>`.
    static func body(ofPacket page: Data) -> String? {
        let text = String(decoding: page, as: UTF8.self)
        guard let start = text.range(of: "<body>\n"), let end = text.range(of: "</body>", options: .backwards) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
