/// The words screening knows: the abbreviations usual in Chinese company names written in
/// English, Wade-Giles spellings of pinyin syllables, generic words and place names that
/// weigh less than a distinctive word.
enum ScreeningVocabulary {
    /// Weight of a generic word (`group`, `technology`, `company`).
    static let genericWeight = 0.25
    /// Weight of a Chinese province or city name (`guangzhou`, `beijing`).
    static let placeWeight = 0.5

    /// The canonical spelling of a token: an abbreviation expanded, a Wade-Giles spelling
    /// as pinyin, a plural made singular.
    static func canonical(_ token: String) -> String {
        if let known = abbreviations[token] { return known }
        if let pinyin = wadeGiles[token] { return pinyin }
        if token.count > 4, token.hasSuffix("s"), !token.hasSuffix("ss"), token.allSatisfy(\.isASCII) {
            let singular = String(token.dropLast())
            return abbreviations[singular] ?? singular
        }
        return token
    }

    /// How much a token counts in the token-set similarity.
    static func weight(of token: String) -> Double {
        if generic.contains(token) { return genericWeight }
        if places.contains(token) { return placeWeight }
        return 1
    }

    /// Two-character pieces of a word written in Han characters (empty for other words).
    static func hanBigrams(_ token: String) -> [String] {
        let characters = Array(token)
        guard characters.count > 2, characters.allSatisfy({ $0.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false })
        else { return [] }
        return (0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) }
    }

    /// Abbreviations and variant spellings, each to one canonical word.
    static let abbreviations: [String: String] = {
        let groups: [String: [String]] = [
            "group": ["grp", "grps", "groups"],
            "communications": ["comm", "comms", "commun", "communication", "commn", "commns"],
            "telecommunications": ["telecom", "telecoms", "telecommunication", "tel"],
            "technology": ["tech", "techs", "techn", "technol", "technologies", "techno"],
            "service": ["srvces", "srvcs", "srvc", "svcs", "svc", "serv", "servs", "services", "servc"],
            "company": ["co", "cos", "coy", "companies", "cie"],
            "limited": ["ltd", "lt", "ltda"],
            "international": ["intl", "internat", "intern", "int"],
            "corporation": ["corp", "corpn", "corporations"],
            "electric": ["elec", "elect", "electr", "electronic", "electronics", "electrical", "electro"],
            "engineering": ["eng", "engg", "engr", "engrg"],
            "industry": ["ind", "inds", "indus", "industries", "industrial", "indust"],
            "manufacturing": ["mfg", "mfr", "mfrs", "manuf", "manufacture", "manufacturer"],
            "science": ["sci", "sciences", "scientific"],
            "academy": ["acad", "academies"],
            "institute": ["inst", "instit", "institution", "institutes"],
            "university": ["univ", "uni", "universities"],
            "national": ["natl", "nat", "nationale", "nacional"],
            "development": ["dev", "devt", "devel", "developments"],
            "equipment": ["equip", "eqpt", "equipments"],
            "holdings": ["hldgs", "hldg", "holding", "hold"],
            "management": ["mgmt", "mgt"],
            "trading": ["trdg", "trade"],
            "import": ["imp", "imports"],
            "export": ["exp", "exports"],
            "investment": ["invest", "inv", "invt", "investments"],
            "chemical": ["chem", "chemicals"],
            "pharmaceutical": ["pharm", "pharma", "pharmaceuticals"],
            "machinery": ["mach", "machine", "machines"],
            "material": ["matl", "matls", "materials"],
            "association": ["assn", "assoc"],
            "center": ["ctr", "cntr", "centre", "centers", "centres"],
            "research": ["res", "rsch"],
            "laboratory": ["lab", "labs", "laboratories"],
            "system": ["sys", "systems"],
            "product": ["prod", "prods", "products"],
            "information": ["info", "infor"],
            "power": ["pwr"],
            "general": ["gen", "genl"],
            "shipping": ["shpg"],
            "aviation": ["avn", "aviat"],
            "department": ["dept"],
            "brothers": ["bros"],
        ]
        var out: [String: String] = [:]
        for (canonical, variants) in groups {
            out[canonical] = canonical
            for variant in variants { out[variant] = canonical }
        }
        return out
    }()

    /// Wade-Giles and postal spellings with their pinyin (a cheap subset: whole place names
    /// and the common syllables).
    static let wadeGiles: [String: String] = [
        "peking": "beijing", "peiping": "beijing", "tsingtao": "qingdao", "canton": "guangzhou",
        "chungking": "chongqing", "nanking": "nanjing", "tientsin": "tianjin", "sian": "xian",
        "amoy": "xiamen", "hangchow": "hangzhou", "soochow": "suzhou", "harbin": "harbin",
        "hsin": "xin", "hsi": "xi", "hsu": "xu", "hsieh": "xie", "hsiao": "xiao", "hsiung": "xiong",
        "chung": "zhong", "kuang": "guang", "kwang": "guang", "tsing": "qing", "chiang": "jiang",
        "chien": "jian", "chou": "zhou", "tsai": "cai", "tseng": "zeng", "tsao": "cao", "tung": "dong",
        "kung": "gong", "kuo": "guo", "yung": "yong", "chih": "zhi", "szu": "si", "ssu": "si", "tzu": "zi",
    ]

    /// Words that say nothing about which company a name means.
    static let generic: Set<String> = [
        "group", "communications", "telecommunications", "technology", "service", "company", "limited",
        "international", "corporation", "electric", "engineering", "industry", "manufacturing", "science",
        "academy", "institute", "university", "national", "development", "equipment", "holdings", "management",
        "trading", "import", "export", "investment", "chemical", "pharmaceutical", "machinery", "material",
        "association", "center", "research", "laboratory", "system", "product", "information", "power",
        "general", "shipping", "aviation", "department", "china", "chinese", "new", "high", "advanced",
        "global", "bank", "energy", "network", "software", "digital", "intelligent", "smart", "precision",
        "instrument", "industrial", "enterprise", "commercial", "logistics", "semiconductor", "optical",
        "electronic", "applied", "medical", "health", "aerospace", "automation", "inc", "llc", "plc", "sa",
        "ag", "gmbh", "bv", "ltda", "srl", "spa", "ooo", "jsc", "pjsc", "fze", "fzco", "fzc", "ship",
        "tech", "solution", "innovation", "capital", "resource", "first", "state", "city", "province",
    ]

    /// Chinese provinces and large cities in pinyin, and the other places often at the start
    /// of a company name.
    static let places: Set<String> = [
        "beijing", "shanghai", "guangzhou", "shenzhen", "tianjin", "chongqing", "wuhan", "hangzhou", "nanjing",
        "xian", "chengdu", "harbin", "dalian", "qingdao", "hong", "kong", "hongkong", "guangdong", "jiangsu",
        "zhejiang", "sichuan", "shandong", "hubei", "hunan", "henan", "hebei", "fujian", "liaoning", "shaanxi",
        "shanxi", "anhui", "jiangxi", "yunnan", "guizhou", "xinjiang", "changsha", "xiamen", "suzhou", "ningbo",
        "macau", "macao", "taiwan", "jilin", "heilongjiang", "gansu", "hainan", "guangxi", "ningxia", "qinghai",
        "tibet", "zhengzhou", "jinan", "shenyang", "kunming", "fuzhou", "hefei", "nanchang", "changchun",
        "taiyuan", "shijiazhuang", "wuxi", "dongguan", "foshan", "zhuhai", "iran", "tehran", "moscow", "russia",
        "dubai", "korea", "pyongyang", "syria", "damascus", "asia", "pacific", "east", "west", "north", "south",
    ]

    /// Words dropped before comparison.
    static let stopwords: Set<String> = ["of", "the", "for", "de", "la", "el", "du", "des", "and", "al", "a", "an", "in", "on"]
}
