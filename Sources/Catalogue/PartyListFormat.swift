import Foundation

/// The published formats a party list is read from.
public enum PartyListFormat: String, Codable, Sendable, Hashable, CaseIterable {
    /// Detect the format from the file's content.
    case automatic
    /// OFAC legacy headerless CSV: `sdn.csv` (+ `alt.csv`, `add.csv`) or `cons_prim.csv`
    /// (+ `cons_alt.csv`, `cons_add.csv`); `-0- ` is null.
    case ofacLegacyCSV = "ofac-legacy-csv"
    /// OFAC `sdnList` XML (SDN or consolidated non-SDN).
    case ofacXML = "ofac-xml"
    /// UN Security Council consolidated list XML (`CONSOLIDATED_LIST`).
    case unXML = "un-xml"
    /// US Consolidated Screening List CSV with a header row (both the `source,…` and the
    /// `_id,source,…` layouts).
    case cslCSV = "csl-csv"

    /// Detects the format from the first bytes of a file, after the broken-download checks.
    static func sniff(_ head: String, file: String) throws -> PartyListFormat {
        let text = head.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}"]))
        if text.hasPrefix("<") {
            if text.contains("<sdnList") { return .ofacXML }
            if text.contains("<CONSOLIDATED_LIST") { return .unXML }
            throw PartyListProblem.format(file, "an XML file whose root is neither <sdnList> (OFAC) nor <CONSOLIDATED_LIST> (UN)")
        }
        let firstLine = String(text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
        let header = firstLine.lowercased()
        if header.hasPrefix("source,entity_number,") || header.hasPrefix("_id,source,entity_number,")
            || header.hasPrefix("\"_id\",\"source\"")
        {
            return .cslCSV
        }
        if firstLine.range(of: #"^[0-9]+,"#, options: .regularExpression) != nil { return .ofacLegacyCSV }
        throw PartyListProblem.format(file, "the content is not a known party-list format (first line: \"\(firstLine.prefix(60))\")")
    }
}
