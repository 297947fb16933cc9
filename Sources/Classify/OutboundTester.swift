import DossierModel

/// The outbound test of review-rules sections 1 and 7: a right moves from a Chinese right
/// holder to a receiving party outside CN.
///
/// The right holder is the `transferor`, else the `licensor`, else the `target`; a holder
/// whose country is unknown counts as Chinese (flag `country-unknown`). Receiving parties
/// are transferees, licensees, acquirers and actual controllers; one whose country is
/// unknown counts as foreign (flag `country-unknown`), and Hong Kong, Macao and Taiwan count
/// as foreign with the flag `hk-mo-tw`. Agents never count.
public enum OutboundTester {
    /// The roles that give up a right, in the order the holder is chosen.
    public static let holderRoles: [PartyRole] = [.transferor, .licensor, .target]
    /// The roles that receive a right or control over it.
    public static let receiverRoles: Set<PartyRole> = [.transferee, .licensee, .acquirer, .actualController]
    /// Regions handled by reference to the export rules.
    public static let specialRegions: Set<String> = ["HK", "MO", "TW"]

    /// What the test found, with the flags and rule ids it raised.
    public struct Result: Sendable {
        public var test: OutboundTest
        public var holder: Party?
        public var flags: [Flag]
        public var rules: [String]
        public var notes: [String]
    }

    /// Runs the test on a normalised dossier.
    public static func test(_ dossier: Dossier) -> Result {
        var flags: [Flag] = []
        var rules: [String] = []
        var notes: [String] = []

        let holder = holderRoles.lazy.compactMap { role in dossier.parties.first { $0.role == role } }.first
        var holderCountry: String?
        if let holder {
            rules.append("outbound.holder.\(holder.role.rawValue)")
            if let code = holder.country?.code {
                holderCountry = code
            } else {
                holderCountry = "CN"
                rules.append("outbound.holder-country-unknown")
                flags.append(
                    Flag(
                        .countryUnknown, detail: "the right holder \(describe(holder)) has \(countryText(holder)): treated as Chinese",
                        partyID: holder.id))
            }
        } else {
            holderCountry = "CN"
            rules.append("outbound.no-holder")
            notes.append("The dossier names no transferor, licensor or target: the right holder is unknown and is treated as Chinese.")
        }

        var foreign: [String] = []
        let receivers = dossier.parties.filter { receiverRoles.contains($0.role) }
        for party in receivers {
            guard let code = party.country?.code else {
                foreign.append(party.id)
                rules.append("outbound.receiver-country-unknown")
                flags.append(
                    Flag(
                        .countryUnknown,
                        detail: "the \(party.role.rawValue) \(describe(party)) has \(countryText(party)): treated as foreign",
                        partyID: party.id))
                continue
            }
            guard code != "CN" else { continue }
            foreign.append(party.id)
            if specialRegions.contains(code) {
                rules.append("outbound.hk-mo-tw")
                flags.append(
                    Flag(
                        .hkMoTw,
                        detail: "the \(party.role.rawValue) \(describe(party)) is in \(code): handled by reference to the export rules",
                        partyID: party.id))
                notes.append("\(code) is handled by reference to the export rules: treated as outbound.")
            }
        }

        let reason: String
        let isOutbound: Bool
        if holderCountry != "CN" {
            isOutbound = false
            rules.append("outbound.foreign-holder")
            reason =
                "the right holder \(holder.map(describe) ?? "") is in \(holderCountry ?? "?"), not CN: a foreign holder's transfer is out of scope"
        } else if receivers.isEmpty {
            isOutbound = false
            rules.append("outbound.no-receiver")
            reason = "the dossier names no transferee, licensee, acquirer or actual controller"
        } else if foreign.isEmpty {
            isOutbound = false
            rules.append("outbound.domestic")
            reason = "every receiving party is in CN: domestic transfer"
        } else {
            isOutbound = true
            rules.append("outbound.cn-to-foreign")
            let names = foreign.compactMap { dossier.party($0) }.map {
                "\($0.role.rawValue) \(describe($0)) (\($0.country?.code ?? "country unknown"))"
            }
            reason =
                "a Chinese right holder\(holder.map { " (\(describe($0)))" } ?? "") passes the right to " + names.joined(separator: ", ")
        }
        let test = OutboundTest(
            isOutbound: isOutbound, holderID: holder?.id, holderCountry: holderCountry, foreignReceiverIDs: foreign, reason: reason)
        return Result(test: test, holder: holder, flags: flags, rules: rules, notes: notes)
    }

    /// `P2 "Northwind Battery GmbH"`.
    static func describe(_ party: Party) -> String {
        let name = party.names.first(where: { $0.lang == "en" })?.original ?? party.names.first?.original
        return name.map { "\(party.id) \"\($0)\"" } ?? party.id
    }

    static func countryText(_ party: Party) -> String {
        party.country.map { "an unknown country \"\($0.raw)\"" } ?? "no country"
    }
}
