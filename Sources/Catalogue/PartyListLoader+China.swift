import DossierModel
import Foundation

extension PartyListLoader {
    /// Loads China's own restricted-party lists in the CSV layout of OpenSanctions' transcription
    /// (`sanctions.csv`: `Type, QID, Name, Alias, Chinese name, Country, Topics, Summary,
    /// Chinese summary, Body, List, Date, End date, Source URL, Address`). China publishes its
    /// lists as announcements, not as files; each row is one designation in one notice, so an
    /// entity listed twice has two entries. The entry id is a hash of the names, list and date.
    ///
    /// `List` says which list and law (see `ChinaList`): the export control list and watch
    /// list under the Export Control Law, the Unreliable Entity List, the countermeasure lists
    /// under the Anti-Foreign Sanctions Law (or, before it took effect on 2021-06-10, the
    /// Foreign Ministry's countermeasures), the Taiwan Affairs Office's lists. The `Chinese
    /// name` is an alias, so Chinese names screen against Chinese names; `Alias` is split on
    /// `;`. `Date` (`DD.MM.YY` or `DD.MM.YYYY`) and `Source URL` (the official notice) are the
    /// announcement. The version is the latest designation date.
    static func loadChinaLists(path: String) throws -> PartyList {
        var entries: [PartyListEntry] = []
        var seen: [String: Int] = [:]
        var dates: [String] = []
        try streamTable(path: path, required: ["type", "name", "chinese name", "list", "date", "source url"], format: "China lists CSV") {
            row in
            guard let name = row.value("name") ?? row.value("chinese name") else {
                throw PartyListProblem.format(path, "a row has neither a name nor a Chinese name", line: row.line)
            }
            let date = row.value("date").flatMap { isoDate(dayFirst: $0) }
            if let date { dates.append(date) }
            let list = ChinaList.classify(list: row.value("list"), body: row.value("body"), topics: row.value("topics"), date: date)
            var aliases = split(row.value("alias"), on: ";")
            if let chinese = row.value("chinese name"), chinese != name { aliases.append(chinese) }
            var id = stableId(name, row.value("chinese name") ?? "", row.value("list") ?? "", date ?? "")
            seen[id, default: 0] += 1
            if let n = seen[id], n > 1 { id += "-\(n)" }
            entries.append(
                PartyListEntry(
                    listId: list.id, entryId: id, primaryName: name, aliases: aliases, type: PartyListEntityType.parse(row.value("type")),
                    countries: countryCodes([row.value("country")].compactMap { $0 }),
                    programmes: [row.value("list")].compactMap { $0 }, sublist: list.key, sourceFile: path,
                    listing: PartyListListing(
                        listName: list.name, law: list.law, issuer: row.value("body") ?? list.issuer,
                        announcement: row.value("body").map { "notice of the \($0)" + (date.map { " of \($0)" } ?? "") },
                        date: date, url: row.value("source url"))))
        }
        return PartyList(id: "cn-sanctions", source: path, format: .cnSanctionsCSV, version: latest(dates) ?? "unknown", entries: entries)
    }
}
