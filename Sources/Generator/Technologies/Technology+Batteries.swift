import DossierModel

extension Technology {
    /// Lithium iron phosphate cathodes, with stated compaction density, specific capacity and
    /// first coulombic efficiency: the restricted-export thresholds are 2.58 g/cc at 220 MPa,
    /// 160 mAh/g at 0.1C and 97 %, and a share of values sits just either side of them.
    static let lfpCathode = Technology(
        key: "lfp-cathode", controlled: true,
        ipc: ["H01M 4/58", "H01M 4/136", "H01M 4/1397", "C01B 25/45", "H01M 10/0525", "H01M 4/62"],
        assetTypes: [
            (.inventionPatent, 60), (.patentApplication, 15), (.utilityModel, 8), (.tradeSecret, 8), (.softwareCopyright, 3),
            (.icLayoutDesign, 2), (.other, 2),
        ],
        titles: [
            .t("一种高压实密度磷酸铁锂正极材料及其制备方法", "High-compaction-density lithium iron phosphate cathode material and preparation method therefor"),
            .t("磷酸铁锂正极材料的制备方法及锂离子电池", "Method for preparing lithium iron phosphate cathode material, and lithium-ion battery"),
            .t("一种碳包覆磷酸铁锂复合材料及其制备方法", "Carbon-coated lithium iron phosphate composite material and preparation method therefor"),
            .t("一种磷酸锰铁锂正极材料的制备方法", "Method for preparing lithium manganese iron phosphate cathode material"),
            .t("一种纳米磷酸铁锂的水热合成方法", "Hydrothermal synthesis method for nano lithium iron phosphate"),
        ],
        subject: ClaimSubject(
            .t("一种磷酸铁锂正极材料的制备方法", "A method for preparing a lithium iron phosphate cathode material"),
            short: .t("制备方法", "method"), isMethod: true,
            closing: .t(
                "一种锂离子电池，其特征在于，其正极包含采用权利要求1至%n中任一项所述的制备方法制得的磷酸铁锂正极材料。",
                "A lithium-ion battery, wherein its positive electrode contains a lithium iron phosphate cathode material prepared by the method according to any one of claims 1 to %n."
            )),
        leads: [
            .t(
                "本发明涉及锂离子电池正极材料技术领域，具体涉及一种磷酸铁锂正极材料及其制备方法。",
                "The invention relates to the field of cathode materials for lithium-ion batteries, in particular to a lithium iron phosphate cathode material and a preparation method therefor."
            ),
            .t(
                "现有磷酸铁锂材料的压实密度偏低，限制了动力电池和储能电池的体积能量密度。",
                "Existing lithium iron phosphate materials have a low compaction density, which limits the volumetric energy density of traction and storage batteries."
            ),
            .t(
                "磷酸铁锂具有橄榄石结构，热稳定性好，但电子电导率低。",
                "Lithium iron phosphate has an olivine structure and good thermal stability but a low electronic conductivity."),
        ],
        elements: [
            .t(
                "按摩尔比将磷酸铁、碳酸锂与碳源混合，得到前驱体浆料",
                "mixing iron phosphate, lithium carbonate and a carbon source in a set molar ratio to obtain a precursor slurry"),
            .t("将所述前驱体浆料砂磨至粒径D50为{0.30..0.60} μm", "sand-milling the precursor slurry to a particle size D50 of {0.30..0.60} μm"),
            .t("对砂磨后的浆料进行喷雾干燥，得到前驱体粉末", "spray-drying the milled slurry to obtain a precursor powder"),
            .t("在氮气保护下于{680..780}℃烧结{6..12} h", "sintering under nitrogen at {680..780} °C for {6..12} h"),
            .t(
                "将烧结产物进行气流粉碎和分级，得到所述磷酸铁锂正极材料",
                "jet-milling and classifying the sintered product to obtain the lithium iron phosphate cathode material"),
        ],
        features: [
            .t("所述碳源为葡萄糖、蔗糖和聚乙二醇中的一种或多种", "the carbon source is one or more of glucose, sucrose and polyethylene glycol"),
            .t("锂与铁的摩尔比为{1.01..1.05}:1", "the molar ratio of lithium to iron is {1.01..1.05}:1"),
            .t(
                "掺杂元素为钛、铌和镁中的至少一种，掺杂量为{500..3000} ppm",
                "the dopant is at least one of titanium, niobium and magnesium, in an amount of {500..3000} ppm"),
            .t("碳包覆层的含碳量为{1.20..1.80} wt%", "the carbon coating has a carbon content of {1.20..1.80} wt%"),
            .t("所述正极材料的比表面积为{8..14} m²/g", "the cathode material has a specific surface area of {8..14} m²/g"),
            .t(
                "所述喷雾干燥的进风温度为{200..260}℃，出风温度为{85..110}℃",
                "the spray drying uses an inlet temperature of {200..260} °C and an outlet temperature of {85..110} °C"),
            .t(
                "所述正极材料由一次颗粒和二次颗粒按质量比{6..8}:{2..4}级配而成",
                "the cathode material is a grading of primary and secondary particles in a mass ratio of {6..8}:{2..4}"),
            .t("所述烧结采用辊道窑，升温速率为{2..5}℃/min", "the sintering is carried out in a roller kiln at a heating rate of {2..5} °C/min"),
            .t("所述磷酸铁的铁磷比为{0.96..0.99}", "the iron-to-phosphorus ratio of the iron phosphate is {0.96..0.99}"),
            .t("砂磨介质为直径{0.1..0.3} mm的氧化锆珠", "the milling medium is zirconia beads of {0.1..0.3} mm diameter"),
        ],
        effects: [
            .t("该方法工艺简单、成本低，适合规模化生产。", "The method is simple and inexpensive and suits large-scale production."),
            .t(
                "采用该材料的电池在{1500..4000}次循环后容量保持率大于{85..93}%。",
                "After {1500..4000} cycles, batteries made with the material retain more than {85..93}% of their capacity."),
            .t("该材料兼顾高压实密度与良好的倍率性能。", "The material combines a high compaction density with good rate capability."),
        ],
        summaries: [
            .t(
                "磷酸铁锂正极材料的配方、砂磨、喷雾干燥和烧结工艺，以及相关专利。",
                "Formulation, milling, spray-drying and sintering process for lithium iron phosphate cathode material, with the related patents."
            ),
            .t(
                "高压实密度磷酸铁锂正极材料制备技术及工艺包。",
                "Preparation technology and process package for high-compaction-density lithium iron phosphate cathode material."),
        ],
        industries: [.t("新能源材料", "New Energy Materials"), .t("锂电科技", "Lithium Battery Technology"), .t("电池材料", "Battery Materials")],
        products: [.t("正极材料烧结匣钵", "sintering sagger for cathode material"), .t("喷雾干燥塔", "spray-drying tower")],
        software: [
            .t("正极材料烧结过程监控软件", "Cathode Sintering Process Monitoring Software"),
            .t("电池材料质量追溯系统", "Battery Material Quality Traceability System"),
        ],
        extras: [.t("电池管理系统电压采样芯片", "battery management system voltage sampling chip")],
        statements: { random, shares in
            let near = random.chance(shares.nearThreshold)
            var out: [Bilingual] = []
            if random.chance(0.85) {
                let density =
                    near
                    ? (random.chance(0.5) ? random.decimal(2.59, 2.64, places: 2) : random.decimal(2.52, 2.57, places: 2))
                    : (random.chance(0.6) ? random.decimal(2.20, 2.48, places: 2) : random.decimal(2.62, 2.72, places: 2))
                out.append(
                    random.pick([
                        .t(
                            "所述正极材料在220 MPa压力下的压实密度为\(density) g/cc",
                            "the cathode material has a compaction density of \(density) g/cc at 220 MPa"),
                        .t("压实密度 \(density) g/cc at 220 MPa", "the compaction density is \(density) g/cc at 220 MPa"),
                        .t(
                            "所述正极材料的压实密度为\(density) g/cm³（220 MPa）",
                            "the compaction density of the cathode material is \(density) g/cm³ (220 MPa)"),
                    ]))
            }
            if random.chance(0.7) {
                let capacity =
                    near
                    ? (random.chance(0.5) ? random.decimal(160.5, 163.0, places: 1) : random.decimal(156.0, 159.5, places: 1))
                    : random.decimal(145.0, 166.0, places: 1)
                out.append(.t("0.1C放电比容量为\(capacity) mAh/g", "the specific discharge capacity at 0.1C is \(capacity) mAh/g"))
            }
            if random.chance(0.5) {
                let efficiency =
                    near
                    ? (random.chance(0.5) ? random.decimal(97.1, 97.8, places: 1) : random.decimal(96.0, 96.9, places: 1))
                    : random.decimal(93.0, 98.5, places: 1)
                out.append(.t("首次库仑效率为\(efficiency)%", "the first-cycle coulombic efficiency is \(efficiency)%"))
            }
            return out
        })
}
