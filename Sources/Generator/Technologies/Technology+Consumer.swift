import DossierModel

extension Technology {
    /// Textile dyeing (free technology).
    static let textileDyeing = Technology(
        key: "textile-dyeing", controlled: false,
        ipc: ["D06P 1/16", "D06P 3/60", "D06B 3/28", "D06P 5/20"],
        assetTypes: [(.inventionPatent, 45), (.tradeSecret, 20), (.utilityModel, 20), (.trademark, 10), (.softwareCopyright, 5)],
        titles: [
            .t("一种涤棉混纺织物的一浴法染色工艺", "One-bath dyeing process for polyester-cotton blended fabric"),
            .t("一种低浴比气流染色方法", "Low-liquor-ratio airflow dyeing method"),
            .t("一种活性染料无盐染色方法", "Salt-free dyeing method with reactive dyes"),
        ],
        subject: ClaimSubject(
            .t("一种织物染色方法", "A method for dyeing a fabric"), short: .t("染色方法", "dyeing method"), isMethod: true),
        leads: [
            .t("本发明涉及纺织印染技术领域。", "The invention relates to textile dyeing and printing."),
            .t("传统两浴法染色用水量大、能耗高，废水含盐量高。", "Conventional two-bath dyeing uses much water and energy and leaves salty effluent."),
        ],
        elements: [
            .t("对坯布进行前处理，去除浆料和油污", "pretreating the grey fabric to remove size and oil"),
            .t("将织物置于含分散染料和活性染料的染浴中", "placing the fabric in a bath containing disperse and reactive dyes"),
            .t("以{1..3}℃/min升温至{110..130}℃保温染色", "heating at {1..3} °C/min to {110..130} °C and holding for dyeing"),
            .t("降温后加入纯碱固色", "cooling and fixing with soda ash"),
            .t("水洗、皂洗并烘干", "rinsing, soaping and drying"),
        ],
        features: [
            .t("浴比为1:{4..8}", "the liquor ratio is 1:{4..8}"),
            .t("染色后织物的耐洗色牢度达到{4..5}级", "the dyed fabric reaches grade {4..5} wash fastness"),
            .t("所述染浴中加入{0.5..2.0} g/L的匀染剂", "{0.5..2.0} g/L of levelling agent is added to the bath"),
            .t("节水{30..50}%以上", "water use falls by more than {30..50}%"),
            .t("所述织物中涤纶含量为{50..80}%", "the fabric contains {50..80}% polyester"),
        ],
        effects: [.t("该工艺缩短了染色流程，节能减排。", "The process shortens dyeing and saves energy and effluent.")],
        summaries: [.t("涤棉织物一浴法染色工艺技术转让。", "Transfer of a one-bath dyeing process for polyester-cotton fabric.")],
        industries: [.t("纺织印染", "Textile Dyeing"), .t("纺织", "Textiles")],
        products: [.t("气流染色机", "airflow dyeing machine")],
        software: [.t("染厂配方管理系统", "Dye House Recipe Management System")])

    /// Furniture hinges (free technology).
    static let furnitureHinge = Technology(
        key: "furniture-hinge", controlled: false,
        ipc: ["E05D 11/10", "E05F 5/02", "E05D 3/16", "E05F 3/20"],
        assetTypes: [(.utilityModel, 45), (.designPatent, 30), (.inventionPatent, 10), (.trademark, 15)],
        titles: [
            .t("一种阻尼缓冲铰链", "Damped soft-close hinge"),
            .t("一种快装式家具铰链", "Clip-on furniture hinge"),
        ],
        subject: ClaimSubject(
            .t("一种家具铰链", "A furniture hinge"), short: .t("铰链", "hinge"), isMethod: false),
        leads: [
            .t("本实用新型涉及家具五金技术领域。", "The utility model relates to furniture hardware."),
            .t("现有铰链关门冲击大、安装调节不便。", "Existing hinges slam shut and are awkward to fit and adjust."),
        ],
        elements: [
            .t("铰杯，用于嵌装于门板", "a cup set into the door"),
            .t("铰臂，用于固定于柜体侧板", "an arm fixed to the cabinet side"),
            .t("连杆组件，连接所述铰杯和铰臂", "a linkage joining the cup and the arm"),
            .t("阻尼器，设于所述铰杯内", "a damper inside the cup"),
        ],
        features: [
            .t("所述铰链的开启角度为{95..165}°", "the hinge opens to {95..165}°"),
            .t("所述阻尼器为液压阻尼器", "the damper is a hydraulic damper"),
            .t("开合寿命不少于{50000..100000}次", "the hinge lasts at least {50000..100000} cycles"),
            .t("所述铰臂上设有三维调节螺钉", "the arm carries three-way adjustment screws"),
            .t("所述铰杯直径为{26..40} mm", "the cup is {26..40} mm across"),
        ],
        effects: [.t("该铰链关门平稳无噪声，安装方便。", "The hinge closes quietly and fits easily.")],
        summaries: [.t("家具五金铰链产品专利及商标许可。", "Licence of patents and trademarks for furniture hinges.")],
        industries: [.t("家居五金", "Home Hardware"), .t("五金制品", "Hardware Products")],
        products: [.t("铰链", "hinge"), .t("抽屉滑轨", "drawer slide")])

