import DossierModel
import Foundation

/// A restricted-party list loaded from one of its published formats: its id, where it came
/// from, the version the file states and its entries.
public struct PartyList: Sendable, Hashable {
    /// Stable id of the list: `ofac-sdn`, `ofac-consolidated`, `un-consolidated`, `us-csl`,
    /// `eu-consolidated`, `uk-hmt-conlist`, `bis-dpl`, `cn-sanctions`, `opensanctions`, or the
    /// id an office list gives.
    public var id: String
    /// The path the list was loaded from (the primary file for multi-file formats).
    public var source: String
    /// The format the entries were read from.
    public var format: PartyListFormat
    /// The publication date the file states (`2018-04-06`), or `unknown` when the format
    /// carries none; a file's modification time is never used.
    public var version: String
    public var entries: [PartyListEntry]

    /// How many entries the list holds.
    public var entryCount: Int { entries.count }

    public init(id: String, source: String, format: PartyListFormat, version: String, entries: [PartyListEntry]) {
        self.id = id
        self.source = source
        self.format = format
        self.version = version
        self.entries = entries
    }
}

/// What kind of party a list entry is.
public enum PartyListEntityType: String, Codable, Sendable, Hashable {
    case individual, entity, vessel, aircraft, unknown

    /// Reads the type as the lists write it (`individual`, `Entity`, `-0-`, `vessel`).
    static func parse(_ text: String?) -> PartyListEntityType {
        switch text?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "individual", "person", "p": .individual
        case "entity", "organisation", "organization", "e", "enterprise", "company", "legalentity", "publicbody": .entity
        case "vessel": .vessel
        case "aircraft": .aircraft
        default: .unknown
        }
    }
}

/// One party on a restricted-party list.
public struct PartyListEntry: Sendable, Hashable {
    /// The id of the list the entry belongs to.
    public var listId: String
    /// The entry's id as the source gives it (OFAC `ent_num`/`uid`, UN `DATAID`, CSL
    /// `entity_number` or `_id`); stable across loads of the same file.
    public var entryId: String
    public var primaryName: String
    public var aliases: [String]
    public var type: PartyListEntityType
    /// ISO 3166-1 alpha-2 codes of the entry's addresses, nationalities and citizenships.
    public var countries: [String]
    /// Identifiers as the list gives them (scheme = the list's label, value as written).
    public var identifiers: [Identifier]
    /// Sanctions programmes or, for the CSL, programmes of the source list.
    public var programmes: [String]
    /// The sub-list the entry was published on, for aggregated lists (CSL `source`).
    public var sublist: String?
    /// The file the entry was read from.
    public var sourceFile: String
    /// The list, law and announcement the entry was published under, as far as the format
    /// gives them.
    public var listing: PartyListListing?

    public init(
        listId: String, entryId: String, primaryName: String, aliases: [String] = [],
        type: PartyListEntityType = .unknown, countries: [String] = [], identifiers: [Identifier] = [],
        programmes: [String] = [], sublist: String? = nil, sourceFile: String, listing: PartyListListing? = nil
    ) {
        self.listId = listId
        self.entryId = entryId
        self.primaryName = primaryName
        self.aliases = aliases
        self.type = type
        self.countries = countries
        self.identifiers = identifiers
        self.programmes = programmes
        self.sublist = sublist
        self.sourceFile = sourceFile
        self.listing = listing
    }

    /// The primary name followed by the aliases.
    public var allNames: [String] { [primaryName] + aliases }
}
