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
    /// OFAC Sanctions List Service ENHANCED XML (`sanctionsData`), the format OFAC publishes
    /// since 2024 (`SDN_ENHANCED.XML`, `CONS_ENHANCED.XML`).
    case ofacEnhancedXML = "ofac-enhanced-xml"
    /// OFAC ADVANCED XML (`Sanctions`, the `sdn_advanced.xml` family: distinct parties with
    /// reference-value tables).
    case ofacAdvancedXML = "ofac-advanced-xml"
    /// UN Security Council consolidated list XML (`CONSOLIDATED_LIST`).
    case unXML = "un-xml"
    /// US Consolidated Screening List CSV with a header row (the `source,…` and the
    /// `_id,source,…` layouts, with or without the `ids` column).
    case cslCSV = "csl-csv"
    /// EU consolidated financial sanctions list, legacy FSD XML (`WHOLE` of `ENTITY`).
    case euXML = "eu-xml"
    /// UK HM Treasury (OFSI) consolidated list CSV, ConList layout (`Last Updated` line, then
    /// `Name 6,Name 1,…,Group ID`, one row per name).
    case ukConListCSV = "uk-conlist-csv"
    /// BIS Denied Persons List, tab-separated `dpl.txt` (`Name`, `Street_Address`, …, `FR_Citation`).
    case bisDPL = "bis-dpl"
    /// China's own lists as transcribed by OpenSanctions (`sanctions.csv`: `Type,QID,Name,
    /// Alias,Chinese name,…,List,Date,End date,Source URL,Address`).
    case cnSanctionsCSV = "cn-sanctions-csv"
    /// OpenSanctions `targets.simple.csv` (`id,schema,name,aliases,…`).
    case openSanctionsCSV = "opensanctions-csv"
    /// FollowTheMoney entities, one JSON object per line (`.ftm.json`, OpenSanctions exports).
    case ftmJSON = "ftm-json"
    /// The office list CSV of this project (`list_id,entry_id,name,…`), for lists nobody
    /// publishes as files (docs/party-lists.md).
    case officeCSV = "office-csv"

    /// Detects the format from the first bytes of a file, after the broken-download checks.
    static func sniff(_ head: String, file: String) throws -> PartyListFormat {
        let text = head.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}"]))
        if text.hasPrefix("<") {
            if text.contains("<sdnList") { return .ofacXML }
            if text.contains("<CONSOLIDATED_LIST") { return .unXML }
            if text.contains("<sanctionsData") { return .ofacEnhancedXML }
            if text.range(of: #"<Sanctions[\s>]"#, options: .regularExpression) != nil { return .ofacAdvancedXML }
            if text.range(of: #"<WHOLE[\s>]"#, options: .regularExpression) != nil { return .euXML }
            throw PartyListProblem.format(
                file,
                "an XML file whose root is none of <sdnList> (OFAC), <sanctionsData> (OFAC enhanced), <Sanctions> (OFAC advanced), <CONSOLIDATED_LIST> (UN), <WHOLE> (EU)"
            )
        }
        if text.hasPrefix("{") {
            if text.contains("\"schema\"") && text.contains("\"properties\"") { return .ftmJSON }
            throw PartyListProblem.format(file, "a JSON file that is not FollowTheMoney entity lines (no \"schema\" and \"properties\")")
        }
        let firstLine = String(text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
        let header = firstLine.lowercased().replacingOccurrences(of: "\"", with: "")
        if header.hasPrefix("source,entity_number,") || header.hasPrefix("_id,source,entity_number,")
            || header.hasPrefix("_id,source,") || (header.hasPrefix("source,") && header.contains(",name,"))
        {
            return .cslCSV
        }
        if header.hasPrefix("last updated,") || header.hasPrefix("name 6,name 1,") { return .ukConListCSV }
        if header.hasPrefix("name\tstreet_address\t") { return .bisDPL }
        if header.hasPrefix("type,qid,name,alias,chinese name,") { return .cnSanctionsCSV }
        if header.hasPrefix("id,schema,name,aliases,") { return .openSanctionsCSV }
        let officeColumns = Set(header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        if officeColumns.isSuperset(of: ["list_id", "entry_id", "name"]) { return .officeCSV }
        if firstLine.range(of: #"^[0-9]+,"#, options: .regularExpression) != nil { return .ofacLegacyCSV }
        throw PartyListProblem.format(file, "the content is not a known party-list format (first line: \"\(firstLine.prefix(60))\")")
    }
}
