import DossierModel

extension Technology {
    /// Gene editing of crops (CRISPR/Cas9, base editing).
    static let geneEditing = Technology(
        key: "gene-editing", controlled: true,
        ipc: ["C12N 15/113", "C12N 9/22", "C12N 15/82", "C12N 15/90", "A01H 6/46"],
        assetTypes: [(.inventionPatent, 70), (.patentApplication, 20), (.tradeSecret, 10)],
        titles: [
            .t("一种基于CRISPR/Cas9的水稻基因编辑方法及其应用", "CRISPR/Cas9-based gene editing method for rice and use thereof"),
            .t("一种植物碱基编辑系统及其在小麦育种中的应用", "Plant base editing system and its use in wheat breeding"),
            .t("调控玉米株型的基因及其编辑方法", "Gene regulating maize plant architecture and editing method therefor"),
        ],
        subject: ClaimSubject(
            .t("一种植物基因编辑方法", "A method for gene editing of a plant"), short: .t("基因编辑方法", "gene editing method"), isMethod: true),
        leads: [
            .t("本发明属于植物基因工程领域，涉及基因编辑技术。", "The invention belongs to plant genetic engineering and concerns gene editing."),
            .t("传统育种周期长，难以精准改良目标性状。", "Conventional breeding is slow and cannot improve a target trait precisely."),
        ],
        elements: [
            .t("根据目标基因序列设计向导RNA", "designing a guide RNA from the sequence of the target gene"),
            .t("构建含有Cas9蛋白编码序列和向导RNA表达盒的载体", "constructing a vector carrying a Cas9 coding sequence and a guide RNA expression cassette"),
            .t("通过农杆菌介导法将所述载体转化植物愈伤组织", "transforming plant callus with the vector by Agrobacterium-mediated transformation"),
            .t("筛选获得目标基因被编辑且不含转基因元件的植株", "selecting plants whose target gene is edited and which carry no transgene"),
        ],
        features: [
            .t("所述向导RNA的长度为{18..22} nt", "the guide RNA is {18..22} nt long"),
            .t("编辑效率达到{40..95}%", "the editing efficiency reaches {40..95}%"),
            .t("所述Cas9蛋白经过植物密码子优化", "the Cas9 protein is codon-optimised for plants"),
            .t("所述碱基编辑器由胞嘧啶脱氨酶与nCas9融合而成", "the base editor is a fusion of cytidine deaminase and nCas9"),
            .t("编辑后植株的产量提高{5..18}%", "the edited plants yield {5..18}% more"),
            .t("所述植物为水稻、小麦或玉米", "the plant is rice, wheat or maize"),
        ],
        effects: [
            .t("该方法可在两代内获得无转基因的纯合编辑植株。", "The method gives transgene-free homozygous edited plants within two generations.")
        ],
        summaries: [
            .t("作物基因编辑载体、编辑方法及育种材料。", "Crop gene editing vectors, editing methods and breeding material.")
        ],
        industries: [.t("生物科技", "Biotechnology"), .t("种业", "Seed Industry")])

    /// Hybrid breeding of crops (two- and three-line hybrid rice) and the varieties it gives.
    static let hybridBreeding = Technology(
        key: "hybrid-breeding", controlled: true,
        ipc: ["A01H 1/02", "A01H 6/46", "A01H 1/04", "C12Q 1/6895"],
        assetTypes: [(.plantVariety, 50), (.inventionPatent, 30), (.tradeSecret, 10), (.trademark, 5), (.patentApplication, 5)],
        titles: [
            .t("一种杂交水稻两系不育系的选育方法", "Method for breeding a two-line sterile line of hybrid rice"),
            .t("一种三系杂交稻制种方法", "Seed production method for three-line hybrid rice"),
            .t("杂交玉米高产制种技术", "High-yield seed production technique for hybrid maize"),
        ],
        subject: ClaimSubject(
            .t("一种杂交稻不育系的选育方法", "A method for breeding a sterile line of hybrid rice"), short: .t("选育方法", "breeding method"), isMethod: true
        ),
        leads: [
            .t("本发明涉及作物遗传育种领域。", "The invention relates to crop genetics and breeding."),
            .t(
                "两系杂交稻不育系育性转换起点温度偏高，制种风险大。",
                "Two-line sterile lines with a high critical sterility temperature make hybrid seed production risky."),
        ],
        elements: [
            .t("以光温敏核不育材料为母本与优良恢复系杂交", "crossing photo-thermo-sensitive genic male sterile material as female with an elite restorer line"),
            .t("在人工气候箱中鉴定后代育性转换起点温度", "determining the critical sterility temperature of the progeny in a climate chamber"),
            .t(
                "选择起点温度低于{22.5..23.5}℃的单株连续回交",
                "backcrossing plants whose critical temperature is below {22.5..23.5} °C over several generations"),
            .t("经分子标记辅助选择获得稳定不育系", "obtaining a stable sterile line by marker-assisted selection"),
        ],
        features: [
            .t("所述不育系的不育株率为100%，不育度不低于{99.5..99.9}%", "the sterile line is 100% sterile plants with a sterility of at least {99.5..99.9}%"),
            .t("制种产量达到每亩{150..300} kg", "seed production reaches {150..300} kg per mu"),
            .t("所配组合比对照增产{5..15}%", "the hybrids outyield the check by {5..15}%"),
            .t("所述分子标记为与tms5基因连锁的SNP标记", "the molecular marker is a SNP marker linked to the tms5 gene"),
            .t("全生育期为{120..145}天", "the growth period is {120..145} days"),
        ],
        effects: [
            .t("该方法降低了两系杂交稻制种风险，提高了种子纯度。", "The method lowers the risk of two-line hybrid seed production and raises seed purity.")
        ],
        summaries: [
            .t("杂交水稻不育系、恢复系亲本及品种权转让。", "Transfer of sterile and restorer parent lines of hybrid rice and of the variety rights.")
        ],
        industries: [.t("种业", "Seed Industry"), .t("农业科技", "Agricultural Technology")],
        products: [.t("杂交水稻种子", "hybrid rice seed")],
        extras: [
            .t("荃两优{100..999}", "Quanliangyou {100..999}"), .t("晶两优{100..999}", "Jingliangyou {100..999}"),
            .t("Y两优{100..999}", "Y Liangyou {100..999}"), .t("隆优{100..999}", "Longyou {100..999}"),
        ])
}
