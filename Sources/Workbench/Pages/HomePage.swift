import DossierModel
import Foundation
import Ledger
import Packets

/// `/`: the queues per authority with their counts by outcome and review status, and the
/// last runs.
enum HomePage {
    static func render(index: WorkbenchIndex, states: [String: ReviewState], runs: [LedgerRun], reviewer: String?) -> String {
        var out = "<header><p class=\"kicker\">Outbound reviewer workbench</p><h1>Queues 审查队列</h1>\n"
        out += "<p class=\"facts\">\(index.dossiers.count) dossiers with a current decision, \(index.queues.count) queues"
        if let run = index.mark.run { out += ", as of run \(run)" }
        out += "</p></header>\n"
        let outcomes = Outcome.allCases.filter { $0 != .quarantined }
        out += "<table id=\"queues\"><thead><tr><th>Queue 队列</th><th class=\"num\">Dossiers</th>"
        for outcome in outcomes { out += "<th class=\"num\">\(WorkbenchPage.badge(outcome))</th>" }
        for status in ReviewStatus.allCases { out += "<th class=\"num status-\(status.rawValue)\">\(status.label)</th>" }
        out += "</tr></thead><tbody>\n"
        let reviewed = index.reviewCounts(states: states)
        for queue in index.queues {
            let counts = index.counts(of: queue, reviewed: reviewed)
            out += "<tr><td><a href=\"/queues/\(PathText.segment(queue.id))\">"
            out += "<span lang=\"zh\">\(HTMLText.escape(queue.name))</span><br>\(HTMLText.escape(queue.nameEn))</a>"
            out += "<br><code>\(HTMLText.escape(queue.id))</code></td><td class=\"num\">\(queue.members.count)</td>"
            for outcome in outcomes {
                let count = counts.outcomes[outcome] ?? 0
                out += "<td class=\"num\">"
                out += count == 0 ? "" : "<a href=\"/queues/\(PathText.segment(queue.id))?outcome=\(outcome.rawValue)\">\(count)</a>"
                out += "</td>"
            }
            for status in ReviewStatus.allCases {
                let count = counts.statuses[status] ?? 0
                out += "<td class=\"num\">"
                out += count == 0 ? "" : "<a href=\"/queues/\(PathText.segment(queue.id))?status=\(status.rawValue)\">\(count)</a>"
                out += "</td>"
            }
            out += "</tr>\n"
        }
        if index.queues.isEmpty { out += "<tr><td colspan=\"12\">No routed dossiers yet: run the nightly first.</td></tr>\n" }
        out += "</tbody></table>\n"
        out += "<h2>Last runs 最近运行</h2>\n" + RunsPage.table(runs)
        return WorkbenchPage.document(title: "Queues", body: out, reviewer: reviewer)
    }
}
