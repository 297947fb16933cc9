import DossierModel
import Foundation
import Testing

@testable import Packets

/// The batch summary: counts, skipped and quarantined dossiers, order independence, and
/// the JSON and HTML renderings with their SVG charts.
@Suite struct SummaryTests {
    static func decision(_ id: String, _ outcome: Outcome, province: String = "CN-JS") -> Decision {
        var d = PacketFixtures.plain.decision(outcome: outcome)
        d.dossierID = id
        if d.route != nil { d.route?.province = province }
        return d
    }

    static func batch() -> [(Decision, SummaryBuilder.Processing)] {
        [
            (decision("A-1", .ipSecurityReview), .processed),
            (decision("A-2", .ipSecurityReview, province: "CN-SD"), .skipped),
            (decision("A-3", .registration), .processed),
            (decision("A-4", .outOfScope), .processed),
            (PacketFixtures.quarantine(id: "Q-1", line: 9), .processed),
            (PacketFixtures.quarantine(id: nil, file: "inbox/broken.zip", line: 1), .processed),
            (PacketFixtures.quarantine(id: nil, file: "inbox/other.zip", line: 1), .processed),
        ]
    }

    /// The summary of `items`, each with its page and, when `numbered`, its line of
    /// `packets.jsonl` in the order added.
    static func summary(_ items: [(Decision, SummaryBuilder.Processing)] = batch(), numbered: Bool = true) throws -> BatchSummary {
        var builder = SummaryBuilder(run: PacketFixtures.run)
        for (index, (d, processing)) in items.enumerated() {
            var paths = PacketPaths(dossierID: d.dossierID)
            paths.line = numbered ? index + 1 : nil
            try builder.add(d, packet: paths, processing: processing)
        }
        return try builder.build()
    }