    /// Tea processing (free technology), with geographical indications.
    static let teaProcessing = Technology(
        key: "tea-processing", controlled: false,
        ipc: ["A23F 3/06", "A23F 3/12", "A23F 3/14"],
        assetTypes: [(.inventionPatent, 30), (.geographicalIndication, 20), (.trademark, 25), (.tradeSecret, 15), (.utilityModel, 10)],
        titles: [
            .t("一种扁形绿茶的加工方法", "Method for processing flat green tea"),
            .t("一种红茶发酵工艺", "Fermentation process for black tea"),
        ],
        subject: ClaimSubject(
            .t("一种茶叶加工方法", "A method for processing tea"), short: .t("加工方法", "processing method"), isMethod: true),
        leads: [
            .t("本发明涉及茶叶加工技术领域。", "The invention relates to tea processing."),
            .t("手工炒制效率低，品质不稳定。", "Hand roasting is slow and gives uneven quality."),
        ],
        elements: [
            .t("采摘一芽一叶或一芽二叶鲜叶", "plucking one bud with one or two leaves"),
            .t("将鲜叶摊放{4..8} h", "spreading the fresh leaves for {4..8} h"),
            .t("于{220..280}℃杀青", "fixing at {220..280} °C"),
            .t("理条压扁后辉干", "shaping, flattening and final roasting"),
        ],
        features: [
            .t("摊放厚度为{2..5} cm", "the leaves are spread {2..5} cm deep"),
            .t("成品含水量不高于{5..7}%", "the finished tea holds at most {5..7}% moisture"),
            .t("所述杀青采用滚筒杀青机", "fixing is done in a drum fixing machine"),
            .t("发酵温度为{24..30}℃，相对湿度为{90..95}%", "fermentation runs at {24..30} °C and {90..95}% relative humidity"),
        ],
        effects: [.t("该方法实现了机械化加工，品质稳定。", "The method mechanises processing and keeps quality steady.")],
        summaries: [.t("名优茶加工工艺、商标及地理标志使用许可。", "Licence of processing know-how, trademarks and geographical indications for premium tea.")],
        industries: [.t("茶业", "Tea"), .t("农业开发", "Agricultural Development")],
        products: [.t("茶叶包装盒", "tea packaging box"), .t("茶叶罐", "tea caddy")],
        extras: [.t("西湖龙井", "Xihu Longjing"), .t("普洱茶", "Pu'er Tea"), .t("祁门红茶", "Keemun Black Tea"), .t("安吉白茶", "Anji White Tea")])

