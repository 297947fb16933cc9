import DossierModel

/// One field of technology the generator writes about: the words, classification symbols
/// and stated values from which titles, abstracts, claims and summaries are made.
///
/// The catalogue of fields is data (see the `Technology+…` files); `AssetFactory` turns a
/// field into assets and `ClaimWriter` into claims.
struct Technology: Sendable {
    /// Short stable name (`lfp-cathode`), used in tests and never written to a dossier.
    let key: String
    /// True when export control cares about the field.
    let controlled: Bool
    /// IPC symbols in canonical form (`H01M 4/58`); the first is the main one.
    let ipc: [String]
    /// Asset types the field is transferred as, with weights.
    let assetTypes: [(AssetType, Int)]
    /// Titles of patents in the field.
    let titles: [Bilingual]
    /// What the first claim claims.
    let subject: ClaimSubject
    /// Opening sentences of an abstract: the field and the problem.
    let leads: [Bilingual]
    /// Steps (for a method) or parts (for a product) of the first claim.
    let elements: [Bilingual]
    /// Clauses for dependent claims and abstracts (`the sintering temperature is …`).
    let features: [Bilingual]
    /// Closing sentences of an abstract: the effect.
    let effects: [Bilingual]
    /// Sentences for the transaction's technology summary.
    let summaries: [Bilingual]
    /// Industry words for the names of companies in the field (`New Energy Materials`).
    let industries: [Bilingual]
    /// Names of products, for design patents, utility models and trademarks' goods.
    let products: [Bilingual]
    /// Names of software, for software copyrights.
    let software: [Bilingual]
    /// Names of chips (IC layout designs), plant varieties or geographical indications,
    /// whichever the field's asset types need.
    let extras: [Bilingual]
    /// Clauses that state measured values (and, in a share, negations or language
    /// qualifiers); drawn per asset.
    let statements: @Sendable (inout SeededRandom, FeatureShares) -> [Bilingual]

    init(
        key: String, controlled: Bool, ipc: [String], assetTypes: [(AssetType, Int)], titles: [Bilingual],
        subject: ClaimSubject, leads: [Bilingual], elements: [Bilingual], features: [Bilingual],
        effects: [Bilingual], summaries: [Bilingual], industries: [Bilingual], products: [Bilingual] = [],
        software: [Bilingual] = [], extras: [Bilingual] = [],
        statements: @escaping @Sendable (inout SeededRandom, FeatureShares) -> [Bilingual] = { _, _ in [] }
    ) {
        self.key = key
        self.controlled = controlled
        self.ipc = ipc
        self.assetTypes = assetTypes
        self.titles = titles
        self.subject = subject
        self.leads = leads
        self.elements = elements
        self.features = features
        self.effects = effects
        self.summaries = summaries
        self.industries = industries
        self.products = products
        self.software = software
        self.extras = extras
        self.statements = statements
    }

    /// Every field: the controlled ones first, then the ordinary ones.
    static let all: [Technology] = controlledFields + ordinaryFields

    /// Fields that export control cares about.
    static let controlledFields: [Technology] = [
        .lfpCathode, .lithiumSpodumene, .lithiumBrine, .galliumRecovery, .uavFlightControl,
        .uavObstacleAvoidance, .uavSprayer, .speechSynthesis, .speechDialogue, .lidar,
        .geneEditing, .hybridBreeding,
    ]

    /// Ordinary free technology.
    static let ordinaryFields: [Technology] = [
        .packagingMachine, .textileDyeing, .furnitureHinge, .teaProcessing, .ceramicTile,
        .ledLamp, .waterPurifier, .rangeHood, .injectionMould, .shoeSole,
    ]
}

/// What the first claim of a patent claims, and how dependent claims refer back to it.
struct ClaimSubject: Sendable {
    /// `一种磷酸铁锂正极材料的制备方法` / `A method for preparing a lithium iron phosphate cathode material`.
    let preamble: Bilingual
    /// `制备方法` / `method`, as in "the method according to claim 1".
    let short: Bilingual
    /// True when claim 1 lists steps, false when it lists parts.
    let isMethod: Bool
    /// An optional last claim referring to all before it; `%n` becomes the number of the
    /// claim before it (`一种锂离子电池，…权利要求1至%n…`).
    let closing: Bilingual?

    init(_ preamble: Bilingual, short: Bilingual, isMethod: Bool, closing: Bilingual? = nil) {
        self.preamble = preamble
        self.short = short
        self.isMethod = isMethod
        self.closing = closing
    }
}

extension Bilingual {
    /// Shorthand for the data files.
    static func t(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh, en) }
}
