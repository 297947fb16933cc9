import DossierModel

extension Technology {
    /// Packaging machines (free technology).
    static let packagingMachine = Technology(
        key: "packaging-machine", controlled: false,
        ipc: ["B65B 5/10", "B65B 43/26", "B65B 51/10", "B65B 57/00"],
        assetTypes: [(.utilityModel, 40), (.inventionPatent, 25), (.designPatent, 20), (.trademark, 10), (.softwareCopyright, 5)],
        titles: [
            .t("一种全自动开箱装箱封箱一体机", "Fully automatic case erecting, packing and sealing machine"),
            .t("一种枕式包装机的横封装置", "Cross-sealing device for a pillow packaging machine"),
            .t("一种颗粒物料定量灌装机", "Metering filling machine for granular material"),
        ],
        subject: ClaimSubject(
            .t("一种包装机", "A packaging machine"), short: .t("包装机", "packaging machine"), isMethod: false),
        leads: [
            .t("本实用新型涉及包装机械技术领域。", "The utility model relates to packaging machinery."),
            .t("现有包装设备换型时间长，封口不牢。", "Existing packaging equipment takes long to change over and seals unreliably."),
        ],
        elements: [
            .t("机架", "a frame"),
            .t("输送机构，设于所述机架上，用于输送待包装物品", "a conveyor on the frame carrying the articles to be packed"),
            .t("成型机构，用于将包装膜卷成筒状", "a former rolling the packaging film into a tube"),
            .t("横封机构，包括一对相向转动的加热封刀", "a cross-sealing unit with a pair of counter-rotating heated sealing jaws"),
            .t("控制器，与伺服电机电连接", "a controller connected to the servo motors"),
        ],
        features: [
            .t("所述封刀的加热温度为{120..220}℃", "the sealing jaws are heated to {120..220} °C"),
            .t("包装速度为每分钟{40..200}包", "the machine packs {40..200} packs per minute"),
            .t("所述输送机构采用同步带传动", "the conveyor is driven by a timing belt"),
            .t("所述机架由不锈钢型材焊接而成", "the frame is welded from stainless steel sections"),
            .t("还包括色标传感器，用于纠正包装膜的偏移", "a colour-mark sensor corrects the film position"),
            .t("所述封刀表面设有防粘涂层", "the sealing jaws carry a non-stick coating"),
        ],
        effects: [
            .t("该包装机结构简单，封口牢固，换型方便。", "The machine is simple, seals firmly and changes over easily.")
        ],
        summaries: [
            .t("自动包装机的结构设计及相关专利。", "Design of automatic packaging machines and the related patents.")
        ],
        industries: [.t("包装机械", "Packaging Machinery"), .t("智能装备", "Intelligent Equipment")],
        products: [.t("枕式包装机", "pillow packaging machine"), .t("装箱机", "case packer"), .t("封箱机", "case sealer")],
        software: [.t("包装线控制软件", "Packaging Line Control Software")])

    /// Injection moulds (free technology).
    static let injectionMould = Technology(
        key: "injection-mould", controlled: false,
        ipc: ["B29C 45/26", "B29C 45/40", "B29C 45/73", "B29C 33/38"],
        assetTypes: [(.utilityModel, 55), (.inventionPatent, 25), (.designPatent, 10), (.tradeSecret, 10)],
        titles: [
            .t("一种带有随形冷却水道的注塑模具", "Injection mould with conformal cooling channels"),
            .t("一种汽车保险杠注塑模具的斜顶脱模机构", "Lifter ejection mechanism for a car bumper injection mould"),
        ],
        subject: ClaimSubject(
            .t("一种注塑模具", "An injection mould"), short: .t("注塑模具", "injection mould"), isMethod: false),
        leads: [
            .t("本实用新型涉及模具技术领域，具体涉及一种注塑模具。", "The utility model relates to moulds, specifically to an injection mould."),
            .t("现有模具冷却不均，制品易翘曲变形。", "Existing moulds cool unevenly so that parts warp."),
        ],
        elements: [
            .t("定模板和动模板", "a fixed plate and a moving plate"),
            .t("型腔，形成于所述定模板与动模板之间", "a cavity formed between the fixed and moving plates"),
            .t("热流道系统，用于向所述型腔注入熔融塑料", "a hot-runner system injecting molten plastic into the cavity"),
            .t("顶出机构，包括顶针和斜顶", "an ejector mechanism with ejector pins and lifters"),
        ],
        features: [
            .t("所述冷却水道与型腔表面的距离为{8..15} mm", "the cooling channels run {8..15} mm below the cavity surface"),
            .t("所述型腔表面硬度为HRC {48..56}", "the cavity surface has a hardness of HRC {48..56}"),
            .t("成型周期缩短至{18..45} s", "the cycle time is cut to {18..45} s"),
            .t("所述斜顶的倾斜角度为{5..12}°", "the lifters are inclined at {5..12}°"),
            .t("所述模具材料为P20或718模具钢", "the mould is made of P20 or 718 tool steel"),
        ],
        effects: [
            .t("该模具冷却均匀，制品尺寸稳定。", "The mould cools evenly and the parts keep their dimensions.")
        ],
        summaries: [.t("注塑模具设计技术及实用新型专利。", "Injection mould design technology and utility-model patents.")],
        industries: [.t("模具", "Mould"), .t("精密制造", "Precision Manufacturing")],
        products: [.t("注塑模具", "injection mould")])

