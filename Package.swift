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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        .target(name: "DossierModel"),
        .target(name: "XMLStream", dependencies: ["CLibXML2", "DossierModel"]),
        .target(name: "OutboundCompression", dependencies: ["CZlib", "DossierModel"]),
        .target(
            name: "Extract", dependencies: ["XMLStream", "OutboundCompression", "DossierModel"],
            resources: [.copy("Resources/dossier-1.xsd")]),
        .target(name: "Normalise", dependencies: ["DossierModel"]),
        .target(
            name: "Catalogue",
            dependencies: ["DossierModel", "XMLStream", "Normalise", .product(name: "Yams", package: "Yams")]),
        .target(name: "Generator", dependencies: ["DossierModel", "Normalise", "OutboundCompression"]),
        .target(
            name: "Pipeline",
            dependencies: ["DossierModel", "XMLStream", "OutboundCompression", "Extract", "Normalise", "Catalogue", "Generator"]),
        .target(
            name: "OutboundCLI",
            dependencies: ["Pipeline", "DossierModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "outbound", dependencies: ["OutboundCLI"]),

        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"]),
        .testTarget(name: "OutboundCompressionTests", dependencies: ["OutboundCompression"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "OutboundCompression", "XMLStream"]),
        .testTarget(name: "NormaliseTests", dependencies: ["Normalise"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Normalise", "OutboundCompression", "DossierModel"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DossierModel", "OutboundCompression"]),
    ],
    swiftLanguageModes: [.v6]
)
