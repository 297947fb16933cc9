import Catalogue
import DossierModel
import Foundation
import Routing
import Testing

/// The router on the shipped routing tables, calendars and clock settings under `pipelines/`:
/// authorities per outcome, track and province, one route for several asset types, and due
/// dates counted on the calendars.
@Suite struct RouterTests {
    /// `pipelines/` of this repository (three levels up from this file).
    static let pipelines = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("pipelines").path
    static let router = Result { try Router.load(pipelines: pipelines) }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func dossier(
        province: String?, filed: String? = "2026-02-12", assets: [(String, AssetType)],
        type: TransactionType = .assignment
    ) -> Dossier {
        Dossier(
            id: "T-1", filed: filed.map(date), office: province.map { Office(province: $0, channel: nil) },
            transaction: Transaction(type: type), assets: assets.map { Asset(id: $0.0, type: $0.1) },
            source: SourceLocation(file: "t.xml"))
    }

    static func route(_ dossier: Dossier, _ outcome: Outcome, _ tracks: [ReviewTrack] = []) throws -> Route {
        try router.get().route(dossier, outcome: outcome, tracks: tracks)
    }

    @Test(arguments: [
        ("CN-JS", "江苏省工业和信息化厅", "cn-js"), ("CN-SD", "山东省版权局", "cn-sd"), ("cn-zj", "浙江省科学技术厅", "cn-zj"),
        ("CN-YN", "云南省版权局", "cn-yn"), ("CN-GD", "省级版权局", "default"),
    ])
    func softwareCopyrightAuthorityPerProvince(province: String, authority: String, table: String) throws {
        let route = try Self.route(Self.dossier(province: province, assets: [("S1", .softwareCopyright)]), .ipSecurityReview)
        #expect(route.routingTable == table)
        #expect(route.province == province.uppercased())
        let reviewer = try #require(route.authorities.first { $0.assetIDs == ["S1"] })
        #expect(reviewer.name == authority)
        #expect(reviewer.track == .a)
        #expect(reviewer.role.contains("Track A IP review of software-copyright S1"))
        #expect(route.notes.contains { $0.contains("No routing table for province CN-GD") } == (table == "default"))
    }

    @Test func noProvinceUsesTheDefaultWithANote() throws {
        let route = try Self.route(Self.dossier(province: nil, assets: [("S1", .softwareCopyright)]), .ipSecurityReview)
        #expect(route.routingTable == "default" && route.province == nil)
        #expect(route.authorities.first?.name == "省级版权局")
        #expect(route.notes.contains { $0.contains("names no province") })
    }

    /// Invention patents, a software copyright and a plant variety: one route, every authority
    /// once, with its assets, and the plant-variety clock beside the licence clocks.
    @Test func multiAssetDossierGetsOneRoute() throws {
        let dossier = Self.dossier(
            province: "CN-JS",
            assets: [
                ("P1", .inventionPatent), ("S1", .softwareCopyright), ("V1", .plantVariety), ("P2", .inventionPatent), ("T1", .tradeSecret),
            ])
        let route = try Self.route(dossier, .ipSecurityReview)
        #expect(route.tracks == [.a])
        #expect(
            route.authorities.map(\.id) == [
                "provincial-ip-office", "provincial-industry-it", "national-agriculture-or-forestry",
                "provincial-commerce", "provincial-science-technology",
            ])
        #expect(route.authorities.map(\.name) == ["江苏省知识产权局", "江苏省工业和信息化厅", "农业农村部 / 国家林业和草原局", "江苏省商务厅", "江苏省科学技术厅"])
        #expect(route.authorities.map(\.assetIDs) == [["P1", "P2"], ["S1"], ["V1"], [], []])
        #expect(route.authorities.allSatisfy { $0.track == .a })
        #expect(route.notes.contains { $0.contains("species") })

