import DossierModel
import Packets
import Testing

/// The plain-text rendering of a decision that `outbound explain` prints.
@Suite struct DecisionTextTests {
    static let location = TextLocation(assetID: "A1", field: .claim, index: "1", lang: "zh")

    static func decision() -> Decision {
        let stated = StatedValue(value: 2.5, unit: "g/cc", converted: 2.5, meets: false, location: location)
        let hit = Hit(
            catalogueID: "cn-export-tech-2025", entryIdentity: "battery-cathode-materials", entryCode: "252604X",
            entryName: "电池正极材料制备技术", entryNameEn: "Battery cathode material preparation", part: .restricted,
            controlPoint: "lfp", controlPointLabel: "CP1", controlPointName: "磷酸铁锂", status: .thresholdFailed, score: 0.8,
            evidence: [
                Evidence(
                    kind: .keyword, location: location, term: "磷酸铁锂", matched: "磷酸铁锂",
                    snippet: Snippet(before: "一种", match: "磷酸铁锂", after: "正极材料"))
            ],
            thresholds: [ThresholdCheck(quantity: "compaction-density", limit: ">= 2.58 g/cm3 (at 220 MPa)", stated: [stated])])
        let route = Route(
            province: "CN-JS", routingTable: "cn-js", tracks: [.registration],
            authorities: [
                Authority(
                    id: "commerce", name: "江苏省商务厅", nameEn: "Jiangsu Department of Commerce", role: "registers the contract",
                    track: .registration)
            ],
            clocks: [
                Clock(
                    id: "x", title: "Licence after the contract", days: 15, unit: "working-days", startsOn: "contract submitted",
                    start: nil, due: nil, calendar: nil)
            ])
        return Decision(
            dossierID: "JS-1", filed: CalendarDate(year: 2026, month: 3, day: 2), outcome: .registration,
            outbound: OutboundTest(
                isOutbound: true, holderID: "P1", holderCountry: "CN", foreignReceiverIDs: ["P2"],
                reason: "a Chinese right holder passes the right to transferee P2"),
            catalogueID: "cn-export-tech-2025", hits: [hit], screening: [],
            flags: [Flag(.stateFunded, detail: "asset A1 came out of a programme paid from public funds", assetID: "A1")],
            route: route, notes: ["a note"],
            audit: Audit(
                references: [
                    ReferenceUse(kind: "catalogue", id: "cn-export-tech-2025", path: "pipelines/catalogues/2025.yml", sha256: "ab12")
                ], rules: ["outbound.cn-to-foreign", "outcome.registration"], version: "0.3.0"))
    }

    @Test func showsOutcomeEvidenceThresholdsFlagsRouteAndAudit() {
        let text = DecisionText.render(Self.decision())
        for expected in [
            "Outcome: REGISTRATION", "Outbound: yes", "[threshold-failed] 252604X 电池正极材料制备技术 CP1",
            "…一种[磷酸铁锂]正极材料…", "stated 2.5 g/cc in asset A1 claim 1 -> FAILS the limit",
            "state-funded: asset A1", "江苏省商务厅 (Jiangsu Department of Commerce): registers the contract",
            "no due date yet", "rules: outbound.cn-to-foreign, outcome.registration",
            "catalogue cn-export-tech-2025: pipelines/catalogues/2025.yml sha256 ab12", "  - a note",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test func quarantinedDecisionSaysWhy() {
        let quarantine = Quarantine(
            dossierId: "BAD-1", location: SourceLocation(file: "in.xml", line: 4, column: 2), reason: "the dossier is not well-formed XML",
            diagnosticId: "xml.malformed", diagnostics: [])
        let text = DecisionText.render(.quarantined(quarantine, version: "0.3.0"))
        #expect(text.contains("Outcome: QUARANTINED"))
        #expect(text.contains("in.xml:4:2: the dossier is not well-formed XML [xml.malformed]"))
    }
}
