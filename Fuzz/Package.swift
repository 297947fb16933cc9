// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for the readers of the root package (product `OutboundReaders`).
// Build with `swift build -c release --sanitize=fuzzer --sanitize=address` so that the
// readers themselves are instrumented too; see ../docs/fuzzing.md.
//
// Each target is an executable with no `main`: libFuzzer supplies it and calls the
// `LLVMFuzzerTestOneInput` function the target exports with `@_cdecl`.
let package = Package(
    name: "OutboundFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Outbound", path: "..")
    ],
    targets: [
        // Bytes -> TextDecoding -> RecordSplitter -> DocumentParser -> DossierMapper, and the
        // same bytes as a bundle attachment (PatentDocumentReader over XMLPullReader).
        .executableTarget(
            name: "FuzzXML",
            dependencies: [.product(name: "OutboundReaders", package: "Outbound")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        // Bytes -> GzipReader, ZipArchive (members inflated), TarReader (plain and gzip).
        .executableTarget(
            name: "FuzzArchive",
            dependencies: [.product(name: "OutboundReaders", package: "Outbound")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ],
    swiftLanguageModes: [.v6]
)
