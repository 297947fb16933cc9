/// Word lists for the names of Chinese parties: trade names, legal forms, institutions,
/// people and streets. Everything is invented; any likeness to a real name is chance.
enum ChineseNames {
    /// Trade names (字号) with their pinyin.
    static let tradeNames: [Bilingual] = [
        .t("华锂", "Huali"), .t("鼎新", "Dingxin"), .t("瑞丰", "Ruifeng"), .t("恒达", "Hengda"), .t("金海", "Jinhai"),
        .t("远航", "Yuanhang"), .t("博锐", "Borui"), .t("星辰", "Xingchen"), .t("云岭", "Yunling"), .t("宏图", "Hongtu"),
        .t("启明", "Qiming"), .t("精工", "Jinggong"), .t("安泰", "Antai"), .t("永盛", "Yongsheng"), .t("联创", "Lianchuang"),
        .t("华拓", "Huatuo"), .t("智航", "Zhihang"), .t("声谷", "Shenggu"), .t("禾丰", "Hefeng"), .t("晶诚", "Jingcheng"),
        .t("天工", "Tiangong"), .t("新锐", "Xinrui"), .t("海纳", "Haina"), .t("赛德", "Saide"), .t("凯盛", "Kaisheng"),
        .t("德润", "Derun"), .t("卓远", "Zhuoyuan"), .t("思源", "Siyuan"), .t("弘毅", "Hongyi"), .t("信达", "Xinda"),
        .t("同创", "Tongchuang"), .t("聚能", "Juneng"), .t("浩宇", "Haoyu"), .t("睿驰", "Ruichi"), .t("瀚海", "Hanhai"),
        .t("中科恒源", "Zhongke Hengyuan"), .t("国晟", "Guosheng"), .t("东方曜", "Dongfang Yao"),
    ]

    /// Legal forms of enterprises.
    static let forms: [(Bilingual, Int)] = [
        (.t("有限公司", "Co., Ltd."), 50), (.t("股份有限公司", "Co., Ltd."), 25),
        (.t("有限责任公司", "Co., Ltd."), 10), (.t("股份有限公司", "Corporation"), 5), (.t("有限公司", "Company Limited"), 10),
    ]

    /// University name patterns: the Chinese suffix and the English name with `%c` for the place.
    static let universities: [Bilingual] = [
        .t("理工大学", "%c University of Technology"), .t("科技大学", "%c University of Science and Technology"),
        .t("农业大学", "%c Agricultural University"), .t("大学", "%c University"),
        .t("工业大学", "%c Polytechnic University"), .t("交通大学", "%c Jiaotong University"),
    ]

    /// Names of laboratories that are not named after their field.
    static let laboratoryPlaces: [Bilingual] = [
        .t("紫峰", "Zifeng"), .t("云湖", "Yunhu"), .t("海岱", "Haidai"), .t("滇池", "Dianchi"), .t("钱塘", "Qiantang"),
        .t("珠江", "Zhujiang"), .t("燕山", "Yanshan"),
    ]

    static let surnames: [Bilingual] = [
        .t("张", "ZHANG"), .t("王", "WANG"), .t("李", "LI"), .t("刘", "LIU"), .t("陈", "CHEN"), .t("杨", "YANG"),
        .t("赵", "ZHAO"), .t("黄", "HUANG"), .t("周", "ZHOU"), .t("吴", "WU"), .t("徐", "XU"), .t("孙", "SUN"),
        .t("马", "MA"), .t("朱", "ZHU"), .t("胡", "HU"), .t("郭", "GUO"), .t("何", "HE"), .t("林", "LIN"),
        .t("罗", "LUO"), .t("高", "GAO"), .t("欧阳", "OUYANG"),
    ]

    static let givenNames: [Bilingual] = [
        .t("伟", "Wei"), .t("芳", "Fang"), .t("敏", "Min"), .t("静", "Jing"), .t("磊", "Lei"), .t("洋", "Yang"),
        .t("勇", "Yong"), .t("艳", "Yan"), .t("杰", "Jie"), .t("志强", "Zhiqiang"), .t("晓明", "Xiaoming"),
        .t("海燕", "Haiyan"), .t("建华", "Jianhua"), .t("国庆", "Guoqing"), .t("文博", "Wenbo"), .t("子涵", "Zihan"),
        .t("宇航", "Yuhang"), .t("思远", "Siyuan"),
    ]

    static let roads: [String] = [
        "科技路", "创新大道", "高新路", "工业园路", "学府路", "长江路", "人民路", "东方路", "滨江大道", "软件园路",
        "新材料产业园纬二路", "光谷大道",
    ]

    /// Foreign individuals' names, for the rare individual licensee.
    static let foreignPeople: [String] = [
        "John A. Miller", "Sarah Thompson", "Klaus Hoffmann", "Anna Schneider", "Takeshi Yamamoto", "Yuki Tanaka",
        "Kim Min-jun", "Olivier Dubois", "Rajesh Kumar", "Nguyễn Văn An",
    ]
}
