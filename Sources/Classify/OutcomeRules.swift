import DossierModel

/// The outcome table of review-rules section 3, read as section 7 settles it: the rows are
/// tried in order and the first that applies is the outcome; a later track that also applies
/// is named as a further track.
public enum OutcomeRules {
    /// Asset types the 2018 Measures cover (design patents with the scope contested).
    public static let measuresAssetTypes: Set<AssetType> = [
        .inventionPatent, .utilityModel, .patentApplication, .designPatent, .icLayoutDesign, .softwareCopyright, .plantVariety,
    ]
    /// Transactions the 2018 Measures review: a change of right holder, an exclusive
    /// licence, a change of the actual controller.
    public static let measuresTransactions: Set<TransactionType> = [
        .assignment, .exclusiveLicence, .controllerChange, .applicationRightAssignment,
    ]
    /// Roles that make a controller change "towards a foreign acquirer".
    public static let acquirerRoles: Set<PartyRole> = [.acquirer, .actualController]

    /// The outcome, the tracks that follow (the outcome's own first), the ids of the rules
    /// that fired and sentences for the reviewer.
    public struct Result: Sendable {
        public var outcome: Outcome
        public var tracks: [ReviewTrack]
        public var rules: [String]
        public var notes: [String]
    }

    /// Decides the outcome from the outbound test and the hits (all of them; only those
    /// whose status is `hit` count).
    public static func decide(_ dossier: Dossier, outbound: OutboundTest, hits: [Hit]) -> Result {
        let counting = hits.filter(\.counts)
        let prohibited = counting.filter { $0.part == .prohibited }
        let restricted = counting.filter { $0.part == .restricted }
        let inScopeRestricted = restricted.filter { onMeasuresText($0, dossier) }
        let type = dossier.transaction.type
        let foreignAcquirer = dossier.parties.contains {
            acquirerRoles.contains($0.role) && outbound.foreignReceiverIDs.contains($0.id)
        }
        let towardsForeignAcquirer = (type == .acquisition || type == .controllerChange) && foreignAcquirer && outbound.isOutbound
        var notes: [String] = []

        func result(_ outcome: Outcome, _ rule: String) -> Result {
            var tracks = outcome.ownTracks
            var rules = ["outcome.\(rule)"]
            if outcome != .acquisitionReview, towardsForeignAcquirer {
                tracks.append(.b)
                rules.append("track.b-further")
                notes.append(
                    "The \(type.rawValue) is towards a foreign acquirer: Track B (foreign-investment security review) also applies; the outcome stays \(outcome.rawValue)."
                )
            }
            return Result(outcome: outcome, tracks: tracks, rules: rules, notes: notes)
        }

        // Row 1: prohibited.
        if outbound.isOutbound, !prohibited.isEmpty {
            return result(.prohibited, "prohibited")
        }
        // Row 2: ip-security-review.
        let hasMeasuresAsset = dossier.assets.contains { measuresAssetTypes.contains($0.type) }
        if outbound.isOutbound, !inScopeRestricted.isEmpty, measuresTransactions.contains(type), hasMeasuresAsset {
            return result(.ipSecurityReview, "ip-security-review")
        }
        // Row 3: export-licence (never for an acquisition).
        if outbound.isOutbound, !restricted.isEmpty, type != .acquisition {
            if inScopeRestricted.isEmpty {
                notes.append(
                    "The restricted hits are only on assets outside the 2018 Measures (\(outsideTypes(restricted, dossier))): licence procedure without IP review."
                )
            } else {
                notes.append("The transaction \(type.rawValue) is outside the 2018 Measures: licence procedure without IP review.")
            }
            return result(.exportLicence, "export-licence")
        }
        // Row 4: acquisition-review.
        if towardsForeignAcquirer {
            return result(.acquisitionReview, "acquisition-review")
        }
        if type == .acquisition {
            notes.append(
                outbound.isOutbound || !foreignAcquirer
                    ? "An acquisition is reviewed only when the acquirer is foreign; no foreign acquirer is named."
                    : "The acquired right holder is not Chinese: the acquisition is out of scope.")
            return result(.outOfScope, "out-of-scope.acquisition")
        }
        // Row 5: registration.
        if outbound.isOutbound {
            return result(.registration, "registration")
        }
        // Row 6: out-of-scope.
        return result(.outOfScope, "out-of-scope")
    }

    /// True when the hit has evidence on an asset of a type the Measures cover, or on the
    /// transaction's own text (technology summary, dossier attachments).
    static func onMeasuresText(_ hit: Hit, _ dossier: Dossier) -> Bool {
        if hit.onTransaction { return true }
        return hit.assetIDs.contains { id in
            dossier.assets.first { $0.id == id }.map { measuresAssetTypes.contains($0.type) } ?? false
        }
    }

    /// `trade-secret A3, trademark A4`.
    static func outsideTypes(_ hits: [Hit], _ dossier: Dossier) -> String {
        let ids = Set(hits.flatMap(\.assetIDs))
        return dossier.assets.filter { ids.contains($0.id) }.map { "\($0.type.rawValue) \($0.id)" }.joined(separator: ", ")
    }
}
