import DossierModel
import Foundation

extension PartyListLoader {
    /// Loads an OFAC legacy CSV list: the primary file (`sdn.csv` or `cons_prim.csv`, 12
    /// columns: ent_num, name, type, programme, title, call sign, vessel type, tonnage, GRT,
    /// flag, owner, remarks) with the aliases (`alt.csv`: ent_num, alt_num, type, name,
    /// remarks) and addresses (`add.csv`: ent_num, add_num, address, city, country,
    /// remarks) found beside it. The files have no header and no date: the version is
    /// `unknown`. Identifiers are read from the remarks (`Passport 123 (Russia); …`).
    static func loadOFACLegacyCSV(path: String) throws -> PartyList {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent.lowercased()
        let consolidated = name.hasPrefix("cons")
        let listId = consolidated ? "ofac-consolidated" : "ofac-sdn"
        let directory = url.deletingLastPathComponent()
        let prefix = consolidated ? "cons_" : ""

        var entries: [PartyListEntry] = []
        var index: [String: Int] = [:]
        for record in try parseCSV(readText(path), file: path) {
            guard record.fields.count == 12 else {
                throw PartyListProblem.format(
                    path, "an OFAC legacy record has 12 columns; this one has \(record.fields.count)", line: record.line)
            }
            guard let id = PartyListCSV.value(record.fields[0]), id.allSatisfy(\.isASCIIDigitCharacter),
                let primary = PartyListCSV.value(record.fields[1])
            else {
                throw PartyListProblem.format(path, "an OFAC legacy record starts with a numeric ent_num and a name", line: record.line)
            }
            let vesselFlag = PartyListCSV.value(record.fields[9])
            var entry = PartyListEntry(
                listId: listId, entryId: id, primaryName: primary,
                type: PartyListCSV.value(record.fields[2]).map { PartyListEntityType.parse($0) } ?? .entity,
                countries: countryCodes(vesselFlag.map { [$0] } ?? []),
                identifiers: remarkIdentifiers(PartyListCSV.value(record.fields[11])),
                programmes: split(
                    PartyListCSV.value(record.fields[3])?.replacingOccurrences(of: "] [", with: "|")
                        .trimmingCharacters(in: CharacterSet(charactersIn: "[]")), on: "|"),
                sourceFile: path)
            if let call = PartyListCSV.value(record.fields[5]) {
                entry.identifiers.append(Identifier(scheme: "Call Sign", value: call))
            }
            index[id] = entries.count
            entries.append(entry)
        }

        let aliasPath = directory.appendingPathComponent(prefix + "alt.csv").path
        if FileManager.default.fileExists(atPath: aliasPath) {
            for record in try parseCSV(readText(aliasPath), file: aliasPath) {
                guard record.fields.count == 5 else {
                    throw PartyListProblem.format(
                        aliasPath, "an OFAC alias record has 5 columns; this one has \(record.fields.count)", line: record.line)
                }
                guard let id = PartyListCSV.value(record.fields[0]), let at = index[id],
                    let alias = PartyListCSV.value(record.fields[3])
                else { continue }
                entries[at].aliases.append(alias)
            }
        }

        let addressPath = directory.appendingPathComponent(prefix + "add.csv").path
        if FileManager.default.fileExists(atPath: addressPath) {
            for record in try parseCSV(readText(addressPath), file: addressPath) {
                guard record.fields.count == 6 else {
                    throw PartyListProblem.format(
                        addressPath, "an OFAC address record has 6 columns; this one has \(record.fields.count)", line: record.line)
                }
                guard let id = PartyListCSV.value(record.fields[0]), let at = index[id],
                    let country = PartyListCSV.value(record.fields[4])
                else { continue }
                for code in countryCodes([country]) where !entries[at].countries.contains(code) {
                    entries[at].countries.append(code)
                }
            }
        }
        return PartyList(id: listId, source: path, format: .ofacLegacyCSV, version: "unknown", entries: entries)
    }

    /// Labels of the identifiers OFAC writes in its remarks, longest first.
    static let remarkIdentifierLabels = [
        "Unified Social Credit Code (USCC)", "Business Registration Number", "Business Registration Document #",
        "Registration Number", "Registration ID", "National ID No.", "Tax ID No.", "Identification Number",
        "Company Number", "Commercial Registry Number", "Passport", "Cedula No.", "SWIFT/BIC", "D-U-N-S Number",
        "Vessel Registration Identification IMO", "IMO", "MMSI", "Legal Entity Number", "Aircraft Manufacturer's Serial Number (MSN)",
    ]

    /// Identifiers in an OFAC remarks text: each `;`-separated part that starts with a known
    /// label gives the label as scheme and the next word as value.
    static func remarkIdentifiers(_ remarks: String?) -> [Identifier] {
        guard let remarks else { return [] }
        var out: [Identifier] = []
        for part in split(remarks, on: ";") {
            for label in remarkIdentifierLabels where part.hasPrefix(label + " ") {
                let rest = part.dropFirst(label.count + 1)
                if let value = rest.split(separator: " ").first {
                    out.append(Identifier(scheme: label, value: String(value).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))))
                }
                break
            }
        }
        return out
    }
}

extension Character {
    /// True for `0`-`9` only.
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
