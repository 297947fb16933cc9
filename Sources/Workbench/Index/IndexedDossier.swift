import DossierModel
import Foundation
import Ledger
import Packets

/// What the workbench keeps in memory of one dossier id's current decision: enough to list,
/// filter, sort and search the queues without reading the ledger's blobs per request.
///
/// A class, immutable: a queue listing visits thousands of rows per request, and handing a
/// row on costs one reference count, not one per field (profiled: copying the struct's
/// fields was 40 % of a 100k-dossier queue page).
public final class IndexedDossier: Sendable {
    public let id: String
    public let outcome: Outcome
    public let filed: CalendarDate?
    public let province: String?
    /// Flag kinds raised, sorted.
    public let flags: [String]
    /// Catalogue entries hit (counting hits), as `entryIdentity` with the entry's names.
    public let entries: [Entry]
    /// The queues the dossier is in (one per routed authority).
    public let queues: [String]
    /// The earliest due date of its clocks, and that clock's title.
    public let due: CalendarDate?
    public let dueClock: String?
    /// The run that made the current decision, and whether it was a re-classification.
    public let run: RunID
    public let reclassified: Bool
    /// Party names as written, and each as screening folds it (canonical tokens).
    public let parties: [String]
    public let foldedParties: [Set<String>]
    /// Asset numbers (identifier values), upper-cased without separators.
    public let assetNumbers: [String]
    /// Open screening matches (not cleared), as party name, list and entry.
    public let openMatches: [Match]

    public struct Entry: Sendable, Hashable, Codable {
        public var identity: String
        public var name: String
        public var nameEn: String
    }

    public struct Match: Sendable, Hashable, Codable {
        public var partyID: String
        public var party: String
        public var listID: String
        public var entryID: String
        public var entryName: String
        public var score: Double
    }

    /// The index row of a stored decision and its dossier version.
    init(decision: Decision, dossier: Dossier?, run: RunID, reclassified: Bool) {
        id = decision.dossierID
        outcome = decision.outcome
        filed = decision.filed ?? dossier?.filed
        province = decision.route?.province ?? dossier?.office?.province
        flags = Array(Set(decision.flags.map(\.kind.rawValue))).sorted()
        var seen: Set<String> = []
        entries = decision.hits.filter(\.counts).compactMap { hit in
            guard seen.insert(hit.entryIdentity).inserted else { return nil }
            return Entry(identity: hit.entryIdentity, name: hit.entryName, nameEn: hit.entryNameEn)
        }
        queues = decision.route.map { route in route.authorities.map { QueueBuilder.queueID($0, province: route.province) } } ?? []
        let first = decision.route.flatMap { route in route.clocks.filter { $0.due != nil }.min { $0.due! < $1.due! } }
        due = first?.due
        dueClock = first?.title
        self.run = run
        self.reclassified = reclassified
        let names = dossier?.parties.flatMap { $0.names.map(\.original) } ?? []
        parties = names
        foldedParties = names.map { Set(ScreeningSearch.fold($0)) }
        assetNumbers = dossier?.assets.flatMap { $0.identifiers.map { AssetNumber.key($0.value) } } ?? []
        var matches: [Match] = []
        for screened in decision.screening {
            let partyName = dossier?.parties.first { $0.id == screened.partyID }?.names.first?.original
            for match in screened.result.matches {
                matches.append(
                    Match(
                        partyID: screened.partyID, party: match.queryName.isEmpty ? (partyName ?? screened.partyID) : match.queryName,
                        listID: match.listId, entryID: match.entryId, entryName: match.entryName, score: match.score))
            }
        }
        openMatches = matches
    }
}

/// Asset numbers compared without case and separators (`CN 1234567.8` = `cn12345678`).
enum AssetNumber {
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }
}
