// swift-tools-version:6.0
// An example of Folio used as a library: a report written in Swift, built into a PDF in memory.
// `make example` (part of `make test`) builds and runs it and checks the PDF.
import PackageDescription

let package = Package(
    name: "ReportFromSwift",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Folio from this checkout, named "Folio" whatever the checkout's folder is called.
        .package(name: "Folio", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "ReportFromSwift", dependencies: [.product(name: "Folio", package: "Folio")]),
    ],
    swiftLanguageModes: [.v6]
)
