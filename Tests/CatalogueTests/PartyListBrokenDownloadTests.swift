import Foundation
import Testing

@testable import Catalogue

/// A broken download is rejected with a clear error, never loaded as an empty list.
struct PartyListBrokenDownloadTests {
    /// Loads a temporary file and returns the error it raised.
    func rejection(loading contents: String, name: String, format: PartyListFormat = .automatic) throws -> ReferenceFileError {
        let path = try PartyListTestData.temporaryFile(contents, name: name)
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent()) }
        do {
            let list = try PartyListLoader.load(path: path, format: format)
            Issue.record("loaded \(list.entryCount) entries from a broken file")
            throw CancellationError()
        } catch let error as ReferenceFileError {
            #expect(error.file == path)
            return error
        }
    }

    @Test func htmlErrorPage() throws {
        let html = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>Try later</body></html>\n"
        #expect(try rejection(loading: html, name: "sdn.csv").id == "list.html-page")
        #expect(
            try rejection(loading: "  <html lang=\"en\"><body>Access denied</body></html>", name: "consolidated.xml").id == "list.html-page"
        )
        #expect(try rejection(loading: html, name: "sdn.csv", format: .ofacLegacyCSV).id == "list.html-page")
    }

    @Test func gitLFSPointer() throws {
        let pointer =
            "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 1500628\n"
        let problem = try rejection(loading: pointer, name: "sdn.csv")
        #expect(problem.id == "list.lfs-pointer")
        #expect(problem.description.contains("git lfs pull"))
    }

    @Test func emptyFiles() throws {
        #expect(try rejection(loading: "", name: "sdn.csv").id == "list.empty")
        #expect(try rejection(loading: "\n \r\n", name: "csl.csv").id == "list.empty")
        let headerOnly = "source,entity_number,type,programs,name,title,addresses,alt_names,ids\n"
        #expect(try rejection(loading: headerOnly, name: "csl.csv").id == "list.empty")
        let noEntries =
            "<?xml version=\"1.0\"?><sdnList xmlns=\"http://tempuri.org/sdnList.xsd\"><publshInformation><Publish_Date>04/06/2018</Publish_Date></publshInformation></sdnList>"
        #expect(try rejection(loading: noEntries, name: "sdn.xml").id == "list.empty")
    }

    @Test func truncatedXMLNamesTheLine() throws {
        let real = try String(contentsOfFile: PartyListTestData.list("ofac-consolidated-xml/consolidated_2018-04-06.xml"), encoding: .utf8)
        let truncated = String(real.prefix(20_000))
        let problem = try rejection(loading: truncated, name: "consolidated.xml")
        #expect(problem.id == "list.malformed")
        let lines = truncated.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(problem.line != nil && problem.line! >= lines - 1)
    }

    @Test func unCutMidElement() throws {
        let real = try String(contentsOfFile: PartyListTestData.list("un-consolidated-xml/UN_consolidated_2026-02-27.xml"), encoding: .utf8)
        #expect(try rejection(loading: String(real.prefix(5_000)) + "</INDIVIDUAL", name: "un.xml").id == "list.malformed")
    }

    @Test func csvWhoseColumnsDoNotFit() throws {
        let shortRows = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n"
        let problem = try rejection(loading: shortRows, name: "sdn.csv")
        #expect(problem.id == "list.format")
        #expect(problem.line == 1)
        let wrongHeader = "source,entity_number,kind,label\nX,1,entity,Foo\n"
        #expect(try rejection(loading: wrongHeader, name: "csl.csv").id == "list.format")
        let unclosed = "36,\"AEROCARIBBEAN AIRLINES,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n173,\"ANGLO"
        #expect(try rejection(loading: unclosed, name: "sdn.csv").id == "list.format")
        #expect(try rejection(loading: "name;country\nFoo;CN\n", name: "list.csv").id == "list.format")
        #expect(try rejection(loading: "<?xml version=\"1.0\"?><rss><channel/></rss>", name: "feed.xml").id == "list.format")
    }

    @Test func missingFile() {
        #expect(throws: ReferenceFileError.self) {
            try PartyListLoader.load(path: "/nonexistent/partylists/sdn.csv")
        }
    }
}
