import DossierModel
import Foundation
import Testing

@testable import Workbench

/// The search's lookups (sorted ids, name-token postings, entries, asset numbers) find
/// exactly what visiting every dossier finds, with the same reasons, for queries of every
/// kind made from the indexed dossiers themselves.
@Suite struct WorkbenchSearchTests {
    @Test func lookupsFindWhatAScanOfEveryDossierFinds() throws {
        let fixture = try WorkbenchFixture()
        let index = fixture.workbench.index
        #expect(index.dossiers.count > 20)
        var queries: Set<String> = ["", "  ", "zz-nothing", "RV", "rv-", "1", "12345", "有限公司", "CO LTD", "limited"]
        for dossier in index.dossiers {
            queries.insert(String(dossier.id.prefix(4)).lowercased())
            queries.insert(dossier.id)
            for name in dossier.parties.prefix(2) {
                queries.insert(name)
                if let word = name.split(separator: " ").first { queries.insert(String(word)) }
            }
            for number in dossier.assetNumbers.prefix(1) {
                queries.insert(number)
                queries.insert(String(number.dropFirst(2).prefix(6)))
            }
            for entry in dossier.entries.prefix(1) {
                queries.insert(entry.identity)
                queries.insert(String(entry.nameEn.prefix(8)))
                queries.insert(String(entry.name.prefix(2)))
            }
        }
        for query in queries.sorted() {
            let found = index.search(query, limit: 10_000)
            let scanned = Self.scan(index, query)
            #expect(found.total == scanned.count, "\(query)")
            #expect(found.hits.map { "\($0.0.id): \($0.1)" } == scanned, "\(query)")
        }
        let limited = index.search("RV", limit: 3)
        #expect(limited.hits.count == 3 && limited.total > 3)
    }

    /// Every dossier visited in index order, the first reason that applies.
    static func scan(_ index: WorkbenchIndex, _ query: String) -> [String] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let upper = text.uppercased()
        let folded = Set(ScreeningSearch.fold(text))
        let number = AssetNumber.key(text)
        let numbers = WorkbenchIndex.searchesNumbers(number)
        return index.dossiers.compactMap { dossier in
            let reason: String
            if dossier.id.uppercased() == upper {
                reason = "dossier id"
            } else if dossier.id.uppercased().hasPrefix(upper) {
                reason = "dossier id begins with \(text)"
            } else if !folded.isEmpty, let at = dossier.foldedParties.firstIndex(where: { folded.isSubset(of: $0) }) {
                reason = "party \(dossier.parties[at])"
            } else if numbers, let found = dossier.assetNumbers.first(where: { $0.contains(number) }) {
                reason = "asset number \(found)"
            } else if let entry = dossier.entries.first(where: { WorkbenchIndex.entry($0, matches: text.lowercased()) }) {
                reason = "catalogue entry \(entry.identity)"
            } else {
                return nil
            }
            return "\(dossier.id): \(reason)"
        }
    }
}
