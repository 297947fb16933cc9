import DossierModel
import Foundation
import Ledger
import Packets

/// `/runs` and `/runs/<id>`: the runs the ledger holds, and one run with its inputs, its
/// counts and, for a re-classification, the report it made (the catalogue diff and every
/// changed dossier), as `reclassify.html` showed it when the run wrote it.
enum RunsPage {
    /// A table of runs, newest first.
    static func table(_ runs: [LedgerRun]) -> String {
        var out = "<table class=\"runs\"><thead><tr><th>Run 运行</th><th>Pipeline</th><th>Started 开始</th><th>Finished 结束</th>"
        out += "<th>Status 状态</th><th>Counts 计数</th></tr></thead><tbody>\n"
        for run in runs {
            out += "<tr><td><a href=\"/runs/\(run.id)\">\(run.id)</a></td><td><code>\(HTMLText.escape(run.pipelineID))</code></td>"
            out += "<td>\(WorkbenchPage.date(run.startedAt))</td><td>\(run.finishedAt.map(WorkbenchPage.date) ?? "")</td>"
            out += "<td>\(run.status.rawValue)</td><td>\(counts(run.counts))</td></tr>\n"
        }
        if runs.isEmpty { out += "<tr><td colspan=\"6\">No runs yet.</td></tr>\n" }
        return out + "</tbody></table>\n"
    }

    static func counts(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\(HTMLText.escape($0.key)) \($0.value)" }.joined(separator: " · ")
    }

    static func list(_ runs: [LedgerRun], reviewer: String?) -> String {
        let body = "<header><p class=\"kicker\">Outbound reviewer workbench</p><h1>Runs 运行记录</h1></header>\n" + table(runs)
        return WorkbenchPage.document(title: "Runs", body: body, reviewer: reviewer)
    }

    /// One run; `report` is its stored re-classification report, if it made one.
    static func render(_ run: LedgerRun, inputs: [InputFile], report: Data?, reviewer: String?) -> String {
        var out = "<header><p class=\"kicker\">Run 运行 <code>\(HTMLText.escape(run.pipelineID))</code></p><h1>Run \(run.id)</h1>"
        out += "<p class=\"facts\">\(run.status.rawValue) · started \(WorkbenchPage.date(run.startedAt))"
        if let finished = run.finishedAt { out += " · finished \(WorkbenchPage.date(finished))" }
        out += " · Outbound \(HTMLText.escape(run.outboundVersion))"
        if report != nil { out += " · <a href=\"/api/runs/\(run.id)/reclassify\">report JSON</a>" }
        out += "</p></header>\n"
        out += "<h2>Counts 计数</h2><p>\(counts(run.counts))</p>\n"
        if !inputs.isEmpty {
            out += "<h2>Inputs 输入文件</h2><table><thead><tr><th>File</th><th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead><tbody>\n"
            for input in inputs {
                out += "<tr><td><code>\(HTMLText.escape(input.path))</code></td><td class=\"num\">\(input.size)</td>"
                out += "<td><code class=\"hash\">\(HTMLText.escape(String(input.sha256.prefix(16))))…</code></td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        if let report {
            out += "<section class=\"packet-frame\" id=\"reclassify\" aria-label=\"Re-classification report\">\n"
            if let decoded = try? JSONDecoder().decode(ReclassifyReport.self, from: report),
                let body = DossierPage.body(ofPacket: ReclassifyHTML.render(decoded))
            {
                out += body
            } else {
                out += "<h2>Re-classification report</h2><pre>\(HTMLText.escape(String(decoding: report, as: UTF8.self)))</pre>\n"
            }
            out += "</section>\n"
        }
        return WorkbenchPage.document(title: "Run \(run.id)", body: out, reviewer: reviewer)
    }
}
