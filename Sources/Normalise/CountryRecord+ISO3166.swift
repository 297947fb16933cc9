// The ISO 3166-1 table: all 249 countries with their alpha-2 and alpha-3 codes, the ISO
// English short name and the usual simplified Chinese name, followed by the official names,
// common names and traditional-character spellings that inputs use.
//
// Made from the Debian iso-codes 4.15 data (ISO 3166-1 names, official and common names,
// zh_CN and zh_TW translations) and the CLDR region names in simplified and traditional
// Chinese; the mainland names of CN, HK, MO, TW, KR, KP, CD and CG were chosen by hand.
// Hand-kept variants (PRC, UK, 中国大陆, …) are in CountryRecord+Variants.swift.

extension CountryRecord {
    /// Every ISO 3166-1 country, sorted by alpha-2 code.
    public static let iso3166: [CountryRecord] = [
        CountryRecord(
            "AD", "AND", "Andorra", "安道尔",
            also: [
                "Principality of Andorra", "安道尔公国", "安道爾",
            ]),
        CountryRecord(
            "AE", "ARE", "United Arab Emirates", "阿拉伯联合酋长国",
            also: [
                "阿联酋", "阿拉伯聯合大公國",
            ]),
        CountryRecord(
            "AF", "AFG", "Afghanistan", "阿富汗",
            also: [
                "Islamic Republic of Afghanistan", "阿富汗伊斯兰共和国",
            ]),
        CountryRecord(
            "AG", "ATG", "Antigua and Barbuda", "安提瓜和巴布达",
            also: [
                "Antigua & Barbuda", "安地卡及巴布達",
            ]),
        CountryRecord("AI", "AIA", "Anguilla", "安圭拉", also: ["安奎拉"]),
        CountryRecord(
            "AL", "ALB", "Albania", "阿尔巴尼亚",
            also: [
                "Republic of Albania", "阿尔巴尼亚共和国", "阿爾巴尼亞",
            ]),
        CountryRecord(
            "AM", "ARM", "Armenia", "亚美尼亚",
            also: [
                "Republic of Armenia", "亚美尼亚共和国", "亞美尼亞",
            ]),
        CountryRecord("AO", "AGO", "Angola", "安哥拉", also: ["Republic of Angola", "安哥拉共和国"]),
        CountryRecord("AQ", "ATA", "Antarctica", "南极洲", also: ["南極洲"]),
        CountryRecord("AR", "ARG", "Argentina", "阿根廷", also: ["Argentine Republic", "阿根廷共和国"]),
        CountryRecord("AS", "ASM", "American Samoa", "美属萨摩亚", also: ["美屬薩摩亞"]),
        CountryRecord(
            "AT", "AUT", "Austria", "奥地利",
            also: [
                "Republic of Austria", "奥地利共和国", "奧地利",
            ]),
        CountryRecord("AU", "AUS", "Australia", "澳大利亚", also: ["澳洲", "澳大利亞"]),
        CountryRecord("AW", "ABW", "Aruba", "阿鲁巴", also: ["荷屬阿魯巴", "阿路巴"]),
        CountryRecord("AX", "ALA", "Åland Islands", "奥兰群岛", also: ["奧蘭群島"]),
        CountryRecord(
            "AZ", "AZE", "Azerbaijan", "阿塞拜疆",
            also: [
                "Republic of Azerbaijan", "阿塞拜疆共和国", "亞塞拜然",
            ]),
        CountryRecord(
            "BA", "BIH", "Bosnia and Herzegovina", "波斯尼亚和黑塞哥维那",
            also: [
                "Republic of Bosnia and Herzegovina", "Bosnia & Herzegovina", "波斯尼亚和黑塞哥维那共和国",
                "波士尼亞與赫塞哥維納", "波士尼亞及赫塞哥維納",
            ]),
        CountryRecord("BB", "BRB", "Barbados", "巴巴多斯", also: ["巴貝多"]),
        CountryRecord(
            "BD", "BGD", "Bangladesh", "孟加拉国",
            also: [
                "People's Republic of Bangladesh", "孟加拉", "孟加拉人民共和国",
            ]),
        CountryRecord("BE", "BEL", "Belgium", "比利时", also: ["Kingdom of Belgium", "比利时王国", "比利時"]),
        CountryRecord("BF", "BFA", "Burkina Faso", "布基纳法索", also: ["布吉納法索"]),
        CountryRecord(
            "BG", "BGR", "Bulgaria", "保加利亚",
            also: [
                "Republic of Bulgaria", "保加利亚共和国", "保加利亞",
            ]),
        CountryRecord("BH", "BHR", "Bahrain", "巴林", also: ["Kingdom of Bahrain", "巴林王国"]),
        CountryRecord(
            "BI", "BDI", "Burundi", "布隆迪",
            also: [
                "Republic of Burundi", "布隆迪共和国", "蒲隆地",
            ]),
        CountryRecord("BJ", "BEN", "Benin", "贝宁", also: ["Republic of Benin", "贝宁共和国", "貝南"]),
        CountryRecord(
            "BL", "BLM", "Saint Barthélemy", "圣巴泰勒米",
            also: [
                "St. Barthélemy", "圣巴泰勒米岛", "聖巴瑟米",
            ]),
        CountryRecord("BM", "BMU", "Bermuda", "百慕大", also: ["百慕達"]),
        CountryRecord("BN", "BRN", "Brunei Darussalam", "文莱", also: ["Brunei", "汶萊"]),
        CountryRecord(
            "BO", "BOL", "Bolivia, Plurinational State of", "玻利维亚",
            also: [
                "Bolivia", "Plurinational State of Bolivia", "玻利维亚共和国", "玻利維亞", "玻利維亞多民族國",
            ]),
        CountryRecord(
            "BQ", "BES", "Bonaire, Sint Eustatius and Saba", "荷属加勒比区",
            also: [
                "Caribbean Netherlands", "博奈尔、圣尤斯特歇斯岛和萨巴", "荷蘭加勒比區",
                "波內赫、聖尤斯特歇斯及薩巴",
            ]),
        CountryRecord(
            "BR", "BRA", "Brazil", "巴西",
            also: [
                "Federative Republic of Brazil", "巴西联邦共和国",
            ]),
        CountryRecord(
            "BS", "BHS", "Bahamas", "巴哈马",
            also: [
                "Commonwealth of the Bahamas", "巴哈马国", "巴哈馬",
            ]),
        CountryRecord("BT", "BTN", "Bhutan", "不丹", also: ["Kingdom of Bhutan", "不丹王国"]),
        CountryRecord("BV", "BVT", "Bouvet Island", "布韦岛", also: ["布维群岛", "布威島"]),
        CountryRecord(
            "BW", "BWA", "Botswana", "博茨瓦纳",
            also: [
                "Republic of Botswana", "博兹瓦那", "博兹瓦那共和国", "波札那",
            ]),
        CountryRecord(
            "BY", "BLR", "Belarus", "白俄罗斯",
            also: [
                "Republic of Belarus", "白俄罗斯共和国", "白俄羅斯",
            ]),
        CountryRecord("BZ", "BLZ", "Belize", "伯利兹", also: ["貝里斯"]),
        CountryRecord("CA", "CAN", "Canada", "加拿大", also: []),
        CountryRecord(
            "CC", "CCK", "Cocos (Keeling) Islands", "科科斯（基林）群岛",
            also: [
                "科科斯群岛", "科克斯（基靈）群島", "科科斯 (基林) 群島",
            ]),
        CountryRecord(
            "CD", "COD", "Congo, The Democratic Republic of the", "刚果民主共和国",
            also: [
                "Congo - Kinshasa", "The Democratic Republic of the Congo", "刚果（金）", "剛果（金夏沙）",
                "剛果民主共和國",
            ]),
        CountryRecord("CF", "CAF", "Central African Republic", "中非共和国", also: ["中非", "中非共和國"]),
        CountryRecord(
            "CG", "COG", "Congo", "刚果共和国",
            also: [
                "Republic of the Congo", "Congo - Brazzaville", "刚果", "刚果（布）", "剛果（布拉薩）", "剛果",
            ]),
        CountryRecord("CH", "CHE", "Switzerland", "瑞士", also: ["Swiss Confederation", "瑞士联邦"]),
        CountryRecord(
            "CI", "CIV", "Côte d'Ivoire", "科特迪瓦",
            also: [
                "Republic of Côte d'Ivoire", "Côte d’Ivoire", "科特迪瓦共和国", "象牙海岸",
            ]),
        CountryRecord("CK", "COK", "Cook Islands", "库克群岛", also: ["庫克群島"]),
        CountryRecord("CL", "CHL", "Chile", "智利", also: ["Republic of Chile", "智利共和国"]),
        CountryRecord(
            "CM", "CMR", "Cameroon", "喀麦隆",
            also: [
                "Republic of Cameroon", "喀麦隆共和国", "喀麥隆",
            ]),
        CountryRecord(
            "CN", "CHN", "China", "中国",
            also: [
                "People's Republic of China", "China mainland", "中华人民共和国", "中国大陆", "中國大陸", "中國",
            ]),
        CountryRecord(
            "CO", "COL", "Colombia", "哥伦比亚",
            also: [
                "Republic of Colombia", "哥伦比亚共和国", "哥倫比亞",
            ]),
        CountryRecord(
            "CR", "CRI", "Costa Rica", "哥斯达黎加",
            also: [
                "Republic of Costa Rica", "哥斯达黎加共和国", "哥斯大黎加",
            ]),
        CountryRecord("CU", "CUB", "Cuba", "古巴", also: ["Republic of Cuba", "古巴共和国"]),
        CountryRecord(
            "CV", "CPV", "Cabo Verde", "佛得角",
            also: [
                "Republic of Cabo Verde", "Cape Verde", "佛得角共和国", "維德角",
            ]),
        CountryRecord("CW", "CUW", "Curaçao", "库拉索", also: ["庫拉索", "古拉索"]),
        CountryRecord("CX", "CXR", "Christmas Island", "圣诞岛", also: ["聖誕島"]),
        CountryRecord(
            "CY", "CYP", "Cyprus", "塞浦路斯",
            also: [
                "Republic of Cyprus", "塞浦路斯共和国", "賽普勒斯",
            ]),
        CountryRecord("CZ", "CZE", "Czechia", "捷克", also: ["Czech Republic"]),
        CountryRecord(
            "DE", "DEU", "Germany", "德国",
            also: [
                "Federal Republic of Germany", "德意志联邦共和国", "德國",
            ]),
        CountryRecord(
            "DJ", "DJI", "Djibouti", "吉布提",
            also: [
                "Republic of Djibouti", "吉布提共和国", "吉布地",
            ]),
        CountryRecord("DK", "DNK", "Denmark", "丹麦", also: ["Kingdom of Denmark", "丹麦王国", "丹麥"]),
        CountryRecord("DM", "DMA", "Dominica", "多米尼克", also: ["Commonwealth of Dominica"]),
        CountryRecord("DO", "DOM", "Dominican Republic", "多米尼加共和国", also: ["多明尼加共和國"]),
        CountryRecord(
            "DZ", "DZA", "Algeria", "阿尔及利亚",
            also: [
                "People's Democratic Republic of Algeria", "阿尔及利亚人民民主共和国", "阿爾及利亞",
            ]),
        CountryRecord(
            "EC", "ECU", "Ecuador", "厄瓜多尔",
            also: [
                "Republic of Ecuador", "厄瓜多尔共和国", "厄瓜多",
            ]),
        CountryRecord(
            "EE", "EST", "Estonia", "爱沙尼亚",
            also: [
                "Republic of Estonia", "爱沙尼亚共和国", "愛沙尼亞",
            ]),
        CountryRecord("EG", "EGY", "Egypt", "埃及", also: ["Arab Republic of Egypt", "阿拉伯埃及共和国"]),
        CountryRecord("EH", "ESH", "Western Sahara", "西撒哈拉", also: []),
        CountryRecord(
            "ER", "ERI", "Eritrea", "厄立特里亚",
            also: [
                "the State of Eritrea", "厄立特里亚国", "厄利垂亞",
            ]),
        CountryRecord("ES", "ESP", "Spain", "西班牙", also: ["Kingdom of Spain", "西班牙王国"]),
        CountryRecord(
            "ET", "ETH", "Ethiopia", "埃塞俄比亚",
            also: [
                "Federal Democratic Republic of Ethiopia", "埃塞俄比亚联邦民主共和国", "衣索比亞",
            ]),
        CountryRecord("FI", "FIN", "Finland", "芬兰", also: ["Republic of Finland", "芬兰共和国", "芬蘭"]),
        CountryRecord("FJ", "FJI", "Fiji", "斐济", also: ["Republic of Fiji", "斐济共和国", "斐濟"]),
        CountryRecord(
            "FK", "FLK", "Falkland Islands (Malvinas)", "福克兰群岛",
            also: [
                "Falkland Islands", "福克兰群岛(马尔维纳斯)", "福克蘭群島", "福克蘭群島 (馬維娜斯)",
            ]),
        CountryRecord(
            "FM", "FSM", "Micronesia, Federated States of", "密克罗尼西亚",
            also: [
                "Federated States of Micronesia", "Micronesia", "密克罗尼西亚联邦", "密克羅尼西亞",
                "密克羅尼西亞聯邦",
            ]),
        CountryRecord("FO", "FRO", "Faroe Islands", "法罗群岛", also: ["法羅群島"]),
        CountryRecord("FR", "FRA", "France", "法国", also: ["French Republic", "法兰西共和国", "法國"]),
        CountryRecord("GA", "GAB", "Gabon", "加蓬", also: ["Gabonese Republic", "加蓬共和国", "加彭"]),
        CountryRecord(
            "GB", "GBR", "United Kingdom", "英国",
            also: [
                "United Kingdom of Great Britain and Northern Ireland", "大不列颠及北爱尔兰联合王国", "英國",
            ]),
        CountryRecord("GD", "GRD", "Grenada", "格林纳达", also: ["格瑞那達"]),
        CountryRecord("GE", "GEO", "Georgia", "格鲁吉亚", also: ["喬治亞"]),
        CountryRecord("GF", "GUF", "French Guiana", "法属圭亚那", also: ["法屬圭亞那", "法屬蓋亞那"]),
        CountryRecord("GG", "GGY", "Guernsey", "根西岛", also: ["根息", "根息島"]),
        CountryRecord("GH", "GHA", "Ghana", "加纳", also: ["Republic of Ghana", "加纳共和国", "迦納"]),
        CountryRecord("GI", "GIB", "Gibraltar", "直布罗陀", also: ["直布羅陀"]),
        CountryRecord("GL", "GRL", "Greenland", "格陵兰", also: ["格陵蘭"]),
        CountryRecord(
            "GM", "GMB", "Gambia", "冈比亚",
            also: [
                "Republic of the Gambia", "冈比亚共和国", "甘比亞",
            ]),
        CountryRecord(
            "GN", "GIN", "Guinea", "几内亚",
            also: [
                "Republic of Guinea", "几内亚共和国", "幾內亞",
            ]),
        CountryRecord("GP", "GLP", "Guadeloupe", "瓜德罗普", also: ["瓜地洛普"]),
        CountryRecord(
            "GQ", "GNQ", "Equatorial Guinea", "赤道几内亚",
            also: [
                "Republic of Equatorial Guinea", "赤道几内亚共和国", "赤道幾內亞",
            ]),
        CountryRecord("GR", "GRC", "Greece", "希腊", also: ["Hellenic Republic", "希腊共和国", "希臘"]),
        CountryRecord(
            "GS", "SGS", "South Georgia and the South Sandwich Islands", "南乔治亚和南桑威奇群岛",
            also: [
                "So. Georgia & So. Sandwich Isl.", "南乔治亚岛和南桑德韦奇岛", "南喬治亞與南三明治群島",
                "南喬治亞及南三明治群島",
            ]),
        CountryRecord(
            "GT", "GTM", "Guatemala", "危地马拉",
            also: [
                "Republic of Guatemala", "瓜地马拉", "瓜地马拉共和国", "瓜地馬拉",
            ]),
        CountryRecord("GU", "GUM", "Guam", "关岛", also: ["關島"]),
        CountryRecord(
            "GW", "GNB", "Guinea-Bissau", "几内亚比绍",
            also: [
                "Republic of Guinea-Bissau", "几内亚比绍共和国", "幾內亞比索",
            ]),
        CountryRecord(
            "GY", "GUY", "Guyana", "圭亚那",
            also: [
                "Republic of Guyana", "圭亚那共和国", "蓋亞那",
            ]),
        CountryRecord(
            "HK", "HKG", "Hong Kong", "中国香港",
            also: [
                "Hong Kong Special Administrative Region of China", "香港", "中国香港特别行政区",
            ]),
        CountryRecord(
            "HM", "HMD", "Heard Island and McDonald Islands", "赫德岛和麦克唐纳群岛",
            also: [
                "Heard & McDonald Islands", "赫德岛与麦克唐纳群岛", "赫德島及麥唐納群島", "赫德島及麥當勞群島",
            ]),
        CountryRecord(
            "HN", "HND", "Honduras", "洪都拉斯",
            also: [
                "Republic of Honduras", "洪都拉斯共和国", "宏都拉斯",
            ]),
        CountryRecord(
            "HR", "HRV", "Croatia", "克罗地亚",
            also: [
                "Republic of Croatia", "克罗地亚共和国", "克羅埃西亞",
            ]),
        CountryRecord("HT", "HTI", "Haiti", "海地", also: ["Republic of Haiti", "海地共和国"]),
        CountryRecord("HU", "HUN", "Hungary", "匈牙利", also: []),
        CountryRecord(
            "ID", "IDN", "Indonesia", "印度尼西亚",
            also: [
                "Republic of Indonesia", "印度尼西亚共和国", "印尼", "印度尼西亞",
            ]),
        CountryRecord("IE", "IRL", "Ireland", "爱尔兰", also: ["愛爾蘭"]),
        CountryRecord("IL", "ISR", "Israel", "以色列", also: ["State of Israel", "以色列国"]),
        CountryRecord("IM", "IMN", "Isle of Man", "马恩岛", also: ["曼岛", "曼島"]),
        CountryRecord("IN", "IND", "India", "印度", also: ["Republic of India", "印度共和国"]),
        CountryRecord(
            "IO", "IOT", "British Indian Ocean Territory", "查戈斯群岛",
            also: [
                "Chagos Archipelago", "英属印度洋领地", "查戈斯群島", "英屬印度洋領地",
            ]),
        CountryRecord("IQ", "IRQ", "Iraq", "伊拉克", also: ["Republic of Iraq", "伊拉克共和国"]),
        CountryRecord(
            "IR", "IRN", "Iran, Islamic Republic of", "伊朗",
            also: [
                "Iran", "Islamic Republic of Iran", "伊朗伊斯兰共和国", "伊朗伊斯蘭共和國",
            ]),
        CountryRecord("IS", "ISL", "Iceland", "冰岛", also: ["Republic of Iceland", "冰岛共和国", "冰島"]),
        CountryRecord("IT", "ITA", "Italy", "意大利", also: ["Italian Republic", "意大利共和国", "義大利"]),
        CountryRecord("JE", "JEY", "Jersey", "泽西岛", also: ["澤西島"]),
        CountryRecord("JM", "JAM", "Jamaica", "牙买加", also: ["牙買加"]),
        CountryRecord(
            "JO", "JOR", "Jordan", "约旦",
            also: [
                "Hashemite Kingdom of Jordan", "约旦哈希姆王国", "約旦",
            ]),
        CountryRecord("JP", "JPN", "Japan", "日本", also: []),
        CountryRecord("KE", "KEN", "Kenya", "肯尼亚", also: ["Republic of Kenya", "肯尼亚共和国", "肯亞"]),
        CountryRecord(
            "KG", "KGZ", "Kyrgyzstan", "吉尔吉斯斯坦",
            also: [
                "Kyrgyz Republic", "吉尔吉斯坦", "吉尔吉斯共和国", "吉爾吉斯",
            ]),
        CountryRecord("KH", "KHM", "Cambodia", "柬埔寨", also: ["Kingdom of Cambodia", "柬埔塞王国"]),
        CountryRecord(
            "KI", "KIR", "Kiribati", "基里巴斯",
            also: [
                "Republic of Kiribati", "基里巴斯共和国", "吉里巴斯",
            ]),
        CountryRecord("KM", "COM", "Comoros", "科摩罗", also: ["Union of the Comoros", "科摩罗联邦", "葛摩"]),
        CountryRecord(
            "KN", "KNA", "Saint Kitts and Nevis", "圣基茨和尼维斯",
            also: [
                "St. Kitts & Nevis", "聖克里斯多福及尼維斯",
            ]),
        CountryRecord(
            "KP", "PRK", "Korea, Democratic People's Republic of", "朝鲜",
            also: [
                "North Korea", "Democratic People's Republic of Korea", "朝鲜民主主义人民共和国", "北韓",
                "朝鮮民主主義人民共和國",
            ]),
        CountryRecord(
            "KR", "KOR", "Korea, Republic of", "韩国",
            also: [
                "South Korea", "Republic of Korea", "大韩民国", "南韓", "大韓民國",
            ]),
        CountryRecord("KW", "KWT", "Kuwait", "科威特", also: ["State of Kuwait", "科威特国"]),
        CountryRecord("KY", "CYM", "Cayman Islands", "开曼群岛", also: ["開曼群島"]),
        CountryRecord(
            "KZ", "KAZ", "Kazakhstan", "哈萨克斯坦",
            also: [
                "Republic of Kazakhstan", "哈萨克斯坦共和国", "哈薩克",
            ]),
        CountryRecord(
            "LA", "LAO", "Lao People's Democratic Republic", "老挝",
            also: [
                "Laos", "老挝人民民主共和国", "寮國", "寮人民民主共和國",
            ]),
        CountryRecord("LB", "LBN", "Lebanon", "黎巴嫩", also: ["Lebanese Republic", "黎巴嫩共和国"]),
        CountryRecord("LC", "LCA", "Saint Lucia", "圣卢西亚", also: ["St. Lucia", "圣路西亚", "聖露西亞"]),
        CountryRecord(
            "LI", "LIE", "Liechtenstein", "列支敦士登",
            also: [
                "Principality of Liechtenstein", "列支敦士登公国", "列支敦斯登",
            ]),
        CountryRecord(
            "LK", "LKA", "Sri Lanka", "斯里兰卡",
            also: [
                "Democratic Socialist Republic of Sri Lanka", "斯里兰卡民主社会主义共和国", "斯里蘭卡",
            ]),
        CountryRecord(
            "LR", "LBR", "Liberia", "利比里亚",
            also: [
                "Republic of Liberia", "利比里亚共和国", "賴比瑞亞",
            ]),
        CountryRecord("LS", "LSO", "Lesotho", "莱索托", also: ["Kingdom of Lesotho", "莱索托王国", "賴索托"]),
        CountryRecord("LT", "LTU", "Lithuania", "立陶宛", also: ["Republic of Lithuania", "立陶宛共和国"]),
        CountryRecord(
            "LU", "LUX", "Luxembourg", "卢森堡",
            also: [
                "Grand Duchy of Luxembourg", "卢森堡大公国", "盧森堡",
            ]),
        CountryRecord(
            "LV", "LVA", "Latvia", "拉脱维亚",
            also: [
                "Republic of Latvia", "拉脱维亚共和国", "拉脫維亞",
            ]),
        CountryRecord("LY", "LBY", "Libya", "利比亚", also: ["利比亞"]),
        CountryRecord("MA", "MAR", "Morocco", "摩洛哥", also: ["Kingdom of Morocco", "摩洛哥王国"]),
        CountryRecord(
            "MC", "MCO", "Monaco", "摩纳哥",
            also: [
                "Principality of Monaco", "摩纳哥公国", "摩納哥",
            ]),
        CountryRecord(
            "MD", "MDA", "Moldova, Republic of", "摩尔多瓦",
            also: [
                "Moldova", "Republic of Moldova", "摩尔多瓦共和国", "摩爾多瓦", "摩爾多瓦共和國",
            ]),
        CountryRecord("ME", "MNE", "Montenegro", "黑山", also: ["蒙特內哥羅"]),
        CountryRecord(
            "MF", "MAF", "Saint Martin (French part)", "法属圣马丁",
            also: [
                "St. Martin", "法屬聖馬丁", "聖馬丁 (法屬)",
            ]),
        CountryRecord(
            "MG", "MDG", "Madagascar", "马达加斯加",
            also: [
                "Republic of Madagascar", "马达加斯加共和国", "馬達加斯加",
            ]),
        CountryRecord(
            "MH", "MHL", "Marshall Islands", "马绍尔群岛",
            also: [
                "Republic of the Marshall Islands", "马绍尔群岛共和国", "馬紹爾群島",
            ]),
        CountryRecord(
            "MK", "MKD", "North Macedonia", "北马其顿",
            also: [
                "Republic of North Macedonia", "北马其顿共和国", "北馬其頓",
            ]),
        CountryRecord("ML", "MLI", "Mali", "马里", also: ["Republic of Mali", "马里共和国", "馬利"]),
        CountryRecord(
            "MM", "MMR", "Myanmar", "缅甸",
            also: [
                "Republic of Myanmar", "Myanmar (Burma)", "缅甸联邦共和国", "緬甸",
            ]),
        CountryRecord("MN", "MNG", "Mongolia", "蒙古", also: []),
        CountryRecord(
            "MO", "MAC", "Macao", "中国澳门",
            also: [
                "Macao Special Administrative Region of China", "澳门", "中国澳门特别行政区", "澳門",
            ]),
        CountryRecord(
            "MP", "MNP", "Northern Mariana Islands", "北马里亚纳群岛",
            also: [
                "Commonwealth of the Northern Mariana Islands", "北马里亚纳群岛自由联邦", "北馬利安納群島",
                "北馬里亞納群島",
            ]),
        CountryRecord("MQ", "MTQ", "Martinique", "马提尼克", also: ["馬丁尼克"]),
        CountryRecord(
            "MR", "MRT", "Mauritania", "毛里塔尼亚",
            also: [
                "Islamic Republic of Mauritania", "毛里塔尼亚伊斯兰共和国", "茅利塔尼亞",
            ]),
        CountryRecord("MS", "MSR", "Montserrat", "蒙特塞拉特", also: ["蒙塞拉特岛", "蒙哲臘", "蒙塞拉特島"]),
        CountryRecord(
            "MT", "MLT", "Malta", "马耳他",
            also: [
                "Republic of Malta", "马尔他", "马尔他共和国", "馬爾他",
            ]),
        CountryRecord(
            "MU", "MUS", "Mauritius", "毛里求斯",
            also: [
                "Republic of Mauritius", "毛里求斯共和国", "模里西斯",
            ]),
        CountryRecord(
            "MV", "MDV", "Maldives", "马尔代夫",
            also: [
                "Republic of Maldives", "马尔代夫共和国", "馬爾地夫",
            ]),
        CountryRecord(
            "MW", "MWI", "Malawi", "马拉维",
            also: [
                "Republic of Malawi", "马拉维共和国", "馬拉威",
            ]),
        CountryRecord("MX", "MEX", "Mexico", "墨西哥", also: ["United Mexican States", "墨西哥合众国"]),
        CountryRecord("MY", "MYS", "Malaysia", "马来西亚", also: ["馬來西亞"]),
        CountryRecord(
            "MZ", "MOZ", "Mozambique", "莫桑比克",
            also: [
                "Republic of Mozambique", "莫桑比克共和国", "莫三比克",
            ]),
        CountryRecord(
            "NA", "NAM", "Namibia", "纳米比亚",
            also: [
                "Republic of Namibia", "纳米比亚共和国", "納米比亞",
            ]),
        CountryRecord("NC", "NCL", "New Caledonia", "新喀里多尼亚", also: ["新喀里多尼亞"]),
        CountryRecord(
            "NE", "NER", "Niger", "尼日尔",
            also: [
                "Republic of the Niger", "尼日尔共和国", "尼日",
            ]),
        CountryRecord("NF", "NFK", "Norfolk Island", "诺福克岛", also: ["諾福克島"]),
        CountryRecord(
            "NG", "NGA", "Nigeria", "尼日利亚",
            also: [
                "Federal Republic of Nigeria", "尼日利亚联邦共和国", "奈及利亞",
            ]),
        CountryRecord(
            "NI", "NIC", "Nicaragua", "尼加拉瓜",
            also: [
                "Republic of Nicaragua", "尼加拉瓜共和国",
            ]),
        CountryRecord(
            "NL", "NLD", "Netherlands", "荷兰",
            also: [
                "Kingdom of the Netherlands", "荷兰王国", "荷蘭",
            ]),
        CountryRecord("NO", "NOR", "Norway", "挪威", also: ["Kingdom of Norway", "挪威王国"]),
        CountryRecord(
            "NP", "NPL", "Nepal", "尼泊尔",
            also: [
                "Federal Democratic Republic of Nepal", "尼泊尔联邦民主共和国", "尼泊爾",
            ]),
        CountryRecord("NR", "NRU", "Nauru", "瑙鲁", also: ["Republic of Nauru", "瑙鲁共和国", "諾魯"]),
        CountryRecord("NU", "NIU", "Niue", "纽埃", also: ["紐埃島", "紐埃"]),
        CountryRecord("NZ", "NZL", "New Zealand", "新西兰", also: ["紐西蘭"]),
        CountryRecord("OM", "OMN", "Oman", "阿曼", also: ["Sultanate of Oman", "阿曼苏丹国"]),
        CountryRecord(
            "PA", "PAN", "Panama", "巴拿马",
            also: [
                "Republic of Panama", "巴拿马共和国", "巴拿馬",
            ]),
        CountryRecord("PE", "PER", "Peru", "秘鲁", also: ["Republic of Peru", "秘鲁共和国", "秘魯", "祕魯"]),
        CountryRecord(
            "PF", "PYF", "French Polynesia", "法属波利尼西亚",
            also: [
                "法属玻利尼西亚", "法屬玻里尼西亞",
            ]),
        CountryRecord(
            "PG", "PNG", "Papua New Guinea", "巴布亚新几内亚",
            also: [
                "Independent State of Papua New Guinea", "巴布亚新几内亚独立国", "巴布亞紐幾內亞",
            ]),
        CountryRecord(
            "PH", "PHL", "Philippines", "菲律宾",
            also: [
                "Republic of the Philippines", "菲律宾共和国", "菲律賓",
            ]),
        CountryRecord(
            "PK", "PAK", "Pakistan", "巴基斯坦",
            also: [
                "Islamic Republic of Pakistan", "巴基斯坦伊斯兰共和国",
            ]),
        CountryRecord("PL", "POL", "Poland", "波兰", also: ["Republic of Poland", "波兰共和国", "波蘭"]),
        CountryRecord(
            "PM", "SPM", "Saint Pierre and Miquelon", "圣皮埃尔和密克隆群岛",
            also: [
                "St. Pierre & Miquelon", "圣皮埃尔和密克隆", "聖皮埃與密克隆群島", "聖皮耶及密克隆群島",
            ]),
        CountryRecord(
            "PN", "PCN", "Pitcairn", "皮特凯恩群岛",
            also: [
                "Pitcairn Islands", "皮特克恩", "皮特肯群島", "皮特肯島",
            ]),
        CountryRecord("PR", "PRI", "Puerto Rico", "波多黎各", also: []),
        CountryRecord(
            "PS", "PSE", "Palestine, State of", "巴勒斯坦领土",
            also: [
                "the State of Palestine", "Palestinian Territories", "State of Palestine", "巴勒斯坦",
                "巴勒斯坦国", "巴勒斯坦自治區",
            ]),
        CountryRecord("PT", "PRT", "Portugal", "葡萄牙", also: ["Portuguese Republic", "葡萄牙共和国"]),
        CountryRecord("PW", "PLW", "Palau", "帕劳", also: ["Republic of Palau", "帕劳共和国", "帛琉"]),
        CountryRecord("PY", "PRY", "Paraguay", "巴拉圭", also: ["Republic of Paraguay", "巴拉圭共和国"]),
        CountryRecord("QA", "QAT", "Qatar", "卡塔尔", also: ["State of Qatar", "卡塔尔国", "卡達"]),
        CountryRecord("RE", "REU", "Réunion", "留尼汪", also: ["留尼旺", "留尼旺島"]),
        CountryRecord("RO", "ROU", "Romania", "罗马尼亚", also: ["羅馬尼亞"]),
        CountryRecord(
            "RS", "SRB", "Serbia", "塞尔维亚",
            also: [
                "Republic of Serbia", "塞尔维亚共和国", "塞爾維亞",
            ]),
        CountryRecord("RU", "RUS", "Russian Federation", "俄罗斯", also: ["Russia", "俄羅斯", "俄羅斯聯邦"]),
        CountryRecord("RW", "RWA", "Rwanda", "卢旺达", also: ["Rwandese Republic", "卢旺达共和国", "盧安達"]),
        CountryRecord(
            "SA", "SAU", "Saudi Arabia", "沙特阿拉伯",
            also: [
                "Kingdom of Saudi Arabia", "沙特阿拉伯王国", "沙烏地阿拉伯",
            ]),
        CountryRecord("SB", "SLB", "Solomon Islands", "所罗门群岛", also: ["索羅門群島"]),
        CountryRecord(
            "SC", "SYC", "Seychelles", "塞舌尔",
            also: [
                "Republic of Seychelles", "塞舌尔共和国", "塞席爾",
            ]),
        CountryRecord("SD", "SDN", "Sudan", "苏丹", also: ["Republic of the Sudan", "苏丹共和国", "蘇丹"]),
        CountryRecord("SE", "SWE", "Sweden", "瑞典", also: ["Kingdom of Sweden", "瑞典王国"]),
        CountryRecord("SG", "SGP", "Singapore", "新加坡", also: ["Republic of Singapore", "新加坡共和国"]),
        CountryRecord(
            "SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha", "圣赫勒拿",
            also: [
                "St. Helena", "圣赫勒拿-阿森松-特里斯坦达库尼亚", "聖赫勒拿島",
                "聖赫倫那島、阿森松島及崔斯坦達庫尼亞群島",
            ]),
        CountryRecord(
            "SI", "SVN", "Slovenia", "斯洛文尼亚",
            also: [
                "Republic of Slovenia", "斯洛文尼亚共和国", "斯洛維尼亞",
            ]),
        CountryRecord(
            "SJ", "SJM", "Svalbard and Jan Mayen", "斯瓦尔巴和扬马延",
            also: [
                "Svalbard & Jan Mayen", "斯瓦尔巴特和扬马延岛", "挪威屬斯瓦巴及尖棉", "冷岸群島及央棉",
            ]),
        CountryRecord("SK", "SVK", "Slovakia", "斯洛伐克", also: ["Slovak Republic", "斯洛伐克共和国"]),
        CountryRecord(
            "SL", "SLE", "Sierra Leone", "塞拉利昂",
            also: [
                "Republic of Sierra Leone", "塞拉利昂共和国", "獅子山共和國", "獅子山",
            ]),
        CountryRecord(
            "SM", "SMR", "San Marino", "圣马力诺",
            also: [
                "Republic of San Marino", "圣马力诺共和国", "聖馬利諾",
            ]),
        CountryRecord(
            "SN", "SEN", "Senegal", "塞内加尔",
            also: [
                "Republic of Senegal", "塞内加尔共和国", "塞內加爾",
            ]),
        CountryRecord(
            "SO", "SOM", "Somalia", "索马里",
            also: [
                "Federal Republic of Somalia", "索马里联邦共和国", "索馬利亞",
            ]),
        CountryRecord(
            "SR", "SUR", "Suriname", "苏里南",
            also: [
                "Republic of Suriname", "苏里南共和国", "蘇利南",
            ]),
        CountryRecord(
            "SS", "SSD", "South Sudan", "南苏丹",
            also: [
                "Republic of South Sudan", "南苏丹共和国", "南蘇丹",
            ]),
        CountryRecord(
            "ST", "STP", "Sao Tome and Principe", "圣多美和普林西比",
            also: [
                "Democratic Republic of Sao Tome and Principe", "São Tomé & Príncipe",
                "圣多美和普林西比民主共和国", "聖多美普林西比", "聖多美及普林西比",
            ]),
        CountryRecord(
            "SV", "SLV", "El Salvador", "萨尔瓦多",
            also: [
                "Republic of El Salvador", "萨尔瓦多共和国", "薩爾瓦多",
            ]),
        CountryRecord(
            "SX", "SXM", "Sint Maarten (Dutch part)", "荷属圣马丁",
            also: [
                "Sint Maarten", "荷屬聖馬丁", "聖馬丁 (荷屬)",
            ]),
        CountryRecord(
            "SY", "SYR", "Syrian Arab Republic", "叙利亚",
            also: [
                "Syria", "阿拉伯叙利亚共和国", "敘利亞", "敘利亞阿拉伯共和國",
            ]),
        CountryRecord(
            "SZ", "SWZ", "Eswatini", "斯威士兰",
            also: [
                "Kingdom of Eswatini", "斯威士兰王国", "史瓦帝尼",
            ]),
        CountryRecord(
            "TC", "TCA", "Turks and Caicos Islands", "特克斯和凯科斯群岛",
            also: [
                "Turks & Caicos Islands", "土克斯及開科斯群島", "土克凱可群島",
            ]),
        CountryRecord("TD", "TCD", "Chad", "乍得", also: ["Republic of Chad", "乍得共和国", "查德"]),
        CountryRecord(
            "TF", "ATF", "French Southern Territories", "法属南部领地",
            also: [
                "法属南半球领地", "法屬南部屬地", "法屬南部領地",
            ]),
        CountryRecord("TG", "TGO", "Togo", "多哥", also: ["Togolese Republic", "多哥共和国"]),
        CountryRecord("TH", "THA", "Thailand", "泰国", also: ["Kingdom of Thailand", "泰王国", "泰國"]),
        CountryRecord(
            "TJ", "TJK", "Tajikistan", "塔吉克斯坦",
            also: [
                "Republic of Tajikistan", "塔吉克斯坦共和国", "塔吉克",
            ]),
        CountryRecord("TK", "TKL", "Tokelau", "托克劳", also: ["托克勞群島", "托克勞"]),
        CountryRecord(
            "TL", "TLS", "Timor-Leste", "东帝汶",
            also: [
                "Democratic Republic of Timor-Leste", "东帝汶民主共和国", "東帝汶",
            ]),
        CountryRecord("TM", "TKM", "Turkmenistan", "土库曼斯坦", also: ["土庫曼"]),
        CountryRecord(
            "TN", "TUN", "Tunisia", "突尼斯",
            also: [
                "Republic of Tunisia", "突尼斯共和国", "突尼西亞",
            ]),
        CountryRecord("TO", "TON", "Tonga", "汤加", also: ["Kingdom of Tonga", "汤加王国", "東加"]),
        CountryRecord("TR", "TUR", "Türkiye", "土耳其", also: ["Republic of Türkiye", "土耳其共和国"]),
        CountryRecord(
            "TT", "TTO", "Trinidad and Tobago", "特立尼达和多巴哥",
            also: [
                "Republic of Trinidad and Tobago", "Trinidad & Tobago", "特里尼达和多巴哥",
                "特里尼达和多巴哥共和国", "千里達及托巴哥",
            ]),
        CountryRecord("TV", "TUV", "Tuvalu", "图瓦卢", also: ["吐瓦魯"]),
        CountryRecord(
            "TW", "TWN", "Taiwan, Province of China", "中国台湾",
            also: [
                "Taiwan", "中国台湾省", "台湾", "台灣", "中華民國",
            ]),
        CountryRecord(
            "TZ", "TZA", "Tanzania, United Republic of", "坦桑尼亚",
            also: [
                "Tanzania", "United Republic of Tanzania", "坦桑尼亚联合共和国", "坦尚尼亞",
                "坦尚尼亞聯合共和國",
            ]),
        CountryRecord("UA", "UKR", "Ukraine", "乌克兰", also: ["烏克蘭"]),
        CountryRecord(
            "UG", "UGA", "Uganda", "乌干达",
            also: [
                "Republic of Uganda", "乌干达共和国", "烏干達",
            ]),
        CountryRecord(
            "UM", "UMI", "United States Minor Outlying Islands", "美国本土外小岛屿",
            also: [
                "U.S. Outlying Islands", "美國本土外小島嶼", "美屬邊疆群島",
            ]),
        CountryRecord(
            "US", "USA", "United States", "美国",
            also: [
                "United States of America", "美利坚合众国", "美國",
            ]),
        CountryRecord(
            "UY", "URY", "Uruguay", "乌拉圭",
            also: [
                "Eastern Republic of Uruguay", "乌拉圭东岸共和国", "烏拉圭",
            ]),
        CountryRecord(
            "UZ", "UZB", "Uzbekistan", "乌兹别克斯坦",
            also: [
                "Republic of Uzbekistan", "乌兹别克斯坦共和国", "烏茲別克",
            ]),
        CountryRecord(
            "VA", "VAT", "Holy See (Vatican City State)", "梵蒂冈",
            also: [
                "Vatican City", "梵蒂岡", "教廷 (梵蒂岡城市國)",
            ]),
        CountryRecord(
            "VC", "VCT", "Saint Vincent and the Grenadines", "圣文森特和格林纳丁斯",
            also: [
                "St. Vincent & Grenadines", "聖文森及格瑞那丁", "聖文森及格瑞納丁",
            ]),
        CountryRecord(
            "VE", "VEN", "Venezuela, Bolivarian Republic of", "委内瑞拉",
            also: [
                "Venezuela", "Bolivarian Republic of Venezuela", "委内瑞拉玻利瓦尔共和国", "委內瑞拉",
                "委內瑞拉玻利瓦爾共和國",
            ]),
        CountryRecord(
            "VG", "VGB", "Virgin Islands, British", "英属维尔京群岛",
            also: [
                "British Virgin Islands", "英屬維京群島",
            ]),
        CountryRecord(
            "VI", "VIR", "Virgin Islands, U.S.", "美属维尔京群岛",
            also: [
                "Virgin Islands of the United States", "U.S. Virgin Islands", "美属维京群岛", "美屬維京群島",
            ]),
        CountryRecord(
            "VN", "VNM", "Viet Nam", "越南",
            also: [
                "Vietnam", "Socialist Republic of Viet Nam", "越南社会主义共和国",
            ]),
        CountryRecord(
            "VU", "VUT", "Vanuatu", "瓦努阿图",
            also: [
                "Republic of Vanuatu", "瓦努阿图共和国", "萬那杜",
            ]),
        CountryRecord(
            "WF", "WLF", "Wallis and Futuna", "瓦利斯和富图纳",
            also: [
                "Wallis & Futuna", "瓦利斯群島和富圖那群島", "沃里斯及伏塔那群島",
            ]),
        CountryRecord(
            "WS", "WSM", "Samoa", "萨摩亚",
            also: [
                "Independent State of Samoa", "萨摩亚独立国", "薩摩亞",
            ]),
        CountryRecord("YE", "YEM", "Yemen", "也门", also: ["Republic of Yemen", "也门共和国", "葉門"]),
        CountryRecord("YT", "MYT", "Mayotte", "马约特", also: ["馬約特島", "馬約特"]),
        CountryRecord("ZA", "ZAF", "South Africa", "南非", also: ["Republic of South Africa", "南非共和国"]),
        CountryRecord(
            "ZM", "ZMB", "Zambia", "赞比亚",
            also: [
                "Republic of Zambia", "赞比亚共和国", "尚比亞",
            ]),
        CountryRecord(
            "ZW", "ZWE", "Zimbabwe", "津巴布韦",
            also: [
                "Republic of Zimbabwe", "津巴布韦共和国", "辛巴威",
            ]),
    ]
}
