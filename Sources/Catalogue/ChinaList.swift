/// One of China's own restricted-party lists: its id, name and the law it is kept under, as
/// a screening hit shows them.
///
/// The lists are published as announcements of the Ministry of Commerce (export control list,
/// watch list, Unreliable Entity List), the Ministry of Foreign Affairs (countermeasures) and
/// the Taiwan Affairs Office; `classify` reads which one a transcribed row belongs to.
public struct ChinaList: Sendable, Hashable {
    /// `cn-export-control-list`, `cn-export-control-watch-list`, `cn-unreliable-entity-list`,
    /// `cn-countermeasure-list`, `cn-taiwan-affairs-list`.
    public var id: String
    /// The programme key of the transcription (`CN-ECL`, `CN-ECWL`, `CN-UEL`, `CN-CML`, `CN-TAO`).
    public var key: String
    public var name: String
    public var law: String
    public var issuer: String

    /// The day the Anti-Foreign Sanctions Law took effect.
    public static let antiForeignSanctionsLawDate = "2021-06-10"

    public static let exportControlList = ChinaList(
        id: "cn-export-control-list", key: "CN-ECL", name: "出口管制管控名单 (export control list)",
        law: "中华人民共和国出口管制法 (Export Control Law), 两用物项出口管制条例 (Regulations on the Export Control of Dual-Use Items)",
        issuer: "Ministry of Commerce (商务部)")
    public static let exportControlWatchList = ChinaList(
        id: "cn-export-control-watch-list", key: "CN-ECWL", name: "出口管制关注名单 (export control watch list)",
        law: "中华人民共和国出口管制法 (Export Control Law), 两用物项出口管制条例 (Regulations on the Export Control of Dual-Use Items)",
        issuer: "Ministry of Commerce (商务部)")
    public static let unreliableEntityList = ChinaList(
        id: "cn-unreliable-entity-list", key: "CN-UEL", name: "不可靠实体清单 (Unreliable Entity List)",
        law:
            "不可靠实体清单规定 (Provisions on the Unreliable Entity List, MOFCOM Order 2020 No. 4), under the Foreign Trade Law and the National Security Law",
        issuer: "Ministry of Commerce (商务部)")
    public static let countermeasureList = ChinaList(
        id: "cn-countermeasure-list", key: "CN-CML", name: "反制清单 (countermeasure list)",
        law: "中华人民共和国反外国制裁法 (Anti-Foreign Sanctions Law)", issuer: "Ministry of Foreign Affairs (外交部)")
    public static let earlyCountermeasures = ChinaList(
        id: "cn-countermeasure-list", key: "CN-CML", name: "反制措施 (countermeasures)",
        law: "countermeasures announced by the Ministry of Foreign Affairs before the Anti-Foreign Sanctions Law took effect (2021-06-10)",
        issuer: "Ministry of Foreign Affairs (外交部)")
    public static let taiwanAffairsList = ChinaList(
        id: "cn-taiwan-affairs-list", key: "CN-TAO", name: "“台独”顽固分子及帮凶清单 (Taiwan Affairs Office lists)",
        law: "designation by the Taiwan Affairs Office of the State Council (not an export-control or sanctions list)",
        issuer: "Taiwan Affairs Office of the State Council (国务院台湾事务办公室)")

    /// The list of a transcribed row, from its `List`, `Body`, `Topics` and date: `List of
    /// Export Controls` and `Export Control Watch List` under the Export Control Law, `UEL`,
    /// the Taiwan Affairs Office's lists by their names, everything else a countermeasure
    /// (export-control topics of the Ministry of Commerce without a list name are the
    /// control list; Foreign Ministry countermeasures before 2021-06-10 are named as such).
    public static func classify(list: String?, body: String?, topics: String?, date: String?) -> ChinaList {
        let text = (list ?? "").lowercased()
        if text.contains("watch list") { return exportControlWatchList }
        if text.contains("export control") { return exportControlList }
        if text == "uel" || text.contains("unreliable") { return unreliableEntityList }
        if text.contains("taiwan") || (body ?? "").lowercased().contains("taiwan") { return taiwanAffairsList }
        if text.isEmpty, (topics ?? "").contains("export.control") { return exportControlList }
        if let date, date < antiForeignSanctionsLawDate, text.isEmpty || text == "list of targets of countermeasures" {
            return earlyCountermeasures
        }
        return countermeasureList
    }
}
