import DossierModel
import Foundation
import Ledger
import Packets

/// `/queues/<id>`: one queue's dossiers, filtered, sorted by due date and paged.
enum QueuePage {
    static let pageSize = 50

    static func render(
        queue: WorkbenchIndex.Queue, index: WorkbenchIndex, filter: QueueFilter, listing: ListingPage, states: [String: ReviewState],
        reviewer: String?
    ) -> String {
        var out = "<header><p class=\"kicker\">Queue 审查队列 <code>\(HTMLText.escape(queue.id))</code></p>"
        out += "<h1><span lang=\"zh\">\(HTMLText.escape(queue.name))</span> · \(HTMLText.escape(queue.nameEn))</h1>\n"
        out +=
            "<p class=\"facts\">\(listing.total) of \(queue.members.count) dossiers match; page \(listing.page) of \(listing.pageCount)</p>"
        out += "</header>\n"
        out += filters(queue: queue, index: index, filter: filter)
        let base = "/queues/\(PathText.segment(queue.id))"
        var sortQuery = filter
        sortQuery.descending.toggle()
        out += "<table id=\"dossiers\"><thead><tr><th>Dossier 案卷</th><th>Outcome 结论</th><th>Filed 申请日</th><th>Province 省份</th>"
        out += "<th><a href=\"\(base)?\(PathText.query(sortQuery.query))\">Due 期限 \(filter.descending ? "↓" : "↑")</a></th>"
        out += "<th>Flags 标记</th><th>Catalogue entries 目录条目</th><th>Matches 名单命中</th><th>Status 状态</th></tr></thead><tbody>\n"
        for dossier in listing.rows {
            let state = states[dossier.id] ?? ReviewState()
            out += "<tr><td>\(WorkbenchPage.dossierLink(dossier.id))</td><td>\(WorkbenchPage.badge(dossier.outcome))</td>"
            out += "<td>\(dossier.filed?.description ?? "")</td><td>\(HTMLText.escape(dossier.province ?? ""))</td>"
            out += "<td>\(dossier.due?.description ?? "")"
            if let clock = dossier.dueClock { out += "<br><span class=\"muted\">\(HTMLText.escape(clock))</span>" }
            out += "</td><td>\(dossier.flags.map(HTMLText.escape).joined(separator: "<br>"))</td>"
            out += "<td>\(dossier.entries.map { "<code>\(HTMLText.escape($0.identity))</code>" }.joined(separator: "<br>"))</td>"
            out += "<td class=\"num\">\(dossier.openMatches.isEmpty ? "" : String(dossier.openMatches.count))</td>"
            out += "<td class=\"status-\(state.status.rawValue)\">\(state.status.label)"
            if let by = state.by { out += "<br><span class=\"muted\">\(HTMLText.escape(by))</span>" }
            if let result = state.result { out += "<br>\(result.rawValue)" }
            out += "</td></tr>\n"
        }
        if listing.rows.isEmpty { out += "<tr><td colspan=\"9\">No dossier matches these filters.</td></tr>\n" }
        out += "</tbody></table>\n"
        out += pager(base: base, filter: filter, listing: listing)
        return WorkbenchPage.document(title: "Queue \(queue.id)", body: out, reviewer: reviewer)
    }

    static func filters(queue: WorkbenchIndex.Queue, index: WorkbenchIndex, filter: QueueFilter) -> String {
        func select(_ name: String, _ label: String, _ options: [String], _ chosen: String?) -> String {
            var out = "<label>\(label) <select name=\"\(name)\"><option value=\"\">any 全部</option>"
            for option in options {
                out += "<option\(option == chosen ? " selected" : "")>\(HTMLText.escape(option))</option>"
            }
            return out + "</select></label>"
        }
        var out = "<form class=\"filters\" method=\"get\" action=\"/queues/\(PathText.segment(queue.id))\">"
        out += select("outcome", "Outcome 结论", Outcome.allCases.map(\.rawValue), filter.outcome?.rawValue)
        out += select("flag", "Flag 标记", FlagKind.allCases.map(\.rawValue), filter.flag)
        out += select("province", "Province 省份", queue.provinces, filter.province)
        out += "<label>Catalogue entry 目录条目 <input name=\"entry\" value=\"\(HTMLText.escape(filter.entry ?? ""))\"></label>"
        out += "<label>Filed from 申请日起 <input type=\"date\" name=\"filed-from\" value=\"\(filter.filedFrom?.description ?? "")\"></label>"
        out += "<label>Filed to 申请日止 <input type=\"date\" name=\"filed-to\" value=\"\(filter.filedTo?.description ?? "")\"></label>"
        out += select("status", "Status 状态", ReviewStatus.allCases.map(\.rawValue), filter.status?.rawValue)
        out += select("sort", "Sort 排序", ["due", "-due"], filter.descending ? "-due" : "due")
        out += "<button type=\"submit\">Filter 筛选</button></form>\n"
        return out
    }

    static func pager(base: String, filter: QueueFilter, listing: ListingPage) -> String {
        guard listing.pageCount > 1 else { return "" }
        var out = "<p class=\"pager\">"
        if listing.page > 1 {
            out += "<a rel=\"prev\" href=\"\(base)?\(PathText.query(filter.query + [("page", String(listing.page - 1))]))\">← previous</a> "
        }
        out += "page \(listing.page) of \(listing.pageCount)"
        if listing.page < listing.pageCount {
            out += " <a rel=\"next\" href=\"\(base)?\(PathText.query(filter.query + [("page", String(listing.page + 1))]))\">next →</a>"
        }
        return out + "</p>\n"
    }
}
