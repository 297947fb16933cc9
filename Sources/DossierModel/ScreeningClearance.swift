/// A reviewer's clearance of a party-entry pair, from the allow-list.
public struct ScreeningClearance: Sendable, Hashable, Codable {
    public var party: String
    public var listId: String
    public var entryId: String
    public var reviewer: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var reason: String
    /// The allow-list file and line the clearance was read from.
    public var file: String
    public var line: Int

    public init(party: String, listId: String, entryId: String, reviewer: String, date: String, reason: String, file: String, line: Int) {
        self.party = party
        self.listId = listId
        self.entryId = entryId
        self.reviewer = reviewer
        self.date = date
        self.reason = reason
        self.file = file
        self.line = line
    }

    /// The audit note recorded in the decision.
    public var auditNote: String {
        "match with \(listId) entry \(entryId) cleared by \(reviewer) on \(date): \(reason) (\(file):\(line))"
    }
}
