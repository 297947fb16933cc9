/// An inverted index over the names of loaded party lists, so that screening a name
/// compares it only with the list names that share a key with it (see
/// `ScreeningName.indexKeys`), never with every entry.
struct ScreeningIndex: Sendable {
    /// One indexed name: the entry it belongs to and the prepared name.
    struct Name: Sendable {
        var entry: Int
        var name: ScreeningName
    }

    /// Every entry of every list, in load order.
    let entries: [PartyListEntry]
    /// Every name (primary and aliases) of every entry.
    let names: [Name]
    /// Key -> indexes into `names`.
    let postings: [String: [Int]]

    init(lists: [PartyList]) {
        var entries: [PartyListEntry] = []
        var names: [Name] = []
        var postings: [String: [Int]] = [:]
        for list in lists {
            for entry in list.entries {
                let entryIndex = entries.count
                entries.append(entry)
                for text in entry.allNames {
                    let prepared = ScreeningName(text)
                    if prepared.isEmpty { continue }
                    let nameIndex = names.count
                    names.append(Name(entry: entryIndex, name: prepared))
                    for key in prepared.indexKeys { postings[key, default: []].append(nameIndex) }
                }
            }
        }
        self.entries = entries
        self.names = names
        self.postings = postings
    }

    /// The indexes of the names that share at least one key with the query name.
    func candidates(for query: ScreeningName) -> [Int] {
        var found: Set<Int> = []
        for key in query.indexKeys { found.formUnion(postings[key] ?? []) }
        return found.sorted()
    }
}
