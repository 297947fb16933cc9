import DossierModel

/// One version of the Catalogue of Technologies Prohibited or Restricted from Export
/// (中国禁止出口限制出口技术目录), as loaded from a file under `pipelines/catalogues/`.
public struct Catalogue: Codable, Sendable, Hashable {
    /// The file's stable id, e.g. `cn-export-tech-2023`.
    public var id: String
    public var title: CatalogueText
    /// The instrument that issued this version.
    public var source: CatalogueSource
    /// First day this version is in force.
    public var effectiveFrom: CalendarDate
    /// Last day this version is in force; nil while it is current.
    public var effectiveTo: CalendarDate?
    /// How complete the transcription is and how to complete it.
    public var transcription: String
    /// The entries, in the order of the file.
    public var entries: [CatalogueEntry]

    public init(
        id: String, title: CatalogueText, source: CatalogueSource, effectiveFrom: CalendarDate,
        effectiveTo: CalendarDate? = nil, transcription: String, entries: [CatalogueEntry]
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.transcription = transcription
        self.entries = entries
    }

    /// True when `date` falls within the effective dates (both ends inclusive).
    public func isInForce(on date: CalendarDate) -> Bool {
        effectiveFrom <= date && effectiveTo.map { date <= $0 } != false
    }

    /// True when the file says it is a partial transcription of the official text, so that
    /// no hit does not prove free technology.
    public var isPartial: Bool { transcription.uppercased().contains("PARTIAL") }

    /// The entry with the given stable identity.
    public func entry(identity: String) -> CatalogueEntry? {
        entries.first { $0.identity == identity }
    }

    /// The entry with the given code in this version (codes are per version).
    public func entry(code: CatalogueCode) -> CatalogueEntry? {
        entries.first { $0.code == code }
    }

    /// The entries of one part.
    public func entries(in part: CataloguePart) -> [CatalogueEntry] {
        entries.filter { $0.part == part }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, source
        case effectiveFrom = "effective-from"
        case effectiveTo = "effective-to"
        case transcription, entries
    }
}

/// The instrument that issued a catalogue version, and where its text can be read.
public struct CatalogueSource: Codable, Sendable, Hashable {
    /// The instrument, e.g. `商务部 科技部公告2023年第57号`.
    public var instrument: String
    /// The announcement number, e.g. `2023-57`.
    public var announcement: String
    /// The announcement page, when one is known.
    public var url: String?
    /// The full official text (PDF), when one is known.
    public var fullText: String?

    public init(instrument: String, announcement: String, url: String? = nil, fullText: String? = nil) {
        self.instrument = instrument
        self.announcement = announcement
        self.url = url
        self.fullText = fullText
    }

    enum CodingKeys: String, CodingKey {
        case instrument, announcement, url
        case fullText = "full-text"
    }
}
