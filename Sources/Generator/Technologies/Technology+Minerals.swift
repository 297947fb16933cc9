import DossierModel

extension Technology {
    /// Lithium extraction from spodumene concentrate (roasting, acid leaching, purification).
    static let lithiumSpodumene = Technology(
        key: "lithium-spodumene", controlled: true,
        ipc: ["C22B 26/12", "C01D 15/08", "C22B 1/02", "C22B 3/08"],
        assetTypes: [(.inventionPatent, 60), (.patentApplication, 15), (.tradeSecret, 15), (.utilityModel, 10)],
        titles: [
            .t("一种锂辉石硫酸法提锂工艺", "Sulphuric acid process for extracting lithium from spodumene"),
            .t("一种从锂辉石精矿中制备电池级碳酸锂的方法", "Method for preparing battery-grade lithium carbonate from spodumene concentrate"),
            .t("锂辉石转型焙烧装置及提锂方法", "Spodumene conversion roasting device and lithium extraction method"),
        ],
        subject: ClaimSubject(
            .t("一种从锂辉石中提取锂的方法", "A method for extracting lithium from spodumene"),
            short: .t("提锂方法", "method"), isMethod: true,
            closing: .t(
                "一种电池级碳酸锂，其特征在于，采用权利要求1至%n中任一项所述的提锂方法制得。",
                "Battery-grade lithium carbonate prepared by the method according to any one of claims 1 to %n.")),
        leads: [
            .t(
                "本发明涉及锂冶金技术领域，尤其涉及一种从锂辉石中提取锂的方法。",
                "The invention relates to lithium metallurgy and in particular to a method for extracting lithium from spodumene."),
            .t(
                "现有锂辉石硫酸法工艺酸耗高、渣量大、锂回收率偏低。",
                "Existing sulphuric acid processes for spodumene consume much acid, produce much residue and recover too little lithium."),
        ],
        elements: [
            .t(
                "将α型锂辉石精矿在{1050..1150}℃下转型焙烧，得到β型锂辉石", "calcining α-spodumene concentrate at {1050..1150} °C to convert it into β-spodumene"
            ),
            .t(
                "将β型锂辉石与浓硫酸按质量比1:{0.25..0.35}混合后于{250..300}℃酸化焙烧",
                "mixing the β-spodumene with concentrated sulphuric acid in a mass ratio of 1:{0.25..0.35} and acid-roasting at {250..300} °C"
            ),
            .t(
                "用水浸出酸化熟料，固液分离得到硫酸锂浸出液",
                "leaching the roasted material with water and separating solid and liquid to obtain a lithium sulphate leach liquor"),
            .t("对所述浸出液进行除钙、除镁净化", "purifying the leach liquor by removing calcium and magnesium"),
            .t("向净化液中加入碳酸钠溶液沉锂，得到碳酸锂", "adding sodium carbonate solution to the purified liquor to precipitate lithium carbonate"),
        ],
        features: [
            .t("锂辉石精矿的Li₂O品位为{5.5..6.5}%", "the Li₂O grade of the spodumene concentrate is {5.5..6.5}%"),
            .t("浸出液固比为{2..4}:1，浸出温度为{60..90}℃", "the leaching liquid-to-solid ratio is {2..4}:1 at {60..90} °C"),
            .t("除镁采用氢氧化钠调节pH至{11..12}", "magnesium is removed by adjusting the pH to {11..12} with sodium hydroxide"),
            .t("沉锂温度为{85..95}℃，沉锂母液返回浸出工序", "lithium is precipitated at {85..95} °C and the mother liquor is returned to leaching"),
            .t("所述碳酸锂纯度不低于{99.5..99.9}%", "the lithium carbonate has a purity of at least {99.5..99.9}%"),
            .t("锂的总回收率达到{88..95}%", "the overall lithium recovery reaches {88..95}%"),
            .t("所述转型焙烧在回转窑中进行", "the conversion roasting is carried out in a rotary kiln"),
            .t("净化液采用离子交换树脂深度除钙", "calcium is removed from the purified liquor with an ion-exchange resin"),
        ],
        effects: [
            .t(
                "该方法降低了硫酸消耗，锂回收率高，产品达到电池级标准。",
                "The method uses less sulphuric acid, recovers more lithium and yields battery-grade product.")
        ],
        summaries: [
            .t(
                "锂辉石硫酸法提锂及电池级碳酸锂制备工艺技术。",
                "Sulphuric acid lithium extraction from spodumene and preparation of battery-grade lithium carbonate.")
        ],
        industries: [.t("锂业", "Lithium Industry"), .t("矿业", "Mining"), .t("稀有金属", "Rare Metals")],
        products: [.t("回转焙烧窑", "rotary roasting kiln")])

