import DossierModel
import Extract
import Foundation
import Testing

/// The USPTO assignment adapter on the real daily file and search API responses in
/// `../shared/realdata/A-ip-records`, read through `InputReader` as `outbound extract` reads them.
@Suite struct USPTOAssignmentTests {
    static let realdata = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/realdata/A-ip-records").standardizedFileURL

    static let daily = realdata.appendingPathComponent("uspto-assignment-daily/ad20160101.xml").path

    /// Every record of an input, mapped (sequentially).
    static func read(_ path: String) -> (records: [IntakeRecord], problems: [Diagnostic]) {
        let reader = InputReader(path: path)
        var records: [IntakeRecord] = []
        var problems: [Diagnostic] = []
        while let item = reader.next() {
            switch item {
            case .record(let job): records.append(RecordReader.read(job))
            case .done(let record): records.append(record)
            case .problem(let diagnostic): problems.append(diagnostic)
            }
        }
        return (records, problems)
    }

    static func dossiers(_ path: String) -> [Dossier] {
        read(path).records.compactMap { if case .dossier(let d) = $0 { d } else { nil } }
    }

    @Test("the daily file gives one dossier per <patent-assignment>, none quarantined")
    func dailyCounts() throws {
        let (records, problems) = Self.read(Self.daily)
        #expect(problems.isEmpty, "\(problems)")
        #expect(records.count == 199)
        let dossiers = Self.dossiers(Self.daily)
        #expect(dossiers.count == 199)
        #expect(Set(dossiers.map(\.id)).count == 199)
        #expect(dossiers.allSatisfy { $0.diagnostics.isEmpty })
        var types: [String: Int] = [:]
        for d in dossiers { types[d.transaction.type.rawValue, default: 0] += 1 }
        // 140 assignments of assignors' interest + 2 nunc pro tunc; 35 mergers + 1 change of
        // name; 13 security interests; 7 releases by secured party; 1 licence.
        #expect(types == ["assignment": 142, "controller-change": 36, "security-interest": 13, "release": 7, "non-exclusive-licence": 1])
    }

