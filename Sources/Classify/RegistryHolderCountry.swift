import DossierModel
import Foundation
import Normalise

/// The country of a right holder named in a record from a foreign registry (review-rules
/// section 7, "Records from a foreign registry"): from the record (the party's country, else
/// a country or US state in its address), else from the name when it is unambiguous: Chinese
/// script, or a Chinese place name together with a Chinese legal or institutional form
/// (`CO., LTD.`, `COMPANY LIMITED`, `UNIVERSITY`, …). Hong Kong, Macao and Taiwan place names
/// give HK, MO and TW. A name naming places of two regions is ambiguous and gives nothing.
///
/// Nothing here guesses: a name such as `EFUN TECHNOLOGY CO., LTD.` (a legal form, no place)
/// or `NATIONAL CHIAO TUNG UNIVERSITY` (no place) stays unknown.
public enum RegistryHolderCountry {
    /// A country shown for the holder, with the sentence that says how.
    public struct Finding: Sendable, Hashable {
        public var code: String
        public var reason: String
    }

    /// The holder's country as the record or its name shows it, or nil.
    public static func find(_ party: Party) -> Finding? {
        if let code = party.country?.code {
            return Finding(code: code, reason: "the record gives the country \(code)")
        }
        if let address = party.address {
            let parts = address.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for part in parts.reversed() {
                if let code = CountryNormaliser.code(for: part), part.count > 3 {
                    return Finding(code: code, reason: "the record's address names \(part)")
                }
                if CountryNormaliser.isUSState(part), part.count > 2 {
                    return Finding(code: "US", reason: "the record's address names the US state \(part)")
                }
            }
        }
        for name in party.names.map(\.original) {
            if let finding = fromName(name) { return finding }
        }
        return nil
    }

    /// The country a name alone shows, or nil.
    public static func fromName(_ name: String) -> Finding? {
        if containsHan(name) && !containsKanaOrHangul(name) && !japaneseForms.contains(where: { name.contains($0) }) {
            let regions = hanRegions.filter { name.contains($0.key) }.map(\.value)
            let codes = Set(regions)
            if codes.count > 1 { return nil }
            let code = codes.first ?? "CN"
            return Finding(
                code: code, reason: "the name \"\(name)\" is written in Chinese script" + (codes.isEmpty ? "" : " and names \(code)"))
        }
        let words = name.uppercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard words.contains(where: { legalForms.contains($0) }) else { return nil }
        var found: [(place: String, code: String)] = []
        for (i, word) in words.enumerated() {
            let pair = i + 1 < words.count ? word + " " + words[i + 1] : ""
            if let code = places[pair] {
                found.append((pair, code))
            } else if let code = places[word], !(i > 0 && places[words[i - 1] + " " + word] != nil) {
                found.append((word, code))
            }
        }
        let codes = Set(found.map(\.code))
        guard codes.count == 1, let code = codes.first, let place = found.first?.place else { return nil }
        let form = words.filter { legalForms.contains($0) }.joined(separator: " ")
        return Finding(code: code, reason: "the name \"\(name)\" joins the place name \(place) (\(code)) with the legal form \(form)")
    }

    /// Legal and institutional forms of Chinese holders, as words of an upper-case name.
    static let legalForms: Set<String> = [
        "LTD", "LIMITED", "CO", "COMPANY", "CORPORATION", "CORP", "GROUP", "UNIVERSITY", "INSTITUTE", "ACADEMY", "GUFEN", "YOUXIAN",
    ]

    /// Chinese place names in pinyin (and the usual older spellings) with the region they are in.
    static let places: [String: String] = {
        var out: [String: String] = [:]
        let mainland = """
            CHINA PRC BEIJING PEKING SHANGHAI TIANJIN CHONGQING SHENZHEN GUANGZHOU HANGZHOU NANJING SUZHOU WUHAN \
            CHENGDU XIAN QINGDAO XIAMEN DALIAN SHENYANG HARBIN CHANGSHA ZHENGZHOU JINAN HEFEI FUZHOU NINGBO WUXI DONGGUAN FOSHAN \
            ZHUHAI KUNMING NANCHANG TAIYUAN SHIJIAZHUANG CHANGCHUN NANNING GUIYANG LANZHOU URUMQI HOHHOT YINCHUAN XINING LHASA \
            HAIKOU SANYA ZHONGSHAN HUIZHOU CHANGZHOU NANTONG YANGZHOU XUZHOU SHAOXING WENZHOU JIAXING HUZHOU TAIZHOU YANTAI WEIFANG \
            ZIBO TANGSHAN BAODING LUOYANG WEIHAI ZHUZHOU MIANYANG GUANGDONG JIANGSU ZHEJIANG SHANDONG FUJIAN HEBEI HENAN HUBEI HUNAN \
            ANHUI JIANGXI SICHUAN YUNNAN GUIZHOU SHAANXI SHANXI GANSU QINGHAI LIAONING JILIN HEILONGJIANG HAINAN GUANGXI NINGXIA \
            XINJIANG XIZANG TSINGHUA
            """
        for word in mainland.split(separator: " ") { out[String(word)] = "CN" }
        for pair in ["XI AN", "INNER MONGOLIA"] { out[pair] = "CN" }
        for word in ["HONGKONG", "KOWLOON"] { out[word] = "HK" }
        out["HONG KONG"] = "HK"
        for word in ["MACAU", "MACAO"] { out[word] = "MO" }
        for word in ["TAIWAN", "TAIPEI", "HSINCHU", "KAOHSIUNG", "TAICHUNG", "TAINAN", "TAOYUAN"] { out[word] = "TW" }
        return out
    }()

    /// Japanese legal forms written in kanji only: a name with one is not Chinese script.
    static let japaneseForms = ["株式会社", "有限会社", "合同会社", "合資会社", "合名会社"]

    /// Region names in Chinese script.
    static let hanRegions: [String: String] = [
        "香港": "HK", "澳门": "MO", "澳門": "MO", "台湾": "TW", "臺灣": "TW", "台灣": "TW",
    ]

    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// Japanese kana and Korean hangul: a name with them is not Chinese script.
    static func containsKanaOrHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0xAC00...0xD7AF).contains($0.value) }
    }
}
