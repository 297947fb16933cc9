import DossierModel
import Foundation
import Testing

/// The README's main job: `outbound extract testdata/inbox`, run as a user would.
@Suite struct InboxTests {
    static func dossiers(_ result: OutboundBinary.Result) throws -> [String: Dossier] {
        var out: [String: Dossier] = [:]
        for line in result.lines {
            let dossier = try JSONDecoder().decode(Dossier.self, from: Data(line.utf8))
            #expect(out[dossier.id] == nil, "dossier \(dossier.id) written twice")
            out[dossier.id] = dossier
        }
        return out
    }

    @Test func theInboxIsReadWhole() throws {
        let result = try OutboundBinary.run(["extract", "testdata/inbox"])
        #expect(result.status == 0, "\(result.stderr)")
        let dossiers = try Self.dossiers(result)
        #expect(dossiers.count == 51, "testdata/README.md lists 51 dossiers")
        #expect(result.stderr.contains("extract: 13 inputs, 51 dossiers, 0 quarantined, 0 input problems"))
        // Every dossier normalised: countries known, filing dates read, IPC canonical.
        for dossier in dossiers.values {
            #expect(dossier.filed != nil, "\(dossier.id) has a filing date")
            for party in dossier.parties {
                #expect(
                    party.country == nil || party.country?.code != nil, "\(dossier.id) \(party.id): \(String(describing: party.country))")
                #expect(party.names.allSatisfy { $0.normalised != nil })
            }
            for asset in dossier.assets where asset.classifications.contains(where: { $0.source == nil }) {
                #expect(asset.classifications.filter { $0.source == nil }.allSatisfy { $0.code != nil }, "\(dossier.id) \(asset.id)")
            }
        }
    }

    @Test func otherEncodingsKeepTheirChineseText() throws {
        for (file, id) in [("SD-2022-000144-utf16le.xml", "SD-2022-000144"), ("GD-2021-000145-gb18030.xml", "GD-2021-000145")] {
            let result = try OutboundBinary.run(["extract", "testdata/inbox/\(file)"])
            #expect(result.status == 0, "\(result.stderr)")
            let dossier = try #require(try Self.dossiers(result)[id])
            let chinese = dossier.parties.flatMap(\.names).filter { $0.lang == "zh" }
            #expect(!chinese.isEmpty)
            #expect(chinese.allSatisfy { $0.original.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }, "\(chinese)")
        }
    }

    @Test func bundlesResolveTheirAttachments() throws {
        for file in ["JX-2022-000153.zip", "SH-2019-000154.tar.gz"] {
            let result = try OutboundBinary.run(["extract", "testdata/inbox/\(file)"])
            #expect(result.status == 0, "\(result.stderr)")
            let dossier = try #require(try Self.dossiers(result).values.first)
            let formats = (dossier.attachments + dossier.assets.flatMap(\.attachments)).map(\.format)
            #expect(formats.contains(.text))
            #expect(formats.contains(.st36))
            #expect(formats.contains(.opaque))
            #expect(!formats.contains(.missing))
            #expect(
                dossier.assets.contains { asset in
                    asset.classifications.contains { $0.source?.hasPrefix("patents/") == true && $0.code != nil }
                })
        }
    }

    @Test func aMalformedDossierIsQuarantinedAndItsNeighboursAreRead() throws {
        let result = try OutboundBinary.run(["extract", "testdata/inbox-bad/batch-with-malformed-dossier.xml"])
        #expect(result.status == 1)
        let dossiers = try Self.dossiers(result)
        #expect(dossiers.count == 4)
        #expect(dossiers["YN-2020-000007"] == nil)
        let quarantine = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(quarantine.count == 1)
        let line = String(try #require(quarantine.first))
        #expect(line.hasPrefix("testdata/inbox-bad/batch-with-malformed-dossier.xml:"))
        #expect(line.contains("dossier YN-2020-000007"))
        #expect(line.hasSuffix("[xml.malformed]"))
        // path:line:col names the line of the mismatched end tag in the file.
        let parts = line.split(separator: ":")
        let fileLine = try #require(Int(parts[1]))
        let text = try String(
            contentsOf: OutboundBinary.repo.appendingPathComponent("testdata/inbox-bad/batch-with-malformed-dossier.xml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[fileLine - 1].contains("</titel>"))
    }

    @Test func theBadInboxGivesEachFaultItsReason() throws {
        let result = try OutboundBinary.run(["extract", "testdata/inbox-bad"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[dossier.unknown-transaction-type]"))
        #expect(result.stderr.contains("[bundle.path-escape]"))
        #expect(result.stderr.contains("warning: dossier YN-2019-000020") && result.stderr.contains("[identifier.uscc-check]"))
        #expect(try Self.dossiers(result)["YN-2019-000020"] != nil, "a bad check character is a warning, the dossier is kept")
    }

    @Test func validateAcceptsTheInboxAndRejectsTheBadOne() throws {
        let good = try OutboundBinary.run(["validate", "testdata/inbox"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stderr.contains("51 valid, 0 invalid"))
        let bad = try OutboundBinary.run(["validate", "testdata/inbox-bad"])
        #expect(bad.status == 1)
    }

    @Test func extractIsDeterministic() throws {
        let first = try OutboundBinary.run(["extract", "--jobs", "1", "testdata/inbox"])
        let second = try OutboundBinary.run(["extract", "--jobs", "2", "testdata/inbox"])
        #expect(first.stdout == second.stdout)
    }
}
