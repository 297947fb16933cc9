/// A country that receiving parties come from, with the ways offices write its name and the
/// names, legal forms and addresses of companies there.
struct ForeignCountry: Sendable {
    /// ISO 3166-1 alpha-2.
    let code: String
    /// Relative weight among receiving parties.
    let weight: Int
    /// How `party/country` is written, with weights (`DE`, `Federal Republic of Germany`, `德国`).
    let spellings: [(String, Int)]
    /// Company name stems: a Chinese transliteration and the name itself.
    let stems: [Bilingual]
    /// Legal forms: Chinese rendering and the form as written (`GmbH`). A form ending in a
    /// space (`PT `) is written before the name.
    let forms: [Bilingual]
    /// Address templates with numeric slots.
    let addresses: [String]

    /// Receiving parties' countries outside Greater China.
    static let all: [ForeignCountry] = [
        ForeignCountry(
            code: "US", weight: 14,
            spellings: [
                ("US", 30), ("USA", 10), ("United States", 10), ("United States of America", 10), ("美国", 8), ("U.S.A.", 3),
                ("UNITED STATES", 3),
            ],
            stems: [
                .t("北风", "Northwind"), .t("蓝峰", "Bluecrest"), .t("银线", "Silverline"), .t("松果", "Pinecone"), .t("红杉谷", "Redwood Valley"),
                .t("鹰岩", "Eaglerock"),
            ],
            forms: [.t("公司", "Inc."), .t("有限责任公司", "LLC"), .t("公司", "Corporation")],
            addresses: [
                "{100..9999} Innovation Drive, San Jose, CA 95134", "{10..500} Congress Avenue, Austin, TX 78701",
                "{1..300} Technology Square, Cambridge, MA 02139",
            ]),
        ForeignCountry(
            code: "DE", weight: 12,
            spellings: [("DE", 30), ("Germany", 15), ("Federal Republic of Germany", 8), ("德国", 8), ("GERMANY", 3), ("Deutschland", 3)],
            stems: [.t("诺德温", "Nordwind"), .t("阿德勒", "Adlerwerk"), .t("贝格曼", "Bergmann"), .t("松嫩费尔德", "Sonnenfeld"), .t("莱茵", "Rheintal")],
            forms: [.t("有限责任公司", "GmbH"), .t("股份公司", "AG"), .t("两合公司", "GmbH & Co. KG")],
            addresses: [
                "Industriestraße {1..120}, 70565 Stuttgart", "Carl-Zeiss-Ring {1..40}, 85737 Ismaning",
                "Am Technologiepark {1..30}, 01109 Dresden",
            ]),
        ForeignCountry(
            code: "JP", weight: 10,
            spellings: [("JP", 30), ("Japan", 15), ("日本", 10), ("JAPAN", 5)],
            stems: [.t("樱花", "Sakura"), .t("藤村", "Fujimura"), .t("星野", "Hoshino"), .t("大和精机", "Yamato Seiki")],
            forms: [.t("株式会社", "Co., Ltd."), .t("株式会社", "Corporation"), .t("株式会社", "Kabushiki Kaisha")],
            addresses: ["{1..9}-{1..20}-{1..30} Shiba, Minato-ku, Tokyo 105-0014", "{1..9}-{1..15} Nakanoshima, Kita-ku, Osaka 530-0005"]),
        ForeignCountry(
            code: "KR", weight: 8,
            spellings: [
                ("KR", 25), ("KOREA, REPUBLIC OF", 10), ("Republic of Korea", 10), ("South Korea", 8), ("韩国", 8), ("Korea (South)", 2),
            ],
            stems: [.t("韩光", "Hanbit"), .t("大成", "Daesung"), .t("未来", "Mirae"), .t("世进", "Sejin")],
            forms: [.t("株式会社", "Co., Ltd."), .t("公司", "Corp.")],
            addresses: ["{10..300} Teheran-ro, Gangnam-gu, Seoul 06164", "{1..99} Pangyo-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13494"]),
        ForeignCountry(
            code: "GB", weight: 6,
            spellings: [
                ("GB", 25), ("United Kingdom", 12), ("UK", 6), ("英国", 6), ("Great Britain", 2),
                ("United Kingdom of Great Britain and Northern Ireland", 2),
            ],
            stems: [.t("泰晤士", "Thames"), .t("阿尔比恩", "Albion"), .t("温莎", "Windsor"), .t("奔宁", "Pennine")],
            forms: [.t("有限公司", "Ltd"), .t("有限公司", "Limited"), .t("股份有限公司", "plc")],
            addresses: ["Unit {1..40}, Cambridge Science Park, Milton Road, Cambridge CB4 0FZ", "{1..99} King Street, Manchester M2 4LQ"]),
        ForeignCountry(
            code: "FR", weight: 5,
            spellings: [("FR", 25), ("France", 15), ("法国", 6), ("French Republic", 2)],
            stems: [.t("吕米埃", "Lumière"), .t("里瓦日", "Rivage"), .t("阿尔卑斯", "Alpes Industrie")],
            forms: [.t("简化股份公司", "SAS"), .t("股份公司", "S.A.")],
            addresses: ["{1..150} rue de la République, 69002 Lyon", "{1..80} avenue de l'Europe, 78140 Vélizy-Villacoublay"]),
        ForeignCountry(
            code: "NL", weight: 4,
            spellings: [("NL", 25), ("Netherlands", 10), ("The Netherlands", 6), ("荷兰", 5), ("Holland", 2)],
            stems: [.t("奥兰耶", "Oranje"), .t("德尔塔", "Delta Works"), .t("风车", "Windmolen")],
            forms: [.t("私人有限公司", "B.V."), .t("股份公司", "N.V.")],
            addresses: ["High Tech Campus {1..99}, 5656 AE Eindhoven", "Strawinskylaan {100..999}, 1077 ZX Amsterdam"]),
        ForeignCountry(
            code: "CH", weight: 3,
            spellings: [("CH", 25), ("Switzerland", 12), ("瑞士", 5), ("Swiss Confederation", 2)],
            stems: [.t("赫尔维蒂", "Helvetia"), .t("阿尔彭", "Alpen")],
            forms: [.t("股份公司", "AG"), .t("股份公司", "SA"), .t("有限责任公司", "GmbH")],
            addresses: ["Bahnhofstrasse {1..99}, 8001 Zürich", "Route de Genève {1..60}, 1291 Commugny"]),
        ForeignCountry(
            code: "SE", weight: 2,
            spellings: [("SE", 25), ("Sweden", 12), ("瑞典", 5)],
            stems: [.t("北欧峡湾", "Fjordlight"), .t("诺迪克", "Nordic Kraft")],
            forms: [.t("股份公司", "AB")],
            addresses: ["Kungsgatan {1..80}, 111 56 Stockholm"]),
        ForeignCountry(
            code: "SG", weight: 6,
            spellings: [("SG", 25), ("Singapore", 15), ("新加坡", 8), ("Republic of Singapore", 3)],
            stems: [.t("鱼尾狮", "Merlion"), .t("狮城", "Lion City"), .t("滨海", "Marina")],
            forms: [.t("私人有限公司", "Pte. Ltd.")],
            addresses: ["{1..99} Science Park Road, #0{1..9}-{10..99}, Singapore 117{100..999}"]),
        ForeignCountry(
            code: "IN", weight: 3,
            spellings: [("IN", 25), ("India", 15), ("印度", 5)],
            stems: [.t("恒河", "Ganga"), .t("瓦尤", "Vayu")],
            forms: [.t("私人有限公司", "Private Limited"), .t("有限公司", "Ltd.")],
            addresses: ["Plot {1..200}, Electronic City Phase {1..2}, Bengaluru 560100"]),
        ForeignCountry(
            code: "VN", weight: 4,
            spellings: [("VN", 20), ("Viet Nam", 10), ("Vietnam", 10), ("越南", 5)],
            stems: [.t("西贡", "Saigon"), .t("红河", "Hồng Hà")],
            forms: [.t("股份公司", "Joint Stock Company"), .t("有限公司", "Co., Ltd.")],
            addresses: ["Lô {1..50} KCN Tân Thuận, Quận 7, TP. Hồ Chí Minh", "Số {1..200} Phố Duy Tân, Cầu Giấy, Hà Nội"]),
        ForeignCountry(
            code: "TH", weight: 2,
            spellings: [("TH", 20), ("Thailand", 10), ("泰国", 5)],
            stems: [.t("暹罗", "Siam")],
            forms: [.t("有限公司", "Co., Ltd."), .t("大众有限公司", "Public Company Limited")],
            addresses: ["{1..999} Moo {1..9}, Amata City Chonburi Industrial Estate, Chonburi 20000"]),
        ForeignCountry(
            code: "MY", weight: 2,
            spellings: [("MY", 20), ("Malaysia", 10), ("马来西亚", 5)],
            stems: [.t("八打灵", "Petaling")],
            forms: [.t("私人有限公司", "Sdn. Bhd."), .t("有限公司", "Berhad")],
            addresses: ["Lot {1..99}, Jalan Teknologi, Kota Damansara, 47810 Petaling Jaya, Selangor"]),
        ForeignCountry(
            code: "ID", weight: 2,
            spellings: [("ID", 20), ("Indonesia", 10), ("印度尼西亚", 5)],
            stems: [.t("努山塔拉", "Nusantara")],
            forms: [.t("有限公司", "PT ")],
            addresses: ["Jl. Jend. Sudirman Kav. {1..99}, Jakarta 12190"]),
        ForeignCountry(
            code: "AU", weight: 3,
            spellings: [("AU", 25), ("Australia", 12), ("澳大利亚", 5)],
            stems: [.t("南十字", "Southern Cross"), .t("桉树", "Eucalypt")],
            forms: [.t("私人有限公司", "Pty Ltd")],
            addresses: ["{1..200} Collins Street, Melbourne VIC 3000"]),
        ForeignCountry(
            code: "CA", weight: 3,
            spellings: [("CA", 25), ("Canada", 12), ("加拿大", 5)],
            stems: [.t("枫叶", "Maple Leaf"), .t("北极光", "Aurora North")],
            forms: [.t("公司", "Inc."), .t("有限公司", "Ltd.")],
            addresses: ["{100..999} Bay Street, Toronto, ON M5J 2T3"]),
        ForeignCountry(
            code: "IL", weight: 2,
            spellings: [("IL", 25), ("Israel", 10), ("以色列", 5)],
            stems: [.t("卡梅尔", "Carmel")],
            forms: [.t("有限公司", "Ltd.")],
            addresses: ["{1..50} HaBarzel Street, Tel Aviv 69710"]),
        ForeignCountry(
            code: "RU", weight: 3,
            spellings: [("RU", 20), ("Russian Federation", 10), ("Russia", 10), ("俄罗斯", 8)],
            stems: [.t("伏尔加", "Volga"), .t("乌拉尔", "Ural Tekh")],
            forms: [.t("有限责任公司", "LLC"), .t("股份公司", "JSC"), .t("有限责任公司", "OOO")],
            addresses: ["ul. Tverskaya, d. {1..30}, Moscow 125009"]),
        ForeignCountry(
            code: "BR", weight: 2,
            spellings: [("BR", 20), ("Brazil", 10), ("巴西", 5)],
            stems: [.t("亚马孙", "Amazonas")],
            forms: [.t("有限公司", "Ltda."), .t("股份公司", "S.A.")],
            addresses: ["Av. Paulista, {100..2000}, São Paulo - SP, 01310-100"]),
        ForeignCountry(
            code: "AE", weight: 2,
            spellings: [("AE", 20), ("United Arab Emirates", 10), ("UAE", 5), ("阿联酋", 5)],
            stems: [.t("猎鹰", "Falcon")],
            forms: [.t("自贸区公司", "FZE"), .t("有限责任公司", "LLC")],
            addresses: ["Office {100..999}, Jebel Ali Free Zone, Dubai"]),
        ForeignCountry(
            code: "IT", weight: 3,
            spellings: [("IT", 25), ("Italy", 12), ("意大利", 5)],
            stems: [.t("奥罗拉", "Aurora"), .t("维斯塔", "Vesta Meccanica")],
            forms: [.t("股份公司", "S.p.A."), .t("有限责任公司", "S.r.l.")],
            addresses: ["Via Roma {1..150}, 20121 Milano"]),
        ForeignCountry(
            code: "ES", weight: 2,
            spellings: [("ES", 25), ("Spain", 12), ("西班牙", 5)],
            stems: [.t("索尔", "Sol Ibérica")],
            forms: [.t("有限责任公司", "S.L."), .t("股份公司", "S.A.")],
            addresses: ["Calle de Alcalá {1..300}, 28009 Madrid"]),
        ForeignCountry(
            code: "FI", weight: 1,
            spellings: [("FI", 25), ("Finland", 10), ("芬兰", 5)],
            stems: [.t("萨沃", "Savo")],
            forms: [.t("有限公司", "Oy")],
            addresses: ["Keilaranta {1..20}, 02150 Espoo"]),
        ForeignCountry(
            code: "TR", weight: 1,
            spellings: [("TR", 20), ("Turkey", 5), ("Türkiye", 5), ("土耳其", 5)],
            stems: [.t("博斯普鲁斯", "Boğaziçi")],
            forms: [.t("股份公司", "A.Ş.")],
            addresses: ["Organize Sanayi Bölgesi {1..30}. Cadde No:{1..99}, Bursa"]),
        ForeignCountry(
            code: "SA", weight: 1,
            spellings: [("SA", 20), ("Saudi Arabia", 10), ("沙特阿拉伯", 5)],
            stems: [.t("绿洲", "Oasis")],
            forms: [.t("公司", "Company")],
            addresses: ["King Fahd Road, Riyadh {11000..12000}"]),
    ]

