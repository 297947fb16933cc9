/// A legal form of an organisation (`Co., Ltd.`, `GmbH`, `有限公司`, `株式会社`) as the name
/// normaliser recognises and removes it.
struct LegalForm: Sendable {
    /// How the form is reported in `PartyName.legalForm` (`co ltd`, `gmbh`, `株式会社`).
    let canonical: String
    /// Latin-script spellings, each as the folded words it becomes (`Co., Ltd.` and
    /// `Company Limited` are `["co", "ltd"]` and `["company", "limited"]`; `&`, `and` and
    /// `und` are gone by then, so `GmbH & Co. KG` is `["gmbh", "co", "kg"]`).
    let spellings: [[String]]
    /// Spellings in scripts written without spaces (Han, kana, Hangul), matched as the end
    /// (or, where `front` is set, the start) of a word: `华为技术有限公司`, `株式会社トヨタ`.
    let affixes: [String]
    /// True when the form is also written before the name (Japanese and Korean forms:
    /// `株式会社トヨタ`, `주식회사 삼성`, `Kabushiki Kaisha Toshiba`); of the Latin spellings only
    /// those of two whole words count there, not initials such as `K.K.`.
    let front: Bool

    init(_ canonical: String, _ spellings: [String] = [], affixes: [String] = [], front: Bool = false) {
        self.canonical = canonical
        self.spellings = spellings.map { $0.split(separator: " ").map(String.init) }
        self.affixes = affixes
        self.front = front
    }
}

extension LegalForm {
    /// The legal forms removed from party names. Longer spellings win over shorter ones, so
    /// `Co., Ltd.` is one form and `GmbH & Co. KG` another; `集团` (group) is not a legal form
    /// and stays in the name, as do words such as `Holdings`, `研究院` and `大学`.
    static let all: [LegalForm] = [
        // Chinese (simplified and traditional).
        LegalForm("股份有限公司", affixes: ["股份有限公司"]),
        LegalForm("有限责任公司", affixes: ["有限责任公司", "有限責任公司"]),
        LegalForm("有限公司", affixes: ["有限公司"]),
        LegalForm("股份公司", affixes: ["股份公司"]),
        LegalForm("总公司", affixes: ["总公司", "總公司"]),
        LegalForm("公司", affixes: ["公司"]),
        LegalForm("有限合伙", affixes: ["有限合伙", "有限合夥"]),
        LegalForm("普通合伙", affixes: ["普通合伙", "普通合夥"]),
        // Japanese.
        LegalForm("株式会社", ["kabushiki kaisha", "kabushikikaisha", "kk", "k k"], affixes: ["株式会社"], front: true),
        LegalForm("有限会社", ["yugen kaisha", "yk", "y k"], affixes: ["有限会社"], front: true),
        LegalForm("合同会社", ["godo kaisha", "gk"], affixes: ["合同会社"], front: true),
        LegalForm("合資会社", ["goshi kaisha"], affixes: ["合資会社"], front: true),
        LegalForm("合名会社", ["gomei kaisha"], affixes: ["合名会社"], front: true),
        // Korean.
        LegalForm("주식회사", ["chusik hoesa", "jusik hoesa"], affixes: ["주식회사"], front: true),
        LegalForm("유한책임회사", affixes: ["유한책임회사"], front: true),
        LegalForm("유한회사", affixes: ["유한회사"], front: true),
        LegalForm("합자회사", affixes: ["합자회사"], front: true),
        LegalForm("합명회사", affixes: ["합명회사"], front: true),
        // English.
        LegalForm("co ltd", ["co ltd", "co limited", "company limited", "company ltd"]),
        LegalForm("pty ltd", ["pty ltd", "pty limited", "proprietary limited"]),
        LegalForm("pte ltd", ["pte ltd", "pte limited", "private limited"]),
        LegalForm("pvt ltd", ["pvt ltd", "pvt limited"]),
        LegalForm("ltd", ["ltd", "limited"]),
        LegalForm("inc", ["inc", "incorporated"]),
        LegalForm("corp", ["corp", "corporation"]),
        LegalForm("llc", ["llc", "l l c"]),
        LegalForm("plc", ["plc", "p l c"]),
        LegalForm("pllc", ["pllc", "p l l c"]),
        LegalForm("llp", ["llp", "l l p"]),
        LegalForm("lp", ["lp", "l p"]),
        LegalForm("co", ["co", "company"]),
        LegalForm("pty", ["pty"]),
        // German.
        LegalForm("gmbh & co kg", ["gmbh co kg"]),
        LegalForm("gmbh & co kgaa", ["gmbh co kgaa"]),
        LegalForm("ag & co kg", ["ag co kg"]),
        LegalForm("ag & co kgaa", ["ag co kgaa"]),
        LegalForm("ug", ["ug haftungsbeschrankt", "ug"]),
        LegalForm("gmbh", ["gmbh", "gesellschaft mit beschrankter haftung"]),
        LegalForm("mbh", ["mbh"]),
        LegalForm("ag", ["ag", "aktiengesellschaft"]),
        LegalForm("kgaa", ["kgaa"]),
        LegalForm("kg", ["kg"]),
        LegalForm("ohg", ["ohg"]),
        LegalForm("ev", ["ev", "e v"]),
        LegalForm("se", ["se"]),
        // French, Benelux, Italian, Spanish, Portuguese.
        LegalForm("sas", ["sas", "s a s"]),
        LegalForm("sarl", ["sarl", "s a r l", "s ar l"]),
        LegalForm("sa", ["sa", "s a"]),
        LegalForm("bv", ["bv", "b v"]),
        LegalForm("nv", ["nv", "n v"]),
        LegalForm("spa", ["spa", "s p a"]),
        LegalForm("srl", ["srl", "s r l"]),
        LegalForm("sl", ["sl", "s l"]),
        LegalForm("ltda", ["ltda"]),
        // Nordic, Central European, Malaysian, Russian.
        LegalForm("ab publ", ["ab publ"]),
        LegalForm("ab", ["ab"]),
        LegalForm("oyj", ["oyj"]),
        LegalForm("oy", ["oy"]),
        LegalForm("asa", ["asa"]),
        LegalForm("as", ["as", "a s"]),
        LegalForm("aps", ["aps"]),
        LegalForm("sro", ["sro", "s r o"]),
        LegalForm("sp zoo", ["sp z o o", "spzoo"]),
        LegalForm("sdn bhd", ["sdn bhd"]),
        LegalForm("bhd", ["bhd", "berhad"]),
        LegalForm("ооо", ["ооо"]),
        LegalForm("пао", ["пао"]),
        LegalForm("зао", ["зао"]),
        LegalForm("оао", ["оао"]),
        LegalForm("ао", ["ао"]),
    ]

    /// Korean and Japanese forms written as one bracketed character (`(株)`, `㈱`, `(주)`, `㈜`),
    /// in their NFKC form, with the form they stand for.
    static let bracketed: [(text: String, form: String)] = [
        ("(株)", "株式会社"), ("(有)", "有限会社"), ("(合)", "合同会社"), ("(주)", "주식회사"), ("(유)", "유한회사"),
    ]
}