    /// Kitchen range hoods (free technology).
    static let rangeHood = Technology(
        key: "range-hood", controlled: false,
        ipc: ["F24C 15/20", "F04D 29/42", "F24C 15/2021"],
        assetTypes: [(.utilityModel, 40), (.designPatent, 30), (.inventionPatent, 15), (.trademark, 15)],
        titles: [
            .t("一种侧吸式吸油烟机", "Side-draught range hood"),
            .t("一种吸油烟机的自清洁油网", "Self-cleaning grease filter for a range hood"),
        ],
        subject: ClaimSubject(
            .t("一种吸油烟机", "A range hood"), short: .t("吸油烟机", "range hood"), isMethod: false),
        leads: [
            .t("本实用新型涉及厨房电器领域。", "The utility model relates to kitchen appliances."),
            .t("现有吸油烟机吸烟效果差、噪声大、清洗困难。", "Existing range hoods extract poorly, are noisy and hard to clean."),
        ],
        elements: [
            .t("壳体，其前侧设有进风口", "a housing with an air inlet at the front"),
            .t("风机组件，设于所述壳体内", "a fan assembly inside the housing"),
            .t("油网，覆盖所述进风口", "a grease filter covering the inlet"),
            .t("集油盒，可拆卸地安装于壳体底部", "a grease cup detachably fitted at the bottom of the housing"),
        ],
        features: [
            .t("所述风机的最大风量为{18..26} m³/min", "the fan moves up to {18..26} m³/min"),
            .t("运行噪声不大于{52..58} dB(A)", "the running noise is at most {52..58} dB(A)"),
            .t("所述油网表面设有疏油涂层", "the grease filter has an oleophobic coating"),
            .t("所述进风口处设有导流板", "a baffle is fitted at the inlet"),
            .t("还包括蒸汽自清洗模块", "a steam self-cleaning module is also included"),
        ],
        effects: [.t("该吸油烟机吸烟效率高，噪声低，清洗方便。", "The hood extracts well, runs quietly and is easy to clean.")],
        summaries: [.t("吸油烟机产品外观及结构专利许可。", "Licence of design and structural patents for range hoods.")],
        industries: [.t("厨房电器", "Kitchen Appliances"), .t("电器", "Electric Appliances")],
        products: [.t("吸油烟机", "range hood"), .t("燃气灶", "gas hob")])

