import DossierModel
import Foundation
import Testing

@testable import Packets

/// `packet.html`: order of the key elements, escaping of planted markup in every field,
/// self-containment, A4 print styles, highlighting and determinism.
@Suite struct PacketHTMLTests {
    static func html(_ fixtures: PacketFixtures = .plain, outcome: Outcome = .ipSecurityReview) -> String {
        String(
            decoding: PacketHTML.render(fixtures.decision(outcome: outcome), dossier: fixtures.dossier(), run: PacketFixtures.run),
            as: UTF8.self)
    }

    /// The page without its embedded packet data (the one `<script type="application/json">`
    /// element), for the checks of what the page shows.
    static func shown(_ page: String) -> String {
        guard let start = page.range(of: "<script type=\"application/json\" id=\"packet-data\">"),
            let end = page.range(of: "</script>\n", range: start.upperBound..<page.endIndex)
        else { return page }
        return String(page[..<start.lowerBound] + page[end.upperBound...])
    }

    @Test func thePageEmbedsItsPacketJSONAsInertData() throws {
        for fixtures in [PacketFixtures.plain, .hostile] {
            let decision = fixtures.decision(outcome: .ipSecurityReview)
            let page = PacketHTML.render(decision, dossier: fixtures.dossier(), run: PacketFixtures.run)
            let text = String(decoding: page, as: UTF8.self)
            // One script element, JSON data (never run), just before </body>.
            #expect(text.components(separatedBy: "<script").count == 2)
            #expect(text.contains("</script>\n</body>"))
            let embedded = try #require(PacketJSON.extract(fromPage: [UInt8](page)))
            #expect(embedded == (try PacketJSON.line(decision, dossier: fixtures.dossier(), run: PacketFixtures.run)))
            // Inside the element no `<` at all: no dossier text can close it.
            let start = try #require(text.range(of: "id=\"packet-data\">"))
            let end = try #require(text.range(of: "</script>", range: start.upperBound..<text.endIndex))
            #expect(!text[start.upperBound..<end.lowerBound].contains("<"))
            _ = try JSONSerialization.jsonObject(with: Data(embedded))
        }
    }

    @Test func keyElementsComeInTheOrderAReviewerNeedsThem() throws {
        let page = Self.html()
        let markers = [
            "id=\"outcome\"", "IP-SECURITY-REVIEW", "id=\"why\"", "id=\"flags\"", "id=\"clocks\"", "id=\"authorities\"",
            "id=\"parties\"", "id=\"assets\"", "id=\"hits\"", "id=\"screening\"", "id=\"notes\"", "id=\"audit\"", "<footer>",
        ]
        var last = page.startIndex
        for marker in markers {
            let range = try #require(page.range(of: marker, range: last..<page.endIndex), "missing or out of order: \(marker)")
            last = range.upperBound
        }
    }

    @Test func showsEverythingTheDecisionHolds() {
        let page = Self.html()
        for expected in [
            "outcome outcome-ip-security-review", Outcome.ipSecurityReview.consequence, "Outbound transfer: yes.",
            "state-funded", "party-list-hit", "<span class=\"due\">2026-03-09</span>", "no due date yet",
            "江苏省知识产权局", "Jiangsu Department of Commerce", "whole dossier",
            "<mark>磷酸铁锂</mark>", "fails the limit: evidence against", "meets the limit", "not stated: the reviewer must verify it",
            "verdict-fails", "verdict-passes", "verdict-unverified", "inside a negation: not counted",
            "token overlap 0.91", "<td>0.91</td>", "pipelines/catalogues/2025.yml", "outcome.ip-security-review", "run-7",
            "2026-11-21T02:00:00Z",
            "(check failed)", "right holder", "receiving outside CN", "fiscal funding",
        ] {
            #expect(page.contains(expected), "missing: \(expected)")
        }
    }