    /// Hong Kong, Macao and Taiwan: outbound under the export rules, with a note.
    static let greaterChina: [ForeignCountry] = [
        ForeignCountry(
            code: "HK", weight: 6,
            spellings: [("HK", 20), ("Hong Kong SAR", 10), ("Hong Kong, China", 8), ("中国香港", 8), ("香港", 5), ("Hong Kong", 5)],
            stems: [.t("维港", "Victoria Harbour"), .t("太平山", "Peak Line"), .t("九龙", "Kowloon Bay")],
            forms: [.t("有限公司", "Limited"), .t("有限公司", "Company Limited")],
            addresses: ["Unit {1..30}0{1..9}, {1..30}/F, Tower {1..3}, Harbour City, Tsim Sha Tsui, Kowloon"]),
        ForeignCountry(
            code: "MO", weight: 1,
            spellings: [("MO", 20), ("Macao SAR", 8), ("Macau", 5), ("中国澳门", 6)],
            stems: [.t("莲花", "Lotus")],
            forms: [.t("有限公司", "Limitada")],
            addresses: ["Avenida da Praia Grande, n.º {1..500}, Macau"]),
        ForeignCountry(
            code: "TW", weight: 3,
            spellings: [("TW", 15), ("Taiwan, China", 8), ("中国台湾", 8), ("Taiwan", 5)],
            stems: [.t("福尔摩沙", "Formosa Tech"), .t("宝岛", "Treasure Isle")],
            forms: [.t("股份有限公司", "Co., Ltd."), .t("股份有限公司", "Corporation")],
            addresses: ["No. {1..300}, Sec. {1..5}, Zhongxiao E. Rd., Taipei City"]),
    ]