    @Test func countsByOutcomeAuthorityProvinceEntryAndFlag() throws {
        let s = try Self.summary()
        #expect(s.schema == "outbound-summary/1")
        #expect(s.totals.dossiers == 7)
        #expect(s.totals.skipped == 1)
        #expect(s.totals.processed == 6)
        #expect(s.totals.quarantined == 3)
        #expect(s.byOutcome.map(\.key) == Outcome.allCases.map(\.rawValue))
        #expect(s.byOutcome.map(\.count) == [0, 2, 0, 0, 1, 1, 3])
        #expect(s.byAuthority.map(\.key) == ["provincial-commerce", "provincial-ip-office"])
        #expect(s.byAuthority.map(\.count) == [3, 3])
        #expect(s.byProvince.map(\.key) == ["CN-JS", "CN-SD", "none"])
        #expect(s.byProvince.map(\.count) == [2, 1, 1])
        #expect(s.byEntry.count == 1)
        #expect(
            s.byEntry.first?.code == "252604X" && s.byEntry.first?.identity == "battery-cathode-materials" && s.byEntry.first?.count == 4)
        #expect(s.byFlag.map(\.key) == ["state-funded", "party-list-hit"])
        #expect(s.byFlag.map(\.count) == [4, 4])
        #expect(s.quarantines.map(\.file) == ["inbox-bad/batch.xml", "inbox/broken.zip", "inbox/other.zip"])
        #expect(s.quarantines.first?.line == 9)
        #expect(s.dossiers.first(where: { $0.dossierID == "A-2" })?.status == "skipped")
    }

    @Test func theSameDossierAddedTwiceCountsOnceWithTheLaterDecision() throws {
        var items = Self.batch()
        items.append((Self.decision("A-1", .registration), .processed))
        let s = try Self.summary(items)
        #expect(s.totals.dossiers == 7)
        #expect(s.byOutcome.first { $0.key == "registration" }?.count == 2)
    }

    @Test func orderOfAddingDoesNotChangeTheBytes() throws {
        // (Lines of packets.jsonl follow the order of adding, so they are left out here.)
        let forward = try SummaryJSON.render(try Self.summary(numbered: false))
        let backward = try SummaryJSON.render(try Self.summary(Self.batch().reversed(), numbered: false))
        #expect(forward == backward)
        #expect(
            SummaryHTML.render(try Self.summary(numbered: false))
                == SummaryHTML.render(try Self.summary(Self.batch().reversed(), numbered: false)))
    }

    @Test func summaryJSONRoundTrips() throws {
        let s = try Self.summary()
        let data = try SummaryJSON.render(s)
        #expect(try JSONDecoder().decode(BatchSummary.self, from: data) == s)
    }

    @Test(arguments: [false, true])
    func streamedJSONIsTheWholeEncodersBytes(empty: Bool) throws {
        var builder = SummaryBuilder(run: PacketFixtures.run)
        if !empty {
            for (d, processing) in Self.batch() { try builder.add(d, packet: PacketPaths(dossierID: d.dossierID), processing: processing) }
        }
        let whole = try builder.build()
        #expect(whole.dossiers.isEmpty == empty && whole.quarantines.isEmpty == empty)
        let streamed = try ChunkedOutput.collect { try SummaryJSON.write(builder, into: &$0) }
        #expect(Data(streamed) == (try CanonicalJSON.encode(whole, pretty: true)))
    }

    @Test func chartBarsAreProportionalToCounts() throws {
        let page = String(decoding: SummaryHTML.render(try Self.summary()), as: UTF8.self)
        #expect(page.components(separatedBy: "<svg").count - 1 == 4)
        let regex = try NSRegularExpression(
            pattern:
                "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\" height=\"[0-9.]+\" fill=\"#[0-9a-f]{6}\" data-count=\"([0-9]+)\">")
        let matches = regex.matches(in: page, range: NSRange(page.startIndex..., in: page))
        #expect(matches.count == 7 + 2 + 3 + 1)
        let bars = matches.map { m -> (Double, Int) in
            let ns = page as NSString
            return (Double(ns.substring(with: m.range(at: 1)))!, Int(ns.substring(with: m.range(at: 2)))!)
        }
        // Outcome chart: the largest count (3) fills the bar maximum, the rest in proportion.
        for (width, count) in bars.prefix(7) { #expect(abs(width - BarChart.barMaximum * Double(count) / 3) < 0.06) }
        #expect(bars.prefix(7).map(\.1) == [0, 2, 0, 0, 1, 1, 3])
        #expect(page.contains("<text x=\"0\" y=\"14\">prohibited</text>"))
    }

    @Test func barWidthsScaleWithTheLargestCount() throws {
        #expect(BarChart.width(count: 5, maximum: 10) == BarChart.barMaximum / 2)
        #expect(BarChart.width(count: 1, maximum: 3) == 100)
        #expect(BarChart.width(count: 0, maximum: 0) == 0)
        #expect(BarChart.width(count: 7, maximum: 7) == BarChart.barMaximum)
    }

    @Test func linksEveryPacketByRelativePathAndListsQuarantines() throws {
        let page = String(decoding: SummaryHTML.render(try Self.summary()), as: UTF8.self)
        #expect(page.contains("<a href=\"packets/A-1.html\">HTML</a> · <a href=\"packets.jsonl\">JSON line 1</a>"))
        #expect(page.contains("id=\"quarantines\""))
        #expect(page.contains("<td><code>inbox/broken.zip</code></td><td>line 1, column 7</td><td><code>xml.malformed</code></td>"))
        #expect(page.contains("Skipped as unchanged</th><td>1</td>"))
        for forbidden in ["http:", "https:", "<script", "url(", "<link"] { #expect(!page.contains(forbidden)) }
        #expect(page.contains("@page { size: A4;"))
    }

    @Test func plantedMarkupInSummaryIsEscapedAndLinksStayRelative() throws {
        let evil = "../<script>x</script>\"><img src=x onerror=alert(1)>http://evil.example/%2e"
        var d = PacketFixtures.hostile.decision()
        d.dossierID = evil
        var builder = SummaryBuilder(run: RunContext(runID: "<b>run</b>", generatedAt: "\"now\"", outboundVersion: "&"))
        try builder.add(d, packet: PacketPaths(html: PacketPaths(dossierID: evil).html, line: 1))
        try builder.add(
            PacketFixtures.quarantine(id: evil + "-q", file: "<i>f</i>", reason: "</style><script>"),
            packet: PacketPaths(html: PacketPaths(dossierID: evil + "-q").html, line: 2))
        let page = String(decoding: SummaryHTML.render(try builder.build()), as: UTF8.self)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>run"))
        #expect(!page.contains("<i>f"))
        #expect(page.components(separatedBy: "</style>").count == 2)
        // Outside escaped dossier text and percent-encoded packet paths, no URL.
        var stripped = PacketHTMLTests.strippingEscapedPayloads(page).replacingOccurrences(of: HTMLText.escape(evil), with: "")
        stripped = stripped.replacingOccurrences(of: "href=\"[^\"]*\"", with: "", options: .regularExpression)
        #expect(!stripped.contains("http"))
        let hrefs = try! NSRegularExpression(pattern: "href=\"([^\"]*)\"").matches(in: page, range: NSRange(page.startIndex..., in: page))
            .map { (page as NSString).substring(with: $0.range(at: 1)) }
        #expect(hrefs.count == 5)
        #expect(hrefs.compactMap { $0.removingPercentEncoding }.contains(PacketPaths(dossierID: evil).html))
        for link in hrefs {
            #expect(link.hasPrefix("packets/") || link == PacketPaths.jsonl, "\(link)")
            #expect(!link.contains(":") && !link.contains("<") && !link.contains("/../"))
        }
    }
}