    /// Lithium extraction from salt-lake brine (adsorption, membranes, precipitation).
    static let lithiumBrine = Technology(
        key: "lithium-brine", controlled: true,
        ipc: ["C01D 15/08", "C22B 26/12", "B01D 15/36", "B01J 20/04", "C22B 3/24"],
        assetTypes: [(.inventionPatent, 55), (.patentApplication, 15), (.tradeSecret, 15), (.utilityModel, 15)],
        titles: [
            .t("一种从盐湖卤水中吸附提锂的方法", "Method for extracting lithium from salt-lake brine by adsorption"),
            .t("一种高镁锂比卤水提锂工艺及系统", "Process and system for extracting lithium from brine with a high magnesium-to-lithium ratio"),
            .t("铝系锂吸附剂及其制备方法", "Aluminium-based lithium adsorbent and preparation method therefor"),
        ],
        subject: ClaimSubject(
            .t("一种盐湖卤水提锂方法", "A method for extracting lithium from salt-lake brine"),
            short: .t("提锂方法", "method"), isMethod: true),
        leads: [
            .t("本发明属于盐湖资源综合利用技术领域。", "The invention belongs to the field of comprehensive use of salt-lake resources."),
            .t(
                "我国盐湖卤水普遍镁锂比高，传统蒸发沉淀法难以经济地分离镁和锂。",
                "Salt-lake brines in China usually have a high magnesium-to-lithium ratio, which conventional evaporation and precipitation cannot separate economically."
            ),
        ],
        elements: [
            .t(
                "将卤水通过装填铝系吸附剂的吸附柱，使锂离子被吸附",
                "passing the brine through columns packed with an aluminium-based adsorbent so that lithium ions are adsorbed"),
            .t("用淡水解吸，得到含锂合格液", "desorbing with fresh water to obtain a lithium-bearing eluate"),
            .t("采用纳滤膜对合格液进行镁锂分离", "separating magnesium from lithium in the eluate with nanofiltration membranes"),
            .t("经反渗透浓缩至锂浓度不低于{15..25} g/L", "concentrating by reverse osmosis to a lithium concentration of at least {15..25} g/L"),
            .t("加入碳酸钠沉淀得到碳酸锂", "precipitating lithium carbonate with sodium carbonate"),
        ],
        features: [
            .t("所述卤水的镁锂质量比为{20..80}:1", "the magnesium-to-lithium mass ratio of the brine is {20..80}:1"),
            .t("所述吸附剂的工作吸附容量为{6..10} mg/g", "the working adsorption capacity of the adsorbent is {6..10} mg/g"),
            .t("吸附温度为{15..35}℃，流速为{2..6} BV/h", "adsorption is carried out at {15..35} °C at a flow rate of {2..6} BV/h"),
            .t("纳滤产水中镁锂比小于{0.5..1.5}", "the nanofiltration permeate has a magnesium-to-lithium ratio below {0.5..1.5}"),
            .t("锂收率不低于{80..92}%", "the lithium yield is at least {80..92}%"),
            .t("解吸液循环使用{3..6}次", "the desorption liquor is reused {3..6} times"),
        ],
        effects: [
            .t(
                "该工艺适用于高镁锂比卤水，淡水消耗少，锂收率高。",
                "The process suits brines with a high magnesium-to-lithium ratio, uses little fresh water and gives a high lithium yield.")
        ],
        summaries: [
            .t(
                "盐湖卤水吸附法提锂及膜法镁锂分离成套技术。",
                "Complete technology for lithium extraction from salt-lake brine by adsorption and membrane separation of magnesium and lithium."
            )
        ],
        industries: [.t("盐湖资源", "Salt Lake Resources"), .t("锂业", "Lithium Industry")],
        products: [.t("吸附提锂装置", "adsorption lithium extraction unit")])

