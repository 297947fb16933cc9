import DossierModel

/// The outbound test of review-rules sections 1 and 7: a right moves from a Chinese right
/// holder to a receiving party outside CN.
///
/// The right holder is the `transferor`, else the `licensor`, else the `target`; a holder
/// whose country is unknown counts as Chinese (flag `country-unknown`). Receiving parties
/// are transferees, licensees, acquirers and actual controllers; one whose country is
/// unknown counts as foreign (flag `country-unknown`), and Hong Kong, Macao and Taiwan count
/// as foreign with the flag `hk-mo-tw`. Agents never count.
///
/// A record from a foreign registry (`Dossier.foreignRegistry`, e.g. a USPTO assignment) is
/// read for monitoring: its holder's country comes from the record or, when unambiguous, the
/// name (`RegistryHolderCountry`); a holder not shown to be from anywhere is not treated as
/// Chinese, and the record is out of scope with `country-unknown` and a note saying why.
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
        if let registry = dossier.foreignRegistry {
            // review-rules 7, records from a foreign registry: an unknown country does not
            // count as CN; only a holder shown to be Chinese can make the record outbound.
            rules.append("outbound.foreign-registry")
            if let holder { rules.append("outbound.holder.\(holder.role.rawValue)") }
            if let holder, let finding = RegistryHolderCountry.find(holder) {
                holderCountry = finding.code
                if holder.country?.code == nil {
                    rules.append("outbound.registry-holder-country")
                    notes.append(
                        "The \(registry) record gives the right holder \(describe(holder)) no country; \(finding.reason): \(finding.code).")
                }
            } else {
                holderCountry = nil
                rules.append("outbound.registry-holder-unknown")
                if let holder {
                    flags.append(
                        Flag(
                            .countryUnknown,
                            detail:
                                "the right holder \(describe(holder)) has \(countryText(holder)) in the \(registry) record and its name shows none: not treated as Chinese (a foreign registry's record)",
                            partyID: holder.id))
                }
                notes.append(
                    "A record of the foreign registry \(registry): the right holder is not shown to be Chinese (no country, state or address in the record, and the name is neither in Chinese script nor a Chinese place name with a Chinese legal form), so the record is not an outbound transfer (review-rules 7)."
                )
            }
        } else if let holder {
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
        if let registry = dossier.foreignRegistry, holderCountry == nil {
            isOutbound = false
            reason =
                "a \(registry) record whose right holder\(holder.map { " \(describe($0))" } ?? "") is not shown to be Chinese: out of scope for monitoring"
        } else if holderCountry != "CN" {
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