    @Test func chineseAndEnglishTextCarryLangAndTheFontStackCoversCJK() {
        let page = Self.html()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<span lang=\"zh\">示例理工大学</span>"))
        #expect(page.contains("<span lang=\"en\">Jiangsu IP Office</span>"))
        #expect(page.contains("<span class=\"snippet\" lang=\"zh\">…一种<mark>磷酸铁锂</mark>正极材料…</span>"))
        for font in ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"] { #expect(page.contains(font)) }
        #expect(page.contains("<meta charset=\"utf-8\">"))
    }

    @Test func printsOnA4WithoutCuttingAHit() {
        let page = Self.html()
        #expect(page.contains("@page { size: A4; margin:"))
        #expect(page.contains("@media print"))
        #expect(page.contains(".hit { ") && page.contains("break-inside: avoid; page-break-inside: avoid;"))
        let hitBlocks = page.components(separatedBy: "<article class=\"hit").count - 1
        #expect(hitBlocks == 3)
    }

    @Test func aMatchShowsItsListLawAndNotice() {
        let page = Self.html()
        #expect(page.contains("<dl class=\"listing\">"))
        #expect(page.contains("<dt>List</dt>") && page.contains("出口管制管控名单 (export control list)"))
        #expect(page.contains("<dt>Law</dt>") && page.contains("出口管制法"))
        #expect(page.contains("<dt>Announcement</dt>") && page.contains("notice 2026 No. 1"))
        #expect(page.contains("<code>https&#58;//example.invalid/notice</code>"))
    }

    @Test func isSelfContained() {
        let page = Self.shown(Self.html())
        for forbidden in ["http:", "https:", "<script", "<link", "@import", "url(", "<img", "src="] {
            #expect(!page.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func plantedMarkupInEveryFieldIsEscaped() {
        let page = Self.shown(Self.html(.hostile))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<a href"))
        #expect(!page.contains("onerror=alert(1)>"))
        #expect(page.components(separatedBy: "</style>").count == 2, "only the page's own </style>")
        // Every URL in the page sits inside escaped dossier text.
        let stripped = Self.strippingEscapedPayloads(page)
        #expect(stripped.count < page.count)
        #expect(!stripped.contains("http"))
        #expect(!stripped.contains("evil.example"))
        // The fields a reviewer sees made it to the page, escaped.
        for field in Self.plantedFields {
            #expect(page.contains(HTMLText.escape(PacketFixtures.payload(field))), "field not shown escaped: \(field)")
        }
    }

    /// The page without any escaped payload (whatever field it came from).
    static func strippingEscapedPayloads(_ page: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "&lt;script&gt;alert\\(&#39;[A-Za-z0-9.]+&#39;\\)&lt;/script&gt;.*?&lt;/a&gt;")
        return pattern.stringByReplacingMatches(in: page, range: NSRange(page.startIndex..., in: page), withTemplate: "")
    }

    /// Fields the packet shows in full.
    static let plantedFields = [
        "dossier.id", "office.province", "transaction.type", "value.raw", "summary.text", "party1.id", "party1.kind", "party1.name",
        "party1.country", "party1.scheme", "party1.uscc", "party1.address", "party2.role", "party2.name", "party2.controller",
        "asset.type", "asset.title", "asset.number", "asset.ipcCode", "asset.programme", "asset.secrecy", "dossier.href", "source.file",
        "stated.unit", "stated.before", "stated.match", "hit.code", "hit.name", "hit.nameEn", "hit.identity", "hit.point", "hit.label",
        "hit.pointName", "evidence.term", "evidence.before", "evidence.match", "evidence.after", "threshold.quantity", "threshold.limit",
        "hit.note", "match.list", "match.entry", "match.entryName", "match.matched", "match.query", "feature.explanation", "clock.title",
        "clock.startsOn", "clock.calendar", "route.province", "route.table", "authority.name", "authority.nameEn", "authority.role",
        "route.note", "outbound.reason", "flag.detail", "decision.note", "reference.path", "decision.hash",
    ]

    @Test func plantedLanguageTagsNeverBecomeAttributes() {
        let page = Self.html(.hostile)
        #expect(!page.contains("lang=\"<"))
        #expect(!page.contains("lang=\"&lt;"))
    }

    @Test func rendersTheSameBytesTwice() {
        let fixtures = PacketFixtures.hostile
        let a = PacketHTML.render(fixtures.decision(), dossier: fixtures.dossier(), run: PacketFixtures.run)
        let b = PacketHTML.render(fixtures.decision(), dossier: fixtures.dossier(), run: PacketFixtures.run)
        #expect(a == b)
    }

    @Test func outOfScopeGetsAShortPacketThatStillListsHits() {
        let page = Self.html(outcome: .outOfScope)
        #expect(page.contains("OUT-OF-SCOPE"))
        #expect(page.contains("listed below for information"))
        #expect(page.contains("id=\"hits\""))
        #expect(!page.contains("id=\"clocks\""))
        #expect(!page.contains("id=\"authorities\""))
    }

    @Test func quarantinedGetsTheReasonFileAndPosition() {
        let page = String(
            decoding: PacketHTML.render(PacketFixtures.quarantine(reason: "bad <titel> & \"x\""), dossier: nil, run: PacketFixtures.run),
            as: UTF8.self)
        #expect(page.contains("QUARANTINED"))
        #expect(page.contains("bad &lt;titel&gt; &amp; &quot;x&quot;"))
        #expect(page.contains("inbox-bad/batch.xml"))
        #expect(page.contains("line 40, column 7"))
        #expect(page.contains("<code>xml.malformed</code>"))
        #expect(!page.contains("id=\"hits\""))
    }

    /// WCAG 2 contrast of white text on each outcome colour (and of the colour on white in
    /// print): at least 4.5, AA for normal text.
    @Test(arguments: Outcome.allCases) func outcomeColourHasAccessibleContrast(_ outcome: Outcome) throws {
        let hex = PageStyle.colour(outcome)
        let value = try #require(UInt32(hex.dropFirst(), radix: 16))
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        let ratio = 1.05 / (luminance + 0.05)
        #expect(ratio >= 4.5, "\(outcome) \(hex) contrast \(ratio)")
        #expect(Self.html(outcome: outcome).contains("outcome-\(outcome.rawValue) { --c: \(hex); }"))
    }
}