        let clocks = Dictionary(uniqueKeysWithValues: route.clocks.map { ($0.id, $0) })
        #expect(
            route.clocks.map(\.id) == [
                "restricted-export-decision", "commerce-forward", "expert-technical-review", "licence-decision",
                "plant-variety-transfer-approval",
            ])
        // Filed Thursday 12 February 2026, counted across the Spring Festival (15-23 February
        // off, Saturdays 14 and 28 February worked).
        #expect(clocks["restricted-export-decision"]?.due == Self.date("2026-04-01"))
        #expect(clocks["commerce-forward"]?.due == Self.date("2026-02-26"))
        #expect(clocks["expert-technical-review"]?.start == Self.date("2026-02-26"))
        #expect(clocks["expert-technical-review"]?.due == Self.date("2026-03-18"))
        #expect(clocks["plant-variety-transfer-approval"]?.due == Self.date("2026-03-18"))
        #expect(clocks["licence-decision"]?.start == nil && clocks["licence-decision"]?.due == nil)
        #expect(clocks["licence-decision"]?.startsOn == "contract submitted")
        #expect(clocks["restricted-export-decision"]?.calendar == "cn-holidays-2026")
        #expect(clocks["restricted-export-decision"]?.unit == "working-days")
        #expect(route.notes.contains { $0.contains("licence-decision") && $0.contains("contract is submitted") })

        let references = try Self.router.get().references(for: route)
        #expect(references.map(\.id) == ["default", "cn-js", "cn-holidays-2026", "cn-clocks"])
        #expect(references.allSatisfy { $0.sha256.count == 64 })
    }

    /// In Zhejiang the science and technology department reviews software and does the
    /// technical review: listed once, with both roles.
    @Test func anAuthorityWithTwoRolesIsListedOnce() throws {
        let route = try Self.route(
            Self.dossier(province: "CN-ZJ", assets: [("S1", .softwareCopyright), ("P1", .utilityModel)]), .ipSecurityReview)
        #expect(route.authorities.map(\.id) == ["provincial-science-technology", "provincial-ip-office", "provincial-commerce"])
        let st = route.authorities[0]
        #expect(st.assetIDs == ["S1"])
        #expect(st.role.contains("software-copyright S1") && st.role.contains("technical review"))
    }

    @Test func trackBAuthorities() throws {
        let acquisition = try Self.route(
            Self.dossier(province: "CN-JS", assets: [("P1", .inventionPatent)], type: .acquisition), .acquisitionReview)
        #expect(acquisition.tracks == [.b])
        #expect(acquisition.authorities.map(\.id) == ["foreign-investment-security-review", "cnipa"])
        #expect(acquisition.authorities.map(\.name) == ["外商投资安全审查工作机制办公室（设在国家发展改革委）", "国家知识产权局"])
        #expect(acquisition.authorities.allSatisfy { $0.track == .b })
        #expect(acquisition.clocks.isEmpty)

        // A controller change towards a foreign acquirer with a restricted hit: Track A, then B.
        let both = try Self.route(
            Self.dossier(province: "CN-SD", assets: [("P1", .inventionPatent)], type: .controllerChange), .ipSecurityReview, [.a, .b])
        #expect(both.tracks == [.a, .b])
        #expect(
            both.authorities.map(\.id) == [
                "provincial-ip-office", "provincial-commerce", "provincial-science-technology", "foreign-investment-security-review",
                "cnipa",
            ])
        #expect(both.authorities.last?.track == .b)
        #expect(both.clocks.count == 4)
    }

    @Test func prohibitedAndRegistrationGoToCommerce() throws {
        let dossier = Self.dossier(province: "CN-YN", assets: [("P1", .inventionPatent), ("V1", .plantVariety)])
        let prohibited = try Self.route(dossier, .prohibited)
        #expect(prohibited.tracks == [.refusal])
        #expect(prohibited.authorities.map(\.name) == ["云南省商务厅"])
        #expect(prohibited.authorities[0].role.contains("refuses"))
        #expect(prohibited.clocks.isEmpty)
        let registration = try Self.route(dossier, .registration)
        #expect(registration.tracks == [.registration])
        #expect(registration.authorities.map(\.name) == ["云南省商务厅"])
        #expect(registration.authorities[0].role.contains("registers"))
        #expect(registration.clocks.isEmpty)
    }

    @Test func exportLicenceHasNoIPReview() throws {
        let route = try Self.route(
            Self.dossier(province: "CN-JS", assets: [("T1", .tradeSecret), ("V1", .plantVariety)], type: .nonExclusiveLicence),
            .exportLicence)
        #expect(route.tracks == [.licence])
        #expect(route.authorities.map(\.id) == ["provincial-commerce", "provincial-science-technology"])
        #expect(
            route.clocks.map(\.id) == ["restricted-export-decision", "commerce-forward", "expert-technical-review", "licence-decision"])
    }

    @Test(arguments: [Outcome.outOfScope, .quarantined])
    func noAuthorityOutsideTheReview(outcome: Outcome) throws {
        let route = try Self.route(Self.dossier(province: "CN-JS", assets: [("P1", .inventionPatent)]), outcome)
        #expect(route.tracks.isEmpty && route.authorities.isEmpty && route.clocks.isEmpty)
    }

    @Test func noFilingDateMeansNoDueDate() throws {
        let route = try Self.route(Self.dossier(province: "CN-JS", filed: nil, assets: [("P1", .inventionPatent)]), .ipSecurityReview)
        #expect(route.clocks.count == 4)
        #expect(route.clocks.allSatisfy { $0.due == nil })
        #expect(route.notes.contains { $0.contains("no filing date") })
    }

    /// Filed 20 November 2026: thirty working days run into 2027, which no calendar covers.
    @Test func aDueDateBeyondTheCalendarsIsNoted() throws {
        let route = try Self.route(
            Self.dossier(province: "CN-JS", filed: "2026-11-20", assets: [("P1", .inventionPatent)]), .ipSecurityReview)
        let decision = try #require(route.clocks.first { $0.id == "restricted-export-decision" })
        #expect(decision.due == Self.date("2027-01-01"))
        #expect(decision.calendar == "cn-holidays-2026")
        #expect(route.notes.filter { $0.contains("No calendar covers 2027") }.count == 1)
        #expect(route.notes.contains { $0.contains("No calendar covers 2027") && $0.contains("restricted-export-decision") })
        let forward = try #require(route.clocks.first { $0.id == "commerce-forward" })
        #expect(forward.due == Self.date("2026-11-27"))
        #expect(!route.notes.contains { $0.contains("commerce-forward:") })
    }
}
