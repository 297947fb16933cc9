import Catalogue
import DossierModel

/// Gathers the authorities of a route from a routing table, one entry per authority: an
/// authority met again (a science and technology department that reviews software and does
/// the technical review) keeps its first track and gains the new assets and role.
struct AuthorityCollector {
    /// The table (after inheritance) that names the authorities.
    let table: RoutingTable
    private(set) var authorities: [Authority] = []
    /// Notes the authorities carry (how to choose between two ministries), and missing ones.
    private(set) var notes: [String] = []

    init(table: RoutingTable) {
        self.table = table
    }

    /// The authorities of one track (review-rules sections 5 and 7): Track A's reviewers by
    /// asset type, then the licence procedure's; the licence procedure; the refusal of a
    /// prohibited export; registration; Track B.
    mutating func add(track: ReviewTrack, outcome: Outcome, assets: [Asset]) {
        switch track {
        case .a:
            addReviewers(assets: assets)
            addProcedure(.licenceProcedure, track: .a)
        case .licence:
            addProcedure(.licenceProcedure, track: .licence)
        case .refusal:
            addProcedure(.prohibited, track: .refusal)
        case .registration:
            addProcedure(.registration, track: .registration)
        case .b:
            addProcedure(.trackB, track: .b)
        }
    }

    /// Track A: each asset type that has a reviewer, grouped by reviewer in the order the
    /// assets come; a note when no asset has a reviewer.
    mutating func addReviewers(assets: [Asset]) {
        var order: [String] = []
        var byReviewer: [String: [(type: AssetType, ids: [String])]] = [:]
        for asset in assets {
            guard let reviewer = table.reviewers[asset.type] else { continue }
            if byReviewer[reviewer] == nil { order.append(reviewer) }
            var groups = byReviewer[reviewer, default: []]
            if let index = groups.firstIndex(where: { $0.type == asset.type }) {
                groups[index].ids.append(asset.id)
            } else {
                groups.append((asset.type, [asset.id]))
            }
            byReviewer[reviewer] = groups
        }
        if order.isEmpty {
            notes.append(
                "Track A applies but no asset is of a type the routing table gives a reviewer for (\(table.reviewers.keys.map(\.rawValue).sorted().joined(separator: ", ")))."
            )
        }
        for reviewer in order {
            let groups = byReviewer[reviewer] ?? []
            let what = groups.map { "\($0.type.rawValue) \($0.ids.joined(separator: ", "))" }.joined(separator: "; ")
            add(reviewer, role: "Track A IP review of \(what)", track: .a, assetIDs: groups.flatMap(\.ids))
        }
    }

    /// Every authority a procedure lists, acting on the dossier as a whole.
    mutating func addProcedure(_ procedure: RoutingProcedure, track: ReviewTrack) {
        for assignment in table.assignments(procedure) {
            add(assignment.authority, role: assignment.role, track: track, assetIDs: [])
        }
    }

    /// One authority, merged into its earlier entry when it is already listed.
    mutating func add(_ id: String, role: String, track: ReviewTrack, assetIDs: [String]) {
        if let index = authorities.firstIndex(where: { $0.id == id }) {
            var existing = authorities[index]
            for asset in assetIDs where !existing.assetIDs.contains(asset) { existing.assetIDs.append(asset) }
            if !existing.role.contains(role) { existing.role += "; " + role }
            authorities[index] = existing
            return
        }
        guard let authority = table.authority(id) else {
            // The loaders reject a table naming an undefined authority; this is a guard only.
            notes.append("The routing table \(table.id) names authority '\(id)' without defining it.")
            return
        }
        authorities.append(
            Authority(id: id, name: authority.name.zh, nameEn: authority.name.en, role: role, track: track, assetIDs: assetIDs))
        if let note = authority.note {
            notes.append("\(authority.name.zh) (\(authority.name.en)): \(note)")
        }
    }
}