    /// Ceramic tiles (free technology).
    static let ceramicTile = Technology(
        key: "ceramic-tile", controlled: false,
        ipc: ["C04B 33/13", "C04B 41/86", "C04B 35/622"],
        assetTypes: [(.inventionPatent, 40), (.designPatent, 25), (.tradeSecret, 15), (.trademark, 10), (.utilityModel, 10)],
        titles: [
            .t("一种防滑耐磨釉面砖及其制备方法", "Slip-resistant wear-resistant glazed tile and preparation method therefor"),
            .t("一种大规格薄型陶瓷板的制备方法", "Method for preparing large thin ceramic slabs"),
        ],
        subject: ClaimSubject(
            .t("一种陶瓷砖的制备方法", "A method for preparing a ceramic tile"), short: .t("制备方法", "method"), isMethod: true),
        leads: [
            .t("本发明涉及建筑陶瓷技术领域。", "The invention relates to building ceramics."),
            .t("现有釉面砖防滑性与易清洁性难以兼顾。", "Existing glazed tiles trade slip resistance against easy cleaning."),
        ],
        elements: [
            .t("按配比称取坯料并球磨制浆", "weighing the body materials and ball-milling them into a slip"),
            .t("喷雾造粒后压制成型", "spray-granulating and pressing"),
            .t("施面釉并喷墨打印图案", "glazing and inkjet-printing the pattern"),
            .t("于{1150..1220}℃烧成", "firing at {1150..1220} °C"),
        ],
        features: [
            .t("所述面釉中含有{3..8}%的刚玉微粉", "the glaze contains {3..8}% corundum powder"),
            .t("成品的吸水率不大于{0.1..0.5}%", "the finished tile absorbs at most {0.1..0.5}% water"),
            .t("防滑系数不低于{0.5..0.7}", "the slip coefficient is at least {0.5..0.7}"),
            .t("所述陶瓷板的厚度为{3..6} mm", "the slab is {3..6} mm thick"),
            .t("烧成周期为{50..70} min", "the firing cycle lasts {50..70} min"),
        ],
        effects: [.t("该陶瓷砖防滑耐磨且易清洁。", "The tile resists slip and wear and is easy to clean.")],
        summaries: [.t("陶瓷砖配方、釉料及烧成工艺技术。", "Ceramic tile body and glaze formulations and firing process.")],
        industries: [.t("陶瓷", "Ceramics"), .t("建材", "Building Materials")],
        products: [.t("瓷砖", "ceramic tile"), .t("岩板", "sintered stone slab")])

    /// Shoe soles (free technology).
    static let shoeSole = Technology(
        key: "shoe-sole", controlled: false,
        ipc: ["A43B 13/04", "A43B 13/18", "C08L 23/08", "B29D 35/14"],
        assetTypes: [(.utilityModel, 35), (.designPatent, 25), (.inventionPatent, 20), (.trademark, 20)],
        titles: [
            .t("一种轻质高弹EVA鞋底及其制备方法", "Light high-resilience EVA shoe sole and preparation method therefor"),
            .t("一种防滑耐磨橡胶大底", "Slip-resistant wear-resistant rubber outsole"),
        ],
        subject: ClaimSubject(
            .t("一种鞋底", "A shoe sole"), short: .t("鞋底", "shoe sole"), isMethod: false),
        leads: [
            .t("本实用新型涉及制鞋技术领域。", "The utility model relates to footwear."),
            .t("现有运动鞋底回弹性差，易磨损。", "Existing sports soles rebound poorly and wear quickly."),
        ],
        elements: [
            .t("中底，由发泡材料制成", "a midsole of foamed material"),
            .t("大底，贴合于所述中底下表面", "an outsole bonded to the underside of the midsole"),
            .t("抗扭片，嵌设于所述中底的足弓部位", "a shank set into the arch of the midsole"),
        ],
        features: [
            .t("所述中底的密度为{0.12..0.20} g/cm³", "the midsole has a density of {0.12..0.20} g/cm³"),
            .t("回弹率不低于{55..70}%", "the rebound is at least {55..70}%"),
            .t("所述大底的DIN磨耗不大于{80..120} mm³", "the outsole has a DIN abrasion of at most {80..120} mm³"),
            .t("所述大底底面设有人字形防滑纹", "the outsole carries a herringbone tread"),
            .t("所述抗扭片由碳纤维制成", "the shank is made of carbon fibre"),
        ],
        effects: [.t("该鞋底轻便、回弹好、耐磨。", "The sole is light, springy and hard-wearing.")],
        summaries: [.t("运动鞋底结构与外观专利及商标许可。", "Licence of structural and design patents and trademarks for sports soles.")],
        industries: [.t("鞋业", "Footwear"), .t("体育用品", "Sporting Goods")],
        products: [.t("运动鞋", "sports shoe"), .t("鞋底", "shoe sole")])
}
