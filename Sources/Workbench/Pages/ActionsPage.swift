import Foundation
import Ledger
import Packets

/// `/actions` and `/actions.csv`: every reviewer action, newest first, and the same as CSV
/// for the office's records.
enum ActionsPage {
    static func table(_ actions: [ReviewAction], withDossier: Bool, id: String) -> String {
        var out = "<table id=\"\(id)\"><thead><tr><th>#</th><th>When 时间</th>"
        if withDossier { out += "<th>Dossier 案卷</th>" }
        out += "<th>Reviewer 审查人</th><th>Action 操作</th><th>Result / clearance</th><th>Why 理由</th></tr></thead><tbody>\n"
        for action in actions.reversed() {
            out += "<tr id=\"action-\(action.id)\"><td class=\"num\">\(action.id)</td><td>\(WorkbenchPage.date(action.recordedAt))</td>"
            if withDossier { out += "<td>\(WorkbenchPage.dossierLink(action.dossierID))</td>" }
            out += "<td>\(HTMLText.escape(action.reviewer))</td><td>\(label(action.kind))</td><td>"
            if let result = action.result { out += "<strong>\(result.rawValue)</strong>" }
            if let clearance = action.clearance {
                out +=
                    "cleared <strong>\(HTMLText.escape(clearance.party))</strong> against <code>\(HTMLText.escape(clearance.listID))</code> "
                out += "<code>\(HTMLText.escape(clearance.entryID))</code>"
            }
            out += "</td><td>\(HTMLText.escape(action.note))</td></tr>\n"
        }
        if actions.isEmpty { out += "<tr><td colspan=\"\(withDossier ? 7 : 6)\">No actions yet.</td></tr>\n" }
        return out + "</tbody></table>\n"
    }

    static func label(_ kind: ReviewAction.Kind) -> String {
        switch kind {
        case .take: "take 领取"
        case .done: "done 完成"
        case .note: "note 备注"
        case .clear: "clear 排除命中"
        }
    }

    static func render(_ actions: [ReviewAction], total: Int, reviewer: String?) -> String {
        var out = "<header><p class=\"kicker\">Outbound reviewer workbench</p><h1>Actions 审查操作</h1>"
        out += "<p class=\"facts\">\(total) action(s), append-only in the ledger"
        if actions.count < total { out += "; the newest \(actions.count) shown" }
        out += " · <a href=\"/actions.csv\">CSV</a> · <a href=\"/api/actions\">JSON</a></p></header>\n"
        out += table(actions, withDossier: true, id: "actions")
        return WorkbenchPage.document(title: "Actions", body: out, reviewer: reviewer)
    }

    /// The actions as CSV (RFC 4180, CRLF line ends, a header row), oldest first.
    static func csv(_ actions: [ReviewAction]) -> String {
        var out = "id,recorded_at,dossier_id,reviewer,kind,result,party,list_id,entry_id,decision_run,note\r\n"
        for action in actions {
            let fields = [
                String(action.id), WorkbenchPage.date(action.recordedAt), action.dossierID, action.reviewer, action.kind.rawValue,
                action.result?.rawValue ?? "", action.clearance?.party ?? "", action.clearance?.listID ?? "",
                action.clearance?.entryID ?? "", action.decisionRun.map { String($0.rawValue) } ?? "", action.note,
            ]
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One CSV field, quoted when it must be; a field a spreadsheet would run as a formula
    /// (`=`, `+`, `-`, `@` first) is prefixed with `'`.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { "\",\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
