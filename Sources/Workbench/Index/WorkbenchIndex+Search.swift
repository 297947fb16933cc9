import Catalogue
import DossierModel
import Foundation

/// What `/search` looks up instead of visiting every dossier: dossier ids sorted without
/// case (a prefix is a range), each folded party-name token with the dossiers that have it,
/// each catalogue entry with its dossiers, and every asset number. Built with the index.
struct SearchIndex: Sendable {
    /// Upper-cased ids with their dossier's position, sorted.
    let ids: [(id: String, position: Int)]
    /// A folded name token and the positions of the dossiers with a party that has it
    /// (ascending, each once).
    let tokens: [String: [Int]]
    /// Each catalogue entry hit (by identity) and the positions of its dossiers.
    let entries: [(entry: IndexedDossier.Entry, positions: [Int])]
    /// Every asset number with its dossier's position.
    let assetNumbers: [(number: String, position: Int)]

    init(_ dossiers: [IndexedDossier]) {
        var ids: [(id: String, position: Int)] = []
        var tokens: [String: [Int]] = [:]
        var entries: [String: (entry: IndexedDossier.Entry, positions: [Int])] = [:]
        var numbers: [(number: String, position: Int)] = []
        ids.reserveCapacity(dossiers.count)
        for (position, dossier) in dossiers.enumerated() {
            ids.append((dossier.id.uppercased(), position))
            for token in Set(dossier.foldedParties.joined()) { tokens[token, default: []].append(position) }
            for entry in dossier.entries {
                entries[entry.identity, default: (entry, [])].positions.append(position)
            }
            for number in dossier.assetNumbers { numbers.append((number, position)) }
        }
        self.ids = ids.sorted { $0.id < $1.id }
        self.tokens = tokens
        self.entries = entries.keys.sorted().compactMap { entries[$0] }
        assetNumbers = numbers
    }
}

extension WorkbenchIndex {
    /// The dossiers a search finds, in id order, at most `limit`, each with what matched: the
    /// dossier id (exact, case-insensitive, or its beginning), a party name folded as
    /// screening folds it (every word of the query among one name's), an asset number
    /// (without case and separators, when the query has a digit), or a catalogue entry
    /// (its identity or a part of its name). `total` counts every dossier found.
    func search(_ query: String, limit: Int) -> (hits: [(IndexedDossier, String)], total: Int) {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return ([], 0) }
        let upper = text.uppercased()
        let folded = Set(ScreeningSearch.fold(text))
        let number = AssetNumber.key(text)
        let lower = text.lowercased()
        var found: Set<Int> = []

        // Ids beginning with the query: a range of the sorted ids.
        var low = 0
        var high = searchIndex.ids.count
        while low < high {
            let middle = (low + high) / 2
            if searchIndex.ids[middle].id < upper { low = middle + 1 } else { high = middle }
        }
        while low < searchIndex.ids.count, searchIndex.ids[low].id.hasPrefix(upper) {
            found.insert(searchIndex.ids[low].position)
            low += 1
        }
        // Party names: the dossiers of the query's rarest token, kept when one of their
        // names has every token.
        if !folded.isEmpty {
            let postings = folded.map { searchIndex.tokens[$0] ?? [] }
            if let rarest = postings.min(by: { $0.count < $1.count }) {
                for position in rarest where dossiers[position].foldedParties.contains(where: { folded.isSubset(of: $0) }) {
                    found.insert(position)
                }
            }
        }
        if Self.searchesNumbers(number) {
            for item in searchIndex.assetNumbers where item.number.contains(number) { found.insert(item.position) }
        }
        for item in searchIndex.entries where Self.entry(item.entry, matches: lower) { found.formUnion(item.positions) }

        var hits: [(IndexedDossier, String)] = []
        for position in found.sorted() {
            let dossier = dossiers[position]
            guard hits.count < limit else { break }
            hits.append((dossier, reason(dossier, text: text, upper: upper, folded: folded, number: number, lower: lower)))
        }
        return (hits, found.count)
    }

    /// An asset number is looked for when the query, without case and separators, has 4
    /// characters or more and a digit (every asset number has one).
    static func searchesNumbers(_ key: String) -> Bool {
        key.count >= 4 && key.unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    /// What made a dossier found, the first that applies of: its id, its beginning, a party,
    /// an asset number, a catalogue entry.
    private func reason(
        _ dossier: IndexedDossier, text: String, upper: String, folded: Set<String>, number: String, lower: String
    ) -> String {
        let id = dossier.id.uppercased()
        if id == upper { return "dossier id" }
        if id.hasPrefix(upper) { return "dossier id begins with \(text)" }
        if !folded.isEmpty, let index = dossier.foldedParties.firstIndex(where: { folded.isSubset(of: $0) }) {
            return "party \(dossier.parties[index])"
        }
        if Self.searchesNumbers(number), let found = dossier.assetNumbers.first(where: { $0.contains(number) }) {
            return "asset number \(found)"
        }
        if let entry = dossier.entries.first(where: { Self.entry($0, matches: lower) }) {
            return "catalogue entry \(entry.identity)"
        }
        return "found"
    }
}

/// Party names folded as screening folds them (`ScreeningFold`).
enum ScreeningSearch {
    static func fold(_ name: String) -> [String] { ScreeningFold.tokens(name) }
}
