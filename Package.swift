// swift-tools-version:6.1
import PackageDescription

// The module layout follows the pipeline: extract -> normalise -> classify -> route ->
// packets, with the runner (`Pipeline`) the only module that decides threads and writes
// files. See ../shared/ARCHITECTURE.md and docs/architecture.md.
let package = Package(
    name: "Outbound",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "outbound", targets: ["outbound"]),
        // The readers as a library, for the fuzz targets in Fuzz/ (a separate package that
        // builds with -sanitize=fuzzer; see docs/fuzzing.md).
        .library(name: "OutboundReaders", targets: ["Extract", "XMLStream", "OutboundCompression", "DossierModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        .target(name: "DossierModel"),
        // The only user of swift-crypto: SHA-256 content hashes of inputs and reference files.
        .target(name: "Hashing", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "XMLStream", dependencies: ["CLibXML2", "DossierModel"]),
        .target(name: "OutboundCompression", dependencies: ["CZlib", "DossierModel"]),
        .target(
            name: "Extract", dependencies: ["XMLStream", "OutboundCompression", "DossierModel", "Hashing"],
            resources: [.copy("Resources/dossier-1.xsd")]),
        .target(name: "Normalise", dependencies: ["DossierModel"]),
        .target(
            name: "Catalogue",
            dependencies: ["DossierModel", "XMLStream", "Normalise", "Hashing", .product(name: "Yams", package: "Yams")]),
        .target(name: "Classify", dependencies: ["Catalogue", "DossierModel"]),
        // `Routing`, not `Route`: the module would clash with the `Route` value it produces.
        .target(name: "Routing", dependencies: ["Catalogue", "DossierModel"]),
        .target(name: "Generator", dependencies: ["DossierModel", "Normalise", "OutboundCompression"]),
        .target(name: "Packets", dependencies: ["DossierModel", "Hashing"]),
        // The only user of GRDB: the run and dossier store.
        .target(
            name: "Ledger",
            dependencies: ["DossierModel", "Packets", "OutboundCompression", .product(name: "GRDB", package: "GRDB.swift")]),
        // The only user of postgres-nio: the ledger that many workers share (`outbound worker`).
        .target(
            name: "PostgresLedger",
            dependencies: [
                "Ledger", "DossierModel", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "Pipeline",
            dependencies: [
                "DossierModel", "XMLStream", "OutboundCompression", "Extract", "Normalise", "Catalogue", "Classify", "Routing", "Packets",
                "Ledger", "PostgresLedger", "Hashing",
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The only user of Hummingbird: the reviewer workbench (`outbound serve`), pages and
        // JSON over the ledger, reviewer actions recorded through `Ledger`.
        .target(
            name: "Workbench",
            dependencies: [
                "Pipeline", "Ledger", "Packets", "DossierModel", "Normalise", "Hashing",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The developers' tools, outside the production modules: the corpus generator's job
        // (`outbound generate`) and the benchmark (`outbound bench`).
        .target(name: "DevTools", dependencies: ["Generator", "Catalogue", "DossierModel", "Packets"]),
        .target(
            name: "OutboundCLI",
            dependencies: [
                "Pipeline", "Workbench", "DevTools", "Packets", "DossierModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(name: "outbound", dependencies: ["OutboundCLI"]),

        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"]),
        .testTarget(name: "OutboundCompressionTests", dependencies: ["OutboundCompression"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "OutboundCompression", "XMLStream"]),
        .testTarget(name: "NormaliseTests", dependencies: ["Normalise"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"]),
        .testTarget(name: "ClassifyTests", dependencies: ["Classify", "Catalogue", "Normalise", "DossierModel"]),
        .testTarget(name: "RoutingTests", dependencies: ["Routing", "Catalogue", "DossierModel"]),
        .testTarget(name: "PacketsTests", dependencies: ["Packets", "DossierModel", "Hashing"]),
        // The fixtures the SQLite and the PostgreSQL ledger suites share.
        .target(name: "LedgerTestSupport", dependencies: ["Ledger", "DossierModel"], path: "Tests/LedgerTestSupport"),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "DossierModel", "LedgerTestSupport"]),
        .testTarget(name: "PostgresLedgerTests", dependencies: ["PostgresLedger", "Ledger", "DossierModel", "LedgerTestSupport"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Normalise", "OutboundCompression", "DossierModel"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Generator", "DevTools", "LedgerTestSupport"]),
        .testTarget(name: "DevToolsTests", dependencies: ["DevTools"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: [
                "Workbench", "Pipeline", "Ledger", "Packets", "Hashing", "DossierModel", "LedgerTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["DossierModel", "OutboundCompression", "Hashing", "Packets"], exclude: ["Cases"]),
    ],
    swiftLanguageModes: [.v6]
)

// The language habits every target of the package builds with: existential types spelt `any`,
// and a file sees only the members of the modules it imports itself.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
