/// What to generate: how many dossiers, from which seed, in which layout and with which
/// share of each interesting feature. The same options always give the same bytes.
public struct GeneratorOptions: Sendable, Hashable, Codable {
    /// Number of dossiers.
    public var count: Int
    /// Seed of the pseudo-random stream; dossier `i` depends only on the seed, `i` and the shares.
    public var seed: UInt64
    /// How the corpus is laid out on disk.
    public var layout: CorpusLayout
    /// Dossiers per `<dossier-batch>` file in the `batch`, `gzip` and `mixed` layouts.
    public var dossiersPerBatch: Int
    /// First and last year of the filing dates (inclusive).
    public var filingYears: ClosedRange<Int>
    /// When set (`CN-JS`), every dossier comes from this office; else from many provinces.
    public var province: String?
    /// Shares of the interesting features.
    public var shares: FeatureShares

    public init(
        count: Int, seed: UInt64 = 1, layout: CorpusLayout = .files, dossiersPerBatch: Int = 5000,
        filingYears: ClosedRange<Int> = 2019...2026, province: String? = nil, shares: FeatureShares = FeatureShares()
    ) {
        self.count = count
        self.seed = seed
        self.layout = layout
        self.dossiersPerBatch = dossiersPerBatch
        self.filingYears = filingYears
        self.province = province
        self.shares = shares
    }
}

extension GeneratorOptions {
    /// The provincial offices (`CN-JS`, …) that `province` may name.
    public static var knownProvinces: [String] { Province.all.map(\.code) }
}

/// How a generated corpus is laid out in its directory.
public enum CorpusLayout: String, Sendable, Hashable, Codable, CaseIterable {
    /// One `<transfer-dossier>` file per dossier (`JS-2026-004211.xml`).
    case files
    /// `<dossier-batch>` files of `dossiersPerBatch` dossiers each (`batch-0001.xml`).
    case batch
    /// The same batches, gzip-compressed (`batch-0001.xml.gz`).
    case gzip
    /// One bundle per dossier, alternately `.zip` and `.tar.gz`, with `dossier.xml` at the
    /// root and its attachments (contract, technical description, ST.36 patent documents, PDF).
    case bundles
    /// All of the above in one inbox: single files, plain and gzip batches, and bundles.
    case mixed
}
