/// Where an entry was listed: the list's own name, the law it is kept under, who published
/// the listing, and the announcement (its number or citation, date and address).
///
/// A list entry carries it (Catalogue's `PartyListEntry`) and a screening match copies it, so
/// the packet and `outbound explain` name the list, the law and the notice of a hit. Filled
/// from what each format gives: China's lists name the list, the law and the notice;
/// the BIS Denied Persons List its Federal Register citation; OFAC's and the EU's XML the
/// legal basis; an office list whatever the office writes. Absent parts stay nil.
public struct PartyListListing: Codable, Sendable, Hashable {
    /// The list as its publisher names it: `出口管制管控名单 (Export Control List)`.
    public var listName: String?
    /// The law or instrument the list is kept under: `中华人民共和国出口管制法 (Export Control Law)`.
    public var law: String?
    /// Who published the listing: `Ministry of Commerce (商务部)`.
    public var issuer: String?
    /// The announcement's number, title or citation: `商务部公告2025年第1号`, `82 F.R. 48792 10/20/2017`.
    public var announcement: String?
    /// The date of the listing or announcement, `YYYY-MM-DD`.
    public var date: String?
    /// The address of the official notice.
    public var url: String?

    public init(
        listName: String? = nil, law: String? = nil, issuer: String? = nil, announcement: String? = nil, date: String? = nil,
        url: String? = nil
    ) {
        self.listName = listName
        self.law = law
        self.issuer = issuer
        self.announcement = announcement
        self.date = date
        self.url = url
    }

    /// True when nothing is known.
    public var isEmpty: Bool { [listName, law, issuer, announcement, date, url].allSatisfy { $0 == nil } }

    /// One line for a reviewer: `出口管制管控名单 (export control list) under 出口管制法 …;
    /// Ministry of Commerce notice of 2025-01-02 (2025-01-02) <url>`; nil when nothing is known.
    public var summary: String? {
        var parts: [String] = []
        if let listName { parts.append(law.map { "\(listName) under \($0)" } ?? listName) } else if let law { parts.append("under \(law)") }
        var notice = [announcement ?? issuer].compactMap { $0 }.joined()
        if let date, !notice.contains(date) { notice += notice.isEmpty ? date : " (\(date))" }
        if !notice.isEmpty { parts.append(notice) }
        if let url { parts.append(url) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The list and the notice, without the law and the address, for a flag's sentence:
    /// `出口管制管控名单 (export control list), notice of the Ministry of Commerce of 2026-02-24`.
    public var brief: String? {
        var parts = [listName].compactMap { $0 }
        var notice = announcement ?? issuer ?? ""
        if let date, !notice.contains(date) { notice += notice.isEmpty ? date : " (\(date))" }
        if !notice.isEmpty { parts.append(notice) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
