import DossierModel
import Foundation
import Packets

/// The frame of every workbench page: the packets' stylesheet (`PageStyle`) plus the
/// workbench's own rules (navigation, forms, tables), a navigation bar with English and
/// Chinese labels, and no script: every page works without JavaScript and prints.
enum WorkbenchPage {
    static func document(title: String, body: String, reviewer: String?) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Outbound workbench">
        <link rel="icon" href="data:,">
        <title>\(HTMLText.escape(title)) · Outbound workbench</title>
        <style>
        \(PageStyle.css)\(css)</style>
        </head>
        <body class="workbench">
        \(navigation(reviewer: reviewer))<main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static func navigation(reviewer: String?) -> String {
        var out = "<nav aria-label=\"Workbench\"><a href=\"/\">Queues 审查队列</a> <a href=\"/search\">Search 检索</a> "
        out += "<a href=\"/runs\">Runs 运行记录</a> <a href=\"/actions\">Actions 审查操作</a>"
        if let reviewer { out += " <span class=\"who\">signed in as <strong>\(HTMLText.escape(reviewer))</strong></span>" }
        out += "</nav>\n"
        return out
    }

    /// The workbench's rules beside the packets' (`body` wider than A4 on screen only).
    static let css = """
        @media screen { body.workbench { max-width: 1200px; } }
        nav { display: flex; gap: 16px; flex-wrap: wrap; align-items: baseline; padding: 6px 0 10px; border-bottom: 1px solid #bdbdbd; margin-bottom: 10px; }
        nav a { font-weight: 600; color: #1a3d7c; }
        nav .who { margin-left: auto; color: #444444; }
        a { color: #1a3d7c; }
        .badge { display: inline-block; padding: 0 6px; border-radius: 3px; color: #ffffff; background: var(--c, #27272a); font-size: 9pt; white-space: nowrap; }
        .status-open { color: #7a5200; } .status-taken { color: #1a3d7c; } .status-done { color: #1d6b3a; }
        form.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; margin: 8px 0; }
        form.filters label, form.action label { display: flex; flex-direction: column; font-size: 9pt; color: #333333; }
        form.action { margin: 6px 0; padding: 6px 8px; border: 1px solid #d4d4d4; border-radius: 4px; }
        form.action .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
        input, select, textarea, button { font: inherit; font-size: 10pt; }
        textarea { width: 100%; min-height: 2.4em; }
        button { padding: 2px 10px; }
        .pager { margin: 8px 0; }
        .muted { color: #555555; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        section.review, section.history { margin: 14px 0; }
        .packet-frame { border-top: 3px double #1a1a1a; margin-top: 18px; padding-top: 6px; }
        @media print { nav, form.action, form.filters, .pager { display: none; } }

        """

    /// An outcome as a coloured badge.
    static func badge(_ outcome: Outcome) -> String {
        "<span class=\"badge outcome-\(outcome.rawValue)\">\(outcome.rawValue)</span>"
    }

    /// A link to a dossier's page.
    static func dossierLink(_ id: String) -> String {
        "<a class=\"id\" href=\"/dossiers/\(PathText.segment(id))\">\(HTMLText.escape(id))</a>"
    }

    /// The hidden fields every form posts: the CSRF token.
    static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(HTMLText.escape(token))\">"
    }

    /// A reviewer name field when nobody signed in (a loopback workbench), pre-filled.
    static func reviewerField(_ reviewer: String?, signedIn: Bool) -> String {
        guard !signedIn else { return "" }
        return
            "<label>Reviewer 审查人 <input name=\"reviewer\" required maxlength=\"120\" value=\"\(HTMLText.escape(reviewer ?? ""))\"></label>"
    }

    static func date(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// Text in URLs: a path segment or a query, percent-encoded.
enum PathText {
    static let segmentAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? ""
    }

    static func query(_ items: [(String, String)]) -> String {
        items.map { "\(segment($0.0))=\(segment($0.1))" }.joined(separator: "&")
    }
}
