/// A Chinese provincial office and the places in it that parties are registered in.
struct Province: Sendable {
    /// ISO 3166-2 subdivision code (`CN-JS`), written as `office/@province`.
    let code: String
    /// Full name in Chinese (`江苏省`).
    let zh: String
    /// Short name in Chinese (`江苏`), as it starts company names.
    let zhShort: String
    /// English name (`Jiangsu`).
    let en: String
    /// Relative weight of the province in an intake.
    let weight: Int
    let cities: [City]

    /// The prefix of dossier ids (`JS`).
    var prefix: String { String(code.dropFirst(3)) }

    /// Every province the generator files from.
    static let all: [Province] = [
        Province(
            code: "CN-JS", zh: "江苏省", zhShort: "江苏", en: "Jiangsu", weight: 15,
            cities: [
                City(zh: "南京", en: "Nanjing", region: "320100", districts: ["江宁区", "玄武区", "栖霞区"]),
                City(zh: "苏州", en: "Suzhou", region: "320500", districts: ["工业园区", "高新区", "吴中区"]),
                City(zh: "无锡", en: "Wuxi", region: "320200", districts: ["新吴区", "滨湖区"]),
                City(zh: "常州", en: "Changzhou", region: "320400", districts: ["武进区", "新北区"]),
            ]),
        Province(
            code: "CN-GD", zh: "广东省", zhShort: "广东", en: "Guangdong", weight: 15,
            cities: [
                City(zh: "深圳", en: "Shenzhen", region: "440300", districts: ["南山区", "宝安区", "龙岗区"]),
                City(zh: "广州", en: "Guangzhou", region: "440100", districts: ["天河区", "黄埔区", "番禺区"]),
                City(zh: "东莞", en: "Dongguan", region: "441900", districts: ["松山湖", "长安镇"]),
                City(zh: "佛山", en: "Foshan", region: "440600", districts: ["顺德区", "南海区"]),
            ]),
        Province(
            code: "CN-ZJ", zh: "浙江省", zhShort: "浙江", en: "Zhejiang", weight: 12,
            cities: [
                City(zh: "杭州", en: "Hangzhou", region: "330100", districts: ["滨江区", "余杭区", "西湖区"]),
                City(zh: "宁波", en: "Ningbo", region: "330200", districts: ["鄞州区", "北仑区"]),
                City(zh: "绍兴", en: "Shaoxing", region: "330600", districts: ["柯桥区", "越城区"]),
            ]),
        Province(
            code: "CN-SD", zh: "山东省", zhShort: "山东", en: "Shandong", weight: 10,
            cities: [
                City(zh: "济南", en: "Jinan", region: "370100", districts: ["历下区", "高新区"]),
                City(zh: "青岛", en: "Qingdao", region: "370200", districts: ["崂山区", "黄岛区"]),
                City(zh: "烟台", en: "Yantai", region: "370600", districts: ["芝罘区", "福山区"]),
            ]),
        Province(
            code: "CN-BJ", zh: "北京市", zhShort: "北京", en: "Beijing", weight: 10,
            cities: [
                City(zh: "北京", en: "Beijing", region: "110108", districts: ["海淀区", "昌平区", "朝阳区", "怀柔区"])
            ]),
        Province(
            code: "CN-SH", zh: "上海市", zhShort: "上海", en: "Shanghai", weight: 10,
            cities: [
                City(zh: "上海", en: "Shanghai", region: "310115", districts: ["浦东新区", "闵行区", "嘉定区", "徐汇区"])
            ]),
        Province(
            code: "CN-SC", zh: "四川省", zhShort: "四川", en: "Sichuan", weight: 5,
            cities: [
                City(zh: "成都", en: "Chengdu", region: "510100", districts: ["高新区", "双流区"]),
                City(zh: "绵阳", en: "Mianyang", region: "510700", districts: ["涪城区"]),
            ]),
        Province(
            code: "CN-HB", zh: "湖北省", zhShort: "湖北", en: "Hubei", weight: 5,
            cities: [
                City(zh: "武汉", en: "Wuhan", region: "420100", districts: ["东湖新技术开发区", "洪山区"]),
                City(zh: "宜昌", en: "Yichang", region: "420500", districts: ["西陵区"]),
            ]),
        Province(
            code: "CN-YN", zh: "云南省", zhShort: "云南", en: "Yunnan", weight: 4,
            cities: [
                City(zh: "昆明", en: "Kunming", region: "530100", districts: ["五华区", "呈贡区"]),
                City(zh: "玉溪", en: "Yuxi", region: "530400", districts: ["红塔区"]),
            ]),
        Province(
            code: "CN-JX", zh: "江西省", zhShort: "江西", en: "Jiangxi", weight: 4,
            cities: [
                City(zh: "宜春", en: "Yichun", region: "360900", districts: ["袁州区"]),
                City(zh: "南昌", en: "Nanchang", region: "360100", districts: ["红谷滩区", "青山湖区"]),
            ]),
        Province(
            code: "CN-FJ", zh: "福建省", zhShort: "福建", en: "Fujian", weight: 4,
            cities: [
                City(zh: "宁德", en: "Ningde", region: "350900", districts: ["蕉城区"]),
                City(zh: "厦门", en: "Xiamen", region: "350200", districts: ["思明区", "集美区"]),
            ]),
        Province(
            code: "CN-QH", zh: "青海省", zhShort: "青海", en: "Qinghai", weight: 2,
            cities: [
                City(zh: "西宁", en: "Xining", region: "630100", districts: ["城北区"]),
                City(zh: "格尔木", en: "Golmud", region: "632801", districts: ["昆仑经济技术开发区"]),
            ]),
    ]

    /// The province with the given code (`CN-JS`), if the generator knows it.
    static func named(_ code: String) -> Province? { all.first { $0.code == code } }
}

/// A city and the six-digit administrative division code used inside its USCCs.
struct City: Sendable {
    let zh: String
    let en: String
    /// GB/T 2260 division code (`320100`).
    let region: String
    let districts: [String]
}
