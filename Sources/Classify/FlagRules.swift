import DossierModel

/// The flags of review-rules section 4 that depend on the dossier alone (the outbound test
/// raises `country-unknown` and `hk-mo-tw`; screening raises `party-list-hit`; the outcome
/// raises `design-scope-contested`). Flags never lower an outcome.
public enum FlagRules {
    /// Party kinds that make a right holder a national strategic holder.
    public static let strategicKinds: Set<PartyKind> = [.nationalLaboratory, .researchInstitute, .university, .stateOwnedEnterprise]

    /// The flags and the ids of the rules that raised them.
    public static func flags(_ dossier: Dossier, holder: Party?) -> (flags: [Flag], rules: [String]) {
        var flags: [Flag] = []
        var rules: [String] = []

        for asset in dossier.assets where asset.funding?.fiscal == true {
            let programme = asset.funding?.programme.map { " (programme \($0))" } ?? ""
            flags.append(
                Flag(
                    .stateFunded, detail: "asset \(asset.id) came out of a programme paid from public funds\(programme)", assetID: asset.id)
            )
            rules.append("flag.state-funded")
        }

        if let holder, strategicKinds.contains(holder.kind) {
            flags.append(
                Flag(
                    .nationalStrategicHolder, detail: "the right holder \(OutboundTester.describe(holder)) is a \(holder.kind.rawValue)",
                    partyID: holder.id))
            rules.append("flag.national-strategic-holder")
        }

        for asset in dossier.assets {
            guard let detail = ownershipProblem(asset, holder: holder, dossier: dossier) else { continue }
            flags.append(Flag(.ownershipMismatch, detail: detail, assetID: asset.id))
            rules.append("flag.ownership-mismatch")
        }

        for asset in dossier.assets {
            guard let secrecy = asset.secrecy, secrecy != .none else { continue }
            let detail: String
            switch secrecy {
            case .defence, .stateSecret:
                detail = "asset \(asset.id) is marked \(secrecy.rawValue): it goes through the out-of-band channel, not this review"
            case .examinationPending:
                detail = "asset \(asset.id) awaits secrecy examination (Patent Law Article 4): hold the dossier until it is decided"
            default:
                detail = "asset \(asset.id) has an unknown secrecy status \"\(secrecy.rawValue)\": treat as secret until clarified"
            }
            flags.append(Flag(.secrecy, detail: detail, assetID: asset.id))
            rules.append("flag.secrecy")
        }
        return (flags, rules)
    }

    /// Why an asset's ownership does not match the right holder, or nil when it does.
    static func ownershipProblem(_ asset: Asset, holder: Party?, dossier: Dossier) -> String? {
        guard let owner = asset.owner, !owner.isEmpty else {
            return "asset \(asset.id) names no owner"
        }
        guard let ownerParty = dossier.party(owner) else {
            return "asset \(asset.id) names owner \(owner), which is not a party of the dossier"
        }
        guard let holder else {
            return "asset \(asset.id) is owned by \(OutboundTester.describe(ownerParty)) but the dossier names no right holder"
        }
        guard ownerParty.id != holder.id else { return nil }
        return
            "asset \(asset.id) is owned by \(OutboundTester.describe(ownerParty)), not by the right holder \(OutboundTester.describe(holder))"
    }
}