    /// Household water purifiers (free technology).
    static let waterPurifier = Technology(
        key: "water-purifier", controlled: false,
        ipc: ["C02F 1/44", "C02F 9/00", "B01D 61/08", "C02F 1/28"],
        assetTypes: [(.utilityModel, 40), (.inventionPatent, 25), (.designPatent, 20), (.trademark, 15)],
        titles: [
            .t("一种无桶大通量反渗透净水机", "Tankless high-flow reverse-osmosis water purifier"),
            .t("一种复合滤芯及净水器", "Composite filter cartridge and water purifier"),
        ],
        subject: ClaimSubject(
            .t("一种净水器", "A water purifier"), short: .t("净水器", "water purifier"), isMethod: false),
        leads: [
            .t("本实用新型涉及水处理设备技术领域。", "The utility model relates to water treatment equipment."),
            .t("现有反渗透净水器废水比高，首杯水TDS偏高。", "Existing reverse-osmosis purifiers waste much water and the first cup has a high TDS."),
        ],
        elements: [
            .t("前置复合滤芯，包括PP棉和活性炭", "a pre-filter cartridge of PP cotton and activated carbon"),
            .t("反渗透膜滤芯", "a reverse-osmosis membrane cartridge"),
            .t("增压泵，设于所述前置滤芯与反渗透膜滤芯之间", "a booster pump between the pre-filter and the membrane cartridge"),
            .t("废水比例阀和进水电磁阀", "a waste-water ratio valve and an inlet solenoid valve"),
        ],
        features: [
            .t("纯水产水量为{400..1200} G", "the purifier delivers {400..1200} G of pure water"),
            .t("废水比为{2..3}:1", "the waste-water ratio is {2..3}:1"),
            .t("所述活性炭为椰壳活性炭，碘值不低于{900..1100} mg/g", "the carbon is coconut-shell carbon with an iodine value of at least {900..1100} mg/g"),
            .t("还包括TDS检测探头和显示屏", "a TDS probe and a display are also included"),
            .t("停机后自动冲洗反渗透膜{10..30} s", "the membrane is flushed for {10..30} s after each stop"),
        ],
        effects: [.t("该净水器节水，出水品质稳定。", "The purifier saves water and delivers steady water quality.")],
        summaries: [.t("家用净水器滤芯结构及整机专利转让。", "Transfer of patents on household purifier cartridges and units.")],
        industries: [.t("环保科技", "Environmental Technology"), .t("水处理", "Water Treatment")],
        products: [.t("净水器", "water purifier"), .t("滤芯", "filter cartridge")])

    /// LED lamps (free technology).
    static let ledLamp = Technology(
        key: "led-lamp", controlled: false,
        ipc: ["F21V 29/70", "F21K 9/232", "F21V 23/00", "H05B 45/10"],
        assetTypes: [(.utilityModel, 40), (.designPatent, 30), (.inventionPatent, 15), (.trademark, 10), (.icLayoutDesign, 5)],
        titles: [
            .t("一种散热型LED球泡灯", "LED bulb with improved heat dissipation"),
            .t("一种防眩光LED筒灯", "Anti-glare LED downlight"),
        ],
        subject: ClaimSubject(
            .t("一种LED灯具", "An LED luminaire"), short: .t("LED灯具", "LED luminaire"), isMethod: false),
        leads: [
            .t("本实用新型涉及照明技术领域。", "The utility model relates to lighting."),
            .t("现有LED灯具散热差，光衰快。", "Existing LED luminaires run hot and lose output quickly."),
        ],
        elements: [
            .t("灯体，由铝合金压铸而成", "a die-cast aluminium body"),
            .t("LED光源板，贴设于所述灯体的散热面", "an LED board fixed to the heat sink face of the body"),
            .t("驱动电源，设于所述灯体内腔", "a driver inside the body"),
            .t("透镜，罩设于所述光源板外侧", "a lens covering the LED board"),
        ],
        features: [
            .t("所述灯体外周设有{12..36}片散热鳍片", "the body carries {12..36} cooling fins"),
            .t("光效不低于{100..160} lm/W", "the efficacy is at least {100..160} lm/W"),
            .t("显色指数Ra不低于{80..95}", "the colour rendering index Ra is at least {80..95}"),
            .t("所述透镜为PMMA材质，透光率大于{90..93}%", "the PMMA lens transmits more than {90..93}% of the light"),
            .t("统一眩光值UGR小于{16..19}", "the unified glare rating is below {16..19}"),
        ],
        effects: [.t("该灯具散热好，寿命长。", "The luminaire stays cool and lasts long.")],
        summaries: [.t("LED灯具结构与外观设计专利许可。", "Licence of structural and design patents for LED luminaires.")],
        industries: [.t("照明", "Lighting"), .t("光电", "Optoelectronics")],
        products: [.t("LED筒灯", "LED downlight"), .t("LED球泡灯", "LED bulb")],
        extras: [.t("LED恒流驱动芯片", "LED constant-current driver chip")])
}