    /// How offices write China.
    static let chinaSpellings: [(String, Int)] = [
        ("CN", 40), ("China", 15), ("中国", 15), ("中华人民共和国", 8), ("PRC", 5), ("P.R. China", 5),
        ("People's Republic of China", 5), ("P. R. China", 2),
    ]

    /// Country texts that cannot be read as a country.
    static let unreadableSpellings: [String] = ["Ruritania", "N/A", "Unknown", "待补充", "XX", "Freedonia"]

    /// Entities named on published restricted-party lists (US Consolidated Screening List),
    /// as a receiving party might be written: the same name with case and punctuation varied.
    static let listedEntities: [(country: String, names: [String], address: String)] = [
        ("GB", ["A.P. Finance Limited", "A P FINANCE LTD"], "113/115 George Lane, London, E18 1AB"),
        ("HK", ["ACTeam Logistics Ltd.", "ACTEAM LOGISTICS LIMITED"], "Castle Peak Road, Tsuen Wan, N.T., Hong Kong"),
        ("TR", ["3K Aviation Consulting and Logistics", "3K AVIATION CONSULTING & LOGISTICS"], "Sirinyali Mah. 07160, Antalya"),
        ("IL", ["A. Leib Ltd.", "A LEIB LTD"], "HaAssif 19, Binyamina"),
        ("RU", ["AKTSIONERNOE OBSHCHESTVO SHVABE", "Shvabe JSC"], "Vostochnaya St., Yekaterinburg"),
        ("CA", ["2904977 CANADA, INC.", "2904977 Canada Inc"], "818 rue Sherbrooke East, Montreal, Quebec, H2L 1K3"),
        ("AE", ["A.H. Shamnad", "A H SHAMNAD"], "Al-Nakheel, Deira, Dubai"),
    ]
}