    /// Gallium recovery from Bayer-process alumina liquor.
    static let galliumRecovery = Technology(
        key: "gallium-recovery", controlled: true,
        ipc: ["C22B 58/00", "C01G 15/00", "C22B 3/42", "C25C 1/22"],
        assetTypes: [(.inventionPatent, 60), (.patentApplication, 15), (.tradeSecret, 20), (.utilityModel, 5)],
        titles: [
            .t("一种从氧化铝母液中回收镓的方法", "Method for recovering gallium from alumina mother liquor"),
            .t("拜耳法种分母液树脂吸附提镓工艺", "Resin adsorption process for extracting gallium from Bayer seed-precipitation liquor"),
            .t("一种高纯镓的电解精炼方法", "Electrolytic refining method for high-purity gallium"),
        ],
        subject: ClaimSubject(
            .t("一种从氧化铝生产母液中提取镓的方法", "A method for extracting gallium from the mother liquor of alumina production"),
            short: .t("提镓方法", "method"), isMethod: true),
        leads: [
            .t(
                "本发明涉及稀散金属冶金领域，具体涉及从氧化铝母液中回收镓。",
                "The invention relates to the metallurgy of scattered metals, specifically to recovering gallium from alumina liquor."),
            .t(
                "镓主要伴生于铝土矿中，在拜耳法循环母液中富集。",
                "Gallium occurs mainly with bauxite and accumulates in the circulating liquor of the Bayer process."),
        ],
        elements: [
            .t(
                "将拜耳法种分母液通过装有偕胺肟螯合树脂的吸附塔",
                "passing Bayer seed-precipitation liquor through an adsorption tower packed with amidoxime chelating resin"),
            .t("用稀硫酸淋洗除去吸附的铝和钠", "washing off adsorbed aluminium and sodium with dilute sulphuric acid"),
            .t("用{1..3} mol/L硫酸解吸镓，得到富镓液", "eluting gallium with {1..3} mol/L sulphuric acid to obtain a gallium-rich solution"),
            .t("将富镓液转型为碱性镓酸钠溶液", "converting the gallium-rich solution into an alkaline sodium gallate solution"),
            .t("电解得到金属镓", "electrolysing to obtain gallium metal"),
        ],
        features: [
            .t("所述母液中镓浓度为{150..250} mg/L", "the gallium concentration of the liquor is {150..250} mg/L"),
            .t("树脂吸附镓的饱和容量为{2..5} g/L", "the saturated gallium capacity of the resin is {2..5} g/L"),
            .t("电解电流密度为{100..300} A/m²", "the electrolysis current density is {100..300} A/m²"),
            .t("所得金属镓纯度达到{99.990..99.999}%", "the gallium metal obtained has a purity of {99.990..99.999}%"),
            .t("吸附后的母液返回氧化铝生产流程", "the liquor leaving adsorption is returned to alumina production"),
            .t("镓的回收率不低于{75..90}%", "the gallium recovery is at least {75..90}%"),
        ],
        effects: [
            .t(
                "该方法不影响氧化铝生产，镓回收率高，树脂可再生循环使用。",
                "The method does not disturb alumina production, recovers gallium well and lets the resin be regenerated.")
        ],
        summaries: [
            .t("氧化铝母液树脂吸附法提镓及金属镓电解技术。", "Gallium extraction from alumina liquor by resin adsorption, and electrolysis of gallium metal.")
        ],
        industries: [.t("铝业", "Aluminium"), .t("稀有金属", "Rare Metals"), .t("有色金属", "Nonferrous Metals")],
        products: [.t("镓电解槽", "gallium electrolysis cell")])
}
