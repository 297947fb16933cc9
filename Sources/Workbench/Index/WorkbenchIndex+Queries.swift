import Catalogue
import DossierModel
import Foundation

/// Which dossiers of a queue to list: every field left nil or empty keeps everything.
public struct QueueFilter: Sendable, Hashable {
    public var outcome: Outcome?
    public var flag: String?
    public var province: String?
    /// A catalogue entry identity (or part of one), or part of its name.
    public var entry: String?
    public var filedFrom: CalendarDate?
    public var filedTo: CalendarDate?
    public var status: ReviewStatus?
    /// `due` (earliest first, undated last) or `-due`.
    public var descending = false

    public init() {}

    /// The filter's query parameters, for links that keep it.
    var query: [(String, String)] {
        var items: [(String, String)] = []
        if let outcome { items.append(("outcome", outcome.rawValue)) }
        if let flag { items.append(("flag", flag)) }
        if let province { items.append(("province", province)) }
        if let entry { items.append(("entry", entry)) }
        if let filedFrom { items.append(("filed-from", filedFrom.description)) }
        if let filedTo { items.append(("filed-to", filedTo.description)) }
        if let status { items.append(("status", status.rawValue)) }
        if descending { items.append(("sort", "-due")) }
        return items
    }
}

/// One page of a listing, and how many rows the listing has in all.
public struct ListingPage: Sendable {
    public var rows: [IndexedDossier]
    public var total: Int
    public var page: Int
    public var pageSize: Int

    public var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
}

extension WorkbenchIndex {
    /// How many dossiers of each queue are taken and done (the rest are open), from the
    /// states of the dossiers that have actions: one pass over them, not over the queues.
    func reviewCounts(states: [String: ReviewState]) -> [String: [ReviewStatus: Int]] {
        var counts: [String: [ReviewStatus: Int]] = [:]
        for (id, state) in states where state.status != .open {
            guard let position = positions[id] else { continue }
            for queue in Set(dossiers[position].queues) { counts[queue, default: [:]][state.status, default: 0] += 1 }
        }
        return counts
    }

    /// Counts per outcome and per review status of a queue's dossiers (statuses without
    /// dossiers left out), given `reviewCounts(states:)`.
    func counts(of queue: Queue, reviewed: [String: [ReviewStatus: Int]]) -> (
        outcomes: [Outcome: Int], statuses: [ReviewStatus: Int]
    ) {
        var statuses = reviewed[queue.id] ?? [:]
        statuses[.open] = queue.members.count - (statuses[.taken] ?? 0) - (statuses[.done] ?? 0)
        return (queue.outcomes, statuses.filter { $0.value > 0 })
    }

    /// A page of a queue's dossiers that pass `filter`, sorted by due date (then id).
    func listing(_ queue: Queue, filter: QueueFilter, states: [String: ReviewState], page: Int, pageSize: Int) -> ListingPage {
        let entry = filter.entry?.lowercased()
        // The members are in due order; descending puts the dated ones in reverse, undated last.
        var ordered = queue.members
        if filter.descending {
            let dated = ordered.prefix { dossiers[$0].due != nil }
            ordered = dated.reversed() + ordered.dropFirst(dated.count)
        }
        var matching: [Int] = []
        for member in ordered {
            let dossier = dossiers[member]
            if let outcome = filter.outcome, dossier.outcome != outcome { continue }
            if let flag = filter.flag, !dossier.flags.contains(flag) { continue }
            if let province = filter.province, dossier.province?.caseInsensitiveCompare(province) != .orderedSame { continue }
            if let from = filter.filedFrom { guard let filed = dossier.filed, filed >= from else { continue } }
            if let to = filter.filedTo { guard let filed = dossier.filed, filed <= to else { continue } }
            if let status = filter.status, (states[dossier.id]?.status ?? .open) != status { continue }
            if let entry, !dossier.entries.contains(where: { Self.entry($0, matches: entry) }) { continue }
            matching.append(member)
        }
        let size = max(1, pageSize)
        let pages = max(1, (matching.count + size - 1) / size)
        let page = min(max(1, page), pages)
        let start = (page - 1) * size
        let rows = matching[min(start, matching.count)..<min(start + size, matching.count)].map { dossiers[$0] }
        return ListingPage(rows: rows, total: matching.count, page: page, pageSize: size)
    }

    static func entry(_ entry: IndexedDossier.Entry, matches text: String) -> Bool {
        entry.identity.lowercased().contains(text) || entry.nameEn.lowercased().contains(text) || entry.name.contains(text)
    }
}
