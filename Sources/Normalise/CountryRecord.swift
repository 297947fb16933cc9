/// One ISO 3166-1 country: its codes, its English short name and Chinese name, and the
/// other ways inputs write it.
public struct CountryRecord: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 (`DE`).
    public let alpha2: String
    /// ISO 3166-1 alpha-3 (`DEU`).
    public let alpha3: String
    /// The ISO English short name (`Germany`, `Korea, Republic of`).
    public let englishName: String
    /// The usual simplified Chinese name (`德国`).
    public let chineseName: String
    /// Official names, common names and traditional-character spellings.
    public let variants: [String]

    init(_ alpha2: String, _ alpha3: String, _ englishName: String, _ chineseName: String, also variants: [String] = []) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.englishName = englishName
        self.chineseName = chineseName
        self.variants = variants
    }

    /// Every name of the country this normaliser recognises: the short names, the
    /// variants of the ISO table and the hand-kept variants.
    var names: [String] {
        [englishName, chineseName] + variants + (CountryRecord.extraVariants[alpha2] ?? [])
    }
}
