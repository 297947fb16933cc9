import DossierModel
import Testing

@testable import Normalise

@Suite struct NameNormaliserTests {
    /// Names as written (many from the real files under realdata/A-ip-records), the
    /// normalised name and the legal form removed.
    static let cases: [(String, String, String?)] = [
        // Chinese.
        ("江苏某某新能源材料有限公司", "江苏某某新能源材料", "有限公司"),
        ("三星显示有限公司", "三星显示", "有限公司"),
        ("云南中烟工业有限责任公司", "云南中烟工业", "有限责任公司"),
        ("京东方科技集团股份有限公司", "京东方科技集团", "股份有限公司"),
        ("中国石油天然气集团总公司", "中国石油天然气集团", "总公司"),
        ("华为技术 有限公司", "华为技术", "有限公司"),
        ("台灣積體電路製造股份有限公司", "台灣積體電路製造", "股份有限公司"),
        ("昆明协立知识产权代理事务所(普通合伙)", "昆明协立知识产权代理事务所", "普通合伙"),
        ("宁波某某投资合伙企业（有限合伙）", "宁波某某投资合伙企业", "有限合伙"),
        ("中国科学院物理研究所", "中国科学院物理研究所", nil),
        ("清华大学", "清华大学", nil),
        // English.
        ("Jiangsu Moumou New Energy Materials Co., Ltd.", "jiangsu moumou new energy materials", "co ltd"),
        ("BOE TECHNOLOGY GROUP CO., LTD.", "boe technology group", "co ltd"),
        ("Chengdu BOE Optoelectronics Technology Co.,Ltd.", "chengdu boe optoelectronics technology", "co ltd"),
        ("ASAHI GLASS COMPANY LTD.", "asahi glass", "co ltd"),
        ("International Business Machines Corporation", "international business machines", "corp"),
        (
            "Toyota Motor Engineering & Manufacturing North America, Inc.",
            "toyota motor engineering manufacturing north america", "inc"
        ),
        ("DUBINSHIRE LTD., LLC", "dubinshire", "ltd llc"),
        ("Acme Holdings Corporation Limited", "acme holdings", "corp ltd"),
        ("ADVANCED REGEN MEDICAL TECHNOLOGIES, L.L.C.", "advanced regen medical technologies", "llc"),
        ("Snell & Wilmer LLP", "snell wilmer", "llp"),
        ("ACER INCORPORATED", "acer", "inc"),
        ("HANSEL 'N GRETEL BRAND, INC.", "hansel n gretel brand", "inc"),
        ("Barclays PLC", "barclays", "plc"),
        ("COEN COMPANY, LLC", "coen", "co llc"),
        ("Merck & Co., Inc.", "merck", "co inc"),
        ("Company", "company", nil),
        // German.
        ("Northwind Battery GmbH", "northwind battery", "gmbh"),
        ("BASF Aktiengesellschaft", "basf", "ag"),
        ("Bayer CropScience AG", "bayer cropscience", "ag"),
        ("HENKEL AG & CO. KGAA", "henkel", "ag & co kgaa"),
        ("Robert Bosch GmbH & Co. KG", "robert bosch", "gmbh & co kg"),
        ("Beispiel GmbH und Co. KG", "beispiel", "gmbh & co kg"),
        ("Beispiel UG (haftungsbeschränkt)", "beispiel", "ug"),
        ("Musterverein e.V.", "musterverein", "ev"),
        ("Schmidt & Söhne OHG", "schmidt sohne", "ohg"),
        ("Straßenbau mbH", "strassenbau", "mbh"),
        ("Müller-Boré & Partner", "muller bore partner", nil),
        // Japanese.
        ("凸版印刷株式会社", "凸版印刷", "株式会社"),
        ("株式会社トヨタ", "トヨタ", "株式会社"),
        ("トヨタ自動車㈱", "トヨタ自動車", "株式会社"),
        ("（株）デンソー", "デンソー", "株式会社"),
        ("ｿﾆｰ株式会社", "ソニー", "株式会社"),
        ("TOYOTA JIDOSHA KABUSHIKI KAISHA", "toyota jidosha", "株式会社"),
        ("Kabushiki Kaisha Toshiba", "toshiba", "株式会社"),
        ("Sony K.K.", "sony", "株式会社"),
        ("Ｔｏｐｐａｎ Ｐｒｉｎｔｉｎｇ Ｃｏ．，Ｌｔｄ．", "toppan printing", "co ltd"),
        ("有限会社 山田 商店", "山田商店", "有限会社"),
        // Korean.
        ("주식회사 삼성", "삼성", "주식회사"),
        ("삼성전자 주식회사", "삼성전자", "주식회사"),
        ("삼성전자주식회사", "삼성전자", "주식회사"),
        ("㈜엘지화학", "엘지화학", "주식회사"),
        ("Samsung Electronics Co., Ltd.", "samsung electronics", "co ltd"),
        ("에스케이하이닉스 유한회사", "에스케이하이닉스", "유한회사"),
        // French, Benelux, Italian, Nordic.
        ("Airbus S.A.S.", "airbus", "sas"),
        ("Société Générale S.A.", "societe generale", "sa"),
        ("Dupont SARL", "dupont", "sarl"),
        ("IBIS TECHNOLOGIES B.V.", "ibis technologies", "bv"),
        ("Koninklijke Philips N.V.", "koninklijke philips", "nv"),
        ("Pirelli & C. S.p.A.", "pirelli c", "spa"),
        ("Ferrero S.r.l.", "ferrero", "srl"),
        ("Nokia Oyj", "nokia", "oyj"),
        ("FLIR SYSTEMS AB", "flir systems", "ab"),
        ("Novo Nordisk A/S", "novo nordisk", "as"),
    ]

