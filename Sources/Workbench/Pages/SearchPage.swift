import DossierModel
import Foundation
import Packets

/// `/search?q=`: dossiers by id, party name (folded as screening folds it), asset number or
/// catalogue entry, across every dossier with a current decision.
enum SearchPage {
    static let limit = 200

    static func render(query: String, hits: [(IndexedDossier, String)], total: Int, states: [String: ReviewState], reviewer: String?)
        -> String
    {
        var out = "<header><p class=\"kicker\">Outbound reviewer workbench</p><h1>Search 检索</h1></header>\n"
        out +=
            "<form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\"><label>Dossier id, party, asset number or catalogue entry "
        out +=
            "案卷号、当事人、资产号或目录条目 <input type=\"search\" name=\"q\" size=\"48\" maxlength=\"200\" value=\"\(HTMLText.escape(query))\"></label>"
        out += "<button type=\"submit\">Search 检索</button></form>\n"
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return WorkbenchPage.document(title: "Search", body: out, reviewer: reviewer)
        }
        out += "<p class=\"facts\" id=\"found\">\(total) dossier(s) found"
        if hits.count < total { out += "; the first \(hits.count) shown" }
        out += "</p>\n<table id=\"hits\"><thead><tr><th>Dossier 案卷</th><th>Outcome 结论</th><th>Filed 申请日</th><th>Queues 队列</th>"
        out += "<th>Status 状态</th><th>Found by 命中依据</th></tr></thead><tbody>\n"
        for (dossier, reason) in hits {
            let state = states[dossier.id] ?? ReviewState()
            out += "<tr><td>\(WorkbenchPage.dossierLink(dossier.id))</td><td>\(WorkbenchPage.badge(dossier.outcome))</td>"
            out += "<td>\(dossier.filed?.description ?? "")</td>"
            out += "<td>\(dossier.queues.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: " "))</td>"
            out += "<td class=\"status-\(state.status.rawValue)\">\(state.status.label)</td><td>\(HTMLText.escape(reason))</td></tr>\n"
        }
        out += "</tbody></table>\n"
        return WorkbenchPage.document(title: "Search \(query)", body: out, reviewer: reviewer)
    }
}
