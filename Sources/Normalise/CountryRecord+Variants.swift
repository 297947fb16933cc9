// Hand-kept spellings of country names that dossiers, patent offices and the USPTO use
// beside the ISO names: abbreviations (PRC, UK, UAE), former and popular names (Burma,
// Swaziland, Holland), the names of the parts of the United Kingdom, and the Chinese names
// of Greater China with their usual qualifiers (中国大陆, 中国香港, 台湾省).
//
// Matching ignores case, width, diacritics, punctuation, whitespace and a leading "the", and
// reads "St" as "Saint", so `P.R. China`, `PR China` and `p r china` need one entry only.

extension CountryRecord {
    /// Extra names by alpha-2 code.
    static let extraVariants: [String: [String]] = [
        "AE": ["UAE", "U.A.E.", "Emirates", "阿联酋", "阿拉伯联合酋长国"],
        "AU": ["澳洲", "Commonwealth of Australia"],
        "BA": ["Bosnia", "Bosnia-Herzegovina", "波黑"],
        "BN": ["Brunei"],
        "BO": ["Bolivia"],
        "BS": ["Bahamas", "The Bahamas"],
        "CD": [
            "DR Congo", "D.R. Congo", "DRC", "Congo, Democratic Republic of the",
            "Democratic Republic of Congo", "Congo (Kinshasa)", "Congo-Kinshasa", "刚果金",
        ],
        "CG": [
            "Republic of the Congo", "Republic of Congo", "Congo (Brazzaville)", "Congo-Brazzaville",
            "Congo, Republic of the", "刚果布",
        ],
        "CH": ["Swiss Confederation", "Schweiz", "Suisse", "Svizzera"],
        "CI": ["Ivory Coast", "Cote d'Ivoire"],
        "CN": [
            "PRC", "P.R.C.", "P.R. China", "PR China", "People's Republic of China",
            "China, People's Republic of", "Mainland China", "China (Mainland)", "Chinese Mainland",
            "中华人民共和国", "中國", "中華人民共和國", "中国大陆", "中国内地", "大陆", "内地",
        ],
        "CV": ["Cape Verde"],
        "CZ": ["Czech Republic", "Czech", "捷克共和国"],
        "DE": [
            "Deutschland", "Bundesrepublik Deutschland", "BRD", "F.R. Germany", "FRG",
            "Germany, Federal Republic of", "West Germany", "德意志联邦共和国",
        ],
        "FM": ["Micronesia"],
        "GB": [
            "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
            "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland",
            "英国", "英格兰", "苏格兰", "威尔士", "北爱尔兰", "大不列颠", "联合王国",
        ],
        "HK": [
            "Hong Kong SAR", "Hong Kong, China", "Hong Kong (China)", "Hong Kong SAR, China",
            "Hong Kong Special Administrative Region", "HKSAR", "Hongkong",
            "香港", "中国香港", "香港特别行政区", "中国香港特别行政区", "香港特別行政區", "中國香港",
            // The official PRC forms (review-rules 1: handled by reference to the export rules).
            "中华人民共和国香港特别行政区", "中華人民共和國香港特別行政區", "香港地区", "中国香港地区", "Hong Kong SAR, PRC",
            "Hong Kong SAR of China", "Hong Kong Special Administrative Region of China",
            "Hong Kong Special Administrative Region of the People's Republic of China",
        ],
        "IR": ["Iran", "Islamic Republic of Iran", "Persia", "伊朗"],
        "JP": ["Nippon", "Nihon", "日本国", "日本國"],
        "KP": [
            "North Korea", "DPRK", "D.P.R.K.", "DPR Korea", "Korea, DPR", "Korea (North)",
            "Korea, North", "Democratic People's Republic of Korea", "朝鲜", "北韩", "北朝鲜",
            "朝鲜民主主义人民共和国", "北韓", "조선",
        ],
        // "Korea" alone means the Republic of Korea in patent and trade data (KIPO, USPTO).
        "KR": [
            "South Korea", "Republic of Korea", "Korea", "Korea, South", "Korea (South)",
            "Korea, Rep.", "Korea Republic", "ROK", "韩国", "大韩民国", "南韩", "韓國",
            "大韓民國", "南韓", "한국", "대한민국",
        ],
        "LA": ["Laos", "Lao PDR"],
        "MD": ["Moldova"],
        "MK": [
            "Macedonia", "Republic of Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia",
            "马其顿",
        ],
        "MM": ["Burma"],
        "MO": [
            "Macau", "Macao SAR", "Macau SAR", "Macao, China", "Macau, China", "Macao (China)",
            "Macao Special Administrative Region", "澳门", "中国澳门", "澳门特别行政区",
            "中国澳门特别行政区", "澳門", "中國澳門", "澳門特別行政區", "中华人民共和国澳门特别行政区",
            "中華人民共和國澳門特別行政區", "澳门地区", "中国澳门地区", "Macao SAR, PRC", "Macau SAR, PRC", "Macao SAR, China",
            "Macau SAR, China", "Macao Special Administrative Region of China",
            "Macao Special Administrative Region of the People's Republic of China",
        ],
        "NL": ["Holland", "The Netherlands", "Nederland"],
        "PS": ["Palestine", "State of Palestine", "Palestinian Territory"],
        "RU": ["Russia", "Russian Federation", "俄罗斯联邦", "俄国"],
        "SA": ["KSA"],
        "SY": ["Syria"],
        "SZ": ["Swaziland"],
        "TL": ["East Timor"],
        "TR": ["Turkey", "Republic of Turkey", "Türkiye"],
        "TW": [
            "Taiwan", "Taiwan, China", "Taiwan (China)", "Taiwan, Province of China", "Chinese Taipei",
            "Republic of China", "台湾", "台湾省", "中国台湾", "中国台湾省", "台灣", "臺灣", "中國台灣",
            "中國臺灣", "台湾地区", "中国台湾地区", "臺灣地區", "台灣地區", "中國台灣地區",
            "Taiwan Region", "Taiwan Region of China", "Taiwan region, China", "Taiwan Province of China", "Taiwan Province, China",
        ],
        "TZ": ["Tanzania"],
        "US": [
            "USA", "U.S.A.", "U.S.", "United States of America", "America", "United States, The",
            "美国", "美利坚合众国", "美國",
        ],
        "VA": ["Vatican", "Vatican City", "Vatican City State", "Holy See", "梵蒂冈", "教廷"],
        "VE": ["Venezuela"],
        "VN": ["Vietnam", "Viet Nam", "Socialist Republic of Vietnam"],
    ]
}