    @Test("reel 37388 frame 92: id, recorded date, assignors, assignee with its state, one granted property")
    func firstRecord() throws {
        let d = try #require(Self.dossiers(Self.daily).first)
        #expect(d.id == "USPTO-037388-0092")
        #expect(d.filedRaw == "2015-12-30")
        #expect(d.transaction.type == .assignment)
        #expect(d.transaction.contractRef == "USPTO reel 37388 frame 92: ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).")
        #expect(d.source.line == 65)
        #expect(d.parties.map(\.id) == ["P1", "P2", "P3", "P4"])
        #expect(d.parties.map(\.role) == [.transferor, .transferor, .transferor, .transferee])
        #expect(d.parties.map(\.kind) == [.individual, .individual, .individual, .enterprise])
        #expect(d.parties[0].names.map(\.original) == ["WEINSTEIN, DAMON"])
        #expect(d.parties[0].country == nil)
        #expect(d.parties[3].names.map(\.original) == ["SOUNDBITE COMMUNICATIONS, INC."])
        #expect(d.parties[3].country == Country(raw: "MASSACHUSETTS"))
        #expect(d.parties[3].address == "2 BURLINGTON WOODS DRIVE, BURLINGTON, MASSACHUSETTS, 01803")
        let asset = try #require(d.assets.first)
        #expect(d.assets.count == 1)
        #expect(asset.id == "A1")
        #expect(asset.type == .inventionPatent)
        #expect(asset.owner == "P1")
        #expect(
            asset.identifiers == [
                Identifier(scheme: "US-application", value: "14678893"), Identifier(scheme: "US-publication", value: "20150215460"),
                Identifier(scheme: "US-patent", value: "9219817"),
            ])
        #expect(asset.titles == [LocalisedText(lang: "en", text: "Method and System for Managing Interactive Communications Campaigns")])
        #expect(d.contentHash?.count == 64)
    }

    @Test("assignees abroad carry their country-name, US assignees their state; every assignee has one")
    func assigneeCountries() throws {
        let dossiers = Self.dossiers(Self.daily)
        let receiving = dossiers.flatMap(\.parties).filter { $0.role != .transferor && $0.role != .licensor }
        #expect(receiving.allSatisfy { $0.country != nil }, "\(receiving.filter { $0.country == nil }.map(\.names))")
        let raws = Set(receiving.compactMap { $0.country?.raw })
        #expect(raws.isSuperset(of: ["KOREA, REPUBLIC OF", "CAYMAN ISLANDS", "JAPAN", "DELAWARE", "CALIFORNIA", "SCOTLAND"]))
        // Assignors never have a country in the daily files.
        #expect(dossiers.flatMap(\.parties).filter { $0.role == .transferor }.allSatisfy { $0.country == nil })
    }

    @Test("security interests and releases pass no right: the assignees are named, never receivers")
    func outOfScopeRoles() throws {
        let dossiers = Self.dossiers(Self.daily)
        let security = dossiers.filter { ["security-interest", "release"].contains($0.transaction.type.rawValue) }
        #expect(security.count == 20)
        for d in security {
            #expect(d.parties.allSatisfy { $0.role == .transferor || $0.role.rawValue == "assignee" }, "\(d.id)")
            #expect(d.parties.contains { $0.role.rawValue == "assignee" }, "\(d.id)")
        }
        let licence = try #require(dossiers.first { $0.transaction.type == .nonExclusiveLicence })
        #expect(Set(licence.parties.map(\.role)) == [.licensor, .licensee])
    }

    @Test("applications without a grant are patent applications; every property has a number and a title")
    func properties() throws {
        let assets = Self.dossiers(Self.daily).flatMap(\.assets)
        #expect(assets.count == 578)
        #expect(assets.allSatisfy { !$0.identifiers.isEmpty && !$0.titles.isEmpty })
        let applications = assets.filter { $0.type == .patentApplication }
        #expect(applications.count == 179)
        #expect(applications.allSatisfy { !$0.identifiers.contains { $0.scheme == "US-patent" } })
        #expect(assets.filter { $0.type == .inventionPatent }.allSatisfy { $0.identifiers.contains { $0.scheme == "US-patent" } })
    }

    @Test("the daily zip as published gives the same dossiers as the XML")
    func dailyZip() throws {
        let zip = Self.realdata.appendingPathComponent("uspto-assignment-daily/ad20160101.zip").path
        let fromZip = Self.dossiers(zip)
        let fromXML = Self.dossiers(Self.daily)
        #expect(fromZip.count == 199)
        #expect(fromZip.map(\.id) == fromXML.map(\.id))
        #expect(fromZip.map(\.contentHash) == fromXML.map(\.contentHash))
        #expect(fromZip.first?.source.member == "ad20160101.xml")
    }

    @Test("assignment search API: nunc pro tunc assignment of five patents to a New York assignee")
    func searchAPIFirst() throws {
        let path = Self.realdata.appendingPathComponent("uspto-assignment-api/assignment_1.xml").path
        let (records, problems) = Self.read(path)
        #expect(problems.isEmpty)
        #expect(records.count == 1)
        let d = try #require(Self.dossiers(path).first)
        #expect(d.id == "USPTO-018247-0405")
        #expect(d.filedRaw == "2006-09-14")
        #expect(d.transaction.type == .assignment)
        #expect(d.parties.map(\.role) == [.transferor, .transferee])
        #expect(d.parties.map { $0.names.first?.original } == ["REALTIME DATA COMPRESSION SYSTEMS, INC.", "REALTIME DATA LLC"])
        #expect(d.parties[1].country == Country(raw: "NEW YORK"))
        #expect(d.parties[1].address == "15 WEST 36TH STREET, NEW YORK, NEW YORK, 10018")
        #expect(d.assets.count == 5)
        #expect(d.assets.allSatisfy { $0.type == .inventionPatent && $0.owner == "P1" })
        #expect(
            d.assets[0].identifiers == [
                Identifier(scheme: "US-application", value: "10628795"), Identifier(scheme: "US-publication", value: "20040073746"),
                Identifier(scheme: "US-patent", value: "7130913"),
            ])
        // "NULL" publication numbers are left out.
        #expect(
            d.assets[2].identifiers == [
                Identifier(scheme: "US-application", value: "09210491"), Identifier(scheme: "US-patent", value: "6195024"),
            ])
        #expect(d.assets[3].titles == [LocalisedText(lang: "en", text: "Content independent data compression method and system")])
    }

    @Test("assignment search API: five inventors assign a published application")
    func searchAPISecond() throws {
        let path = Self.realdata.appendingPathComponent("uspto-assignment-api/assignment_2.xml").path
        let d = try #require(Self.dossiers(path).first)
        #expect(d.id == "USPTO-043433-0231")
        #expect(d.filedRaw == "2017-08-29")
        #expect(d.parties.filter { $0.role == .transferor }.count == 5)
        #expect(d.parties.filter { $0.role == .transferor }.allSatisfy { $0.kind == .individual })
        #expect(d.parties.last?.names.first?.original == "TESLA MOTORS, INC.")
        #expect(d.parties.last?.country == Country(raw: "CALIFORNIA"))
        #expect(d.assets.map(\.type) == [.patentApplication])
        #expect(d.assets[0].identifiers.map(\.scheme) == ["US-application", "US-publication"])
        #expect(d.assets[0].titles.map(\.text) == ["INVERTER"])
    }
}
