import Catalogue
import DossierModel

/// Decides the `chinese-and-minority` language qualifier (review-rules section 7) on the
/// texts of one asset and the transaction's technology summaries.
///
/// Met when the texts name Chinese or a minority language of China, or when a text is in
/// Chinese and no other language is named; not met when they name only other languages.
/// When an English text names no language at all the rule does not decide: the hit stands
/// with a note, so that a reviewer checks it (a controlled technology is not let through
/// on silence).
///
/// Minority languages are listed where the name is unambiguous. Korean (朝鲜语), Russian,
/// Tajik, Uzbek and Kyrgyz are minority languages of China too, but a text that names them
/// almost always means the language of another state, so they count as other languages;
/// Mongolian and Kazakh, which the rules name, count as minority languages. Names that are
/// also ordinary words (水语, 白语, 怒语, 满语, 土语; English Yi, Dai, Bai, Wa, Dong, Yao alone)
/// are left out.
enum LanguageQualifier {
    enum Result: Equatable {
        /// The names found that satisfy it (or `text in Chinese`).
        case met([String])
        /// Only other languages are named: the names found.
        case notMet([String])
        /// No language named and no Chinese text.
        case undetermined
    }

    static let chineseNames: [String] = [
        "中文", "汉语", "漢語", "普通话", "華語", "华语", "国语", "粤语", "广东话", "闽南语", "吴语", "客家话", "汉字",
        "藏语", "维吾尔语", "蒙古语", "蒙语", "壮语", "彝语", "哈萨克语", "苗语", "傣语", "布依语", "侗语", "哈尼语",
        "傈僳语", "纳西语", "羌语", "景颇语", "锡伯语", "土家语", "黎语", "拉祜语", "佤语", "少数民族语言", "民族语言",
        "chinese", "mandarin", "putonghua", "cantonese", "hokkien", "hakka", "tibetan", "uyghur", "uighur", "uygur",
        "mongolian", "zhuang", "yi language", "kazakh", "dai language", "miao language", "bouyei", "naxi", "lisu",
        "hani language", "jingpo", "tujia", "xibe", "minority languages", "minority language",
    ]

    static let otherNames: [String] = [
        "英语", "英文", "日语", "日文", "日本语", "法语", "法文", "德语", "德文", "西班牙语", "阿拉伯语", "俄语", "俄文",
        "韩语", "韩文", "韩国语", "朝鲜语", "葡萄牙语", "意大利语", "越南语", "泰语", "印尼语", "马来语", "印地语", "外语",
        "english", "japanese", "french", "german", "spanish", "arabic", "russian", "korean", "portuguese", "italian",
        "vietnamese", "thai", "indonesian", "malay", "hindi", "dutch", "turkish", "persian", "hebrew", "foreign language",
        "foreign languages",
    ]

    /// Characters that, written just before a Chinese name, make it part of another word
    /// (`方法语音` is not French, `每日语音` is not Japanese).
    static let precedingExclusions: [String: Set<Character>] = [
        "法语": ["方", "语", "文"],
        "日语": ["每", "今", "明", "昨", "节", "假", "当", "生", "周", "次", "前", "后", "工", "月"],
        "德语": ["道", "品", "美"],
        "国语": ["外", "中", "各", "全", "本", "两", "多"],
        "泰语": ["安"],
    ]

    /// Words after `Chinese` that make it name something other than the language.
    static let notLanguageAfterChinese: Set<String> = [
        "patent", "patents", "application", "applications", "academy", "university", "universities", "institute",
        "government", "company", "companies", "enterprise", "enterprises", "market", "markets", "national", "nationals",
        "people", "priority", "utility", "invention", "customs", "law", "laws", "authorities", "authority", "office",
        "medicine", "herbal", "yuan", "mainland", "province", "provinces", "hamster", "cabbage",
    ]

    static let index: KeywordAutomaton = {
        var patterns: [KeywordAutomaton.Pattern] = []
        for (i, name) in (chineseNames + otherNames).enumerated() {
            patterns.append(.init(bytes: MatchText.normalise(name), payload: i))
        }
        return KeywordAutomaton(patterns)
    }()

    /// Evaluates the qualifier on `fields`.
    static func evaluate(_ fields: [MatchField]) -> Result {
        var chinese: [String] = []
        var other: [String] = []
        for field in fields {
            for match in index.matches(in: field.text.bytes) {
                let range = match.start..<match.end
                guard field.text.isOnWordBoundaries(range), !excluded(match, in: field.text) else { continue }
                let name = field.text.originalText(field.text.originalSpan(of: range))
                if match.payload < chineseNames.count {
                    if !chinese.contains(name) { chinese.append(name) }
                } else if !other.contains(name) {
                    other.append(name)
                }
            }
        }
        if !chinese.isEmpty { return .met(chinese) }
        if !other.isEmpty { return .notMet(other) }
        if fields.contains(where: isChinese) { return .met(["text in Chinese"]) }
        return .undetermined
    }

    /// True when a name found is part of another word or names something else.
    static func excluded(_ match: KeywordAutomaton.Match, in text: MatchText) -> Bool {
        let names = chineseNames + otherNames
        let name = names[match.payload]
        if let exclusions = precedingExclusions[name], match.start > 0 {
            let before = String(decoding: text.bytes[max(0, match.start - 4)..<match.start], as: UTF8.self)
            if let last = before.last, exclusions.contains(last) { return true }
        }
        if name == "chinese" {
            let rest = text.bytes[match.end...].drop { $0 == 0x20 }.prefix { MatchText.isWordByte($0) }
            if notLanguageAfterChinese.contains(String(decoding: rest, as: UTF8.self)) { return true }
        }
        return false
    }

    /// True when the field is declared Chinese or is mostly Han characters.
    static func isChinese(_ field: MatchField) -> Bool {
        if let lang = field.location.lang?.lowercased(), lang == "zh" || lang.hasPrefix("zh-") || lang == "chi" || lang == "zho" {
            return true
        }
        var han = 0
        var letters = 0
        for scalar in field.text.original.unicodeScalars.prefix(2000) {
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF:
                han += 1
                letters += 1
            default:
                if scalar.properties.isAlphabetic { letters += 1 }
            }
        }
        return letters > 0 && han * 10 >= letters * 3
    }
}