    @Test(arguments: cases)
    func normalisesNames(original: String, normalised: String, legalForm: String?) {
        let out = NameNormaliser.normalise(PartyName(lang: nil, original: original))
        #expect(out.original == original)
        #expect(out.normalised == normalised)
        #expect(out.legalForm == legalForm)
    }

    /// The normalised form is a fixed point: normalising it again changes nothing.
    @Test(arguments: cases)
    func normalisedNamesAreStable(original: String, normalised: String, legalForm: String?) {
        #expect(NameNormaliser.normalise(normalised).normalised == normalised)
    }

    @Test func spellingsOfOneCompanyMeet() {
        let spellings = [
            "Samsung Electronics Co., Ltd.", "SAMSUNG ELECTRONICS CO LTD", "Samsung Electronics Company Limited",
            "samsung  electronics,co.,ltd", "ＳＡＭＳＵＮＧ ＥＬＥＣＴＲＯＮＩＣＳ ＣＯ．， ＬＴＤ．",
        ]
        let forms = Set(spellings.map { NameNormaliser.normalise($0).normalised })
        #expect(forms == ["samsung electronics"])
    }

    @Test func spellingsWithAndWithoutAFormMeet() {
        let merck = Set(["Merck & Co., Inc.", "Merck & Co", "MERCK", "Merck and Co. Inc"].map { NameNormaliser.normalise($0).normalised })
        #expect(merck == ["merck"])
        let pg = Set(
            ["Procter & Gamble Company", "PROCTER AND GAMBLE CO", "Procter + Gamble"].map { NameNormaliser.normalise($0).normalised })
        #expect(pg == ["procter gamble"])
    }

    @Test func peopleKeepEveryWord() {
        #expect(NameNormaliser.normalise("WADA, Akihiro", legalForms: false) == .init(normalised: "wada akihiro", legalForm: nil))
        #expect(NameNormaliser.normalise("Li Ag", legalForms: false).normalised == "li ag")
        #expect(NameNormaliser.normalise("Li Ag").normalised == "li")
        #expect(NameNormaliser.normalise("福永  悟大", legalForms: false).normalised == "福永悟大")
    }

    @Test func emptyAndPunctuationOnlyNamesBecomeEmpty() {
        #expect(NameNormaliser.normalise("").normalised == "")
        #expect(NameNormaliser.normalise(" ., - ").normalised == "")
        #expect(NameNormaliser.normalise(" ., - ").legalForm == nil)
    }
}
