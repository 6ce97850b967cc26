// swift-tools-version:6.0
// Folio: structured dataset → print-ready Chinese official-document PDF.
// Module map and import rules: docs/architecture.md ("Modules"), checked by Tests/ArchitectureTests.
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],   // Hummingbird 2 (folio serve) needs macOS 14
    products: [
        .executable(name: "folio", targets: ["FolioCLI"]),
        .library(name: "Folio", targets: ["Folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        // `swift package generate-documentation --target Folio` (make docs): the DocC catalogue Sources/Folio/Folio.docc.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // `folio serve` (FolioServe): the web server, its password hashing, the SQLite database, the page templates.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries: a module map and a shim header each, nothing else.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz",
                       providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2",
                       providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig",
                       providers: [.apt(["libfontconfig-dev"])]),
        // libqpdf's C API: linearisation (`--fast-web-view`) after the finishing step, and the read-back and
        // structure check of `folio verify`; libqpdf is opened with dlopen on first use (CQPDF.c), not linked.
        .target(name: "CQPDF"),
        // zlib: the finishing step deflates the object streams and the streams it writes.
        .systemLibrary(name: "CFlate", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        // HarfBuzz's subsetter, for re-subsetting Cairo's embedded CFF fonts in the finishing step (issue 8).
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset",
                       providers: [.apt(["libharfbuzz-dev"])]),
        // poppler-glib, for reading a finished PDF's text back in reading order (`folio verify`): only its types;
        // FolioRender opens the library with dlopen on the first read-back, so nothing links it.
        .systemLibrary(name: "CPoppler"),
        // librsvg (SVG images drawn as vectors through Cairo) and its gdk-pixbuf (JPEG images decoded for raster
        // output): only their types; FolioRender opens them with dlopen on the first SVG or JPEG.
        .systemLibrary(name: "CRsvg"),
        // glibc's malloc.h (`malloc_trim`): freed memory given back between the steps of a build. No library to link.
        .systemLibrary(name: "CMalloc"),
        // ICU's line-break iterator behind a plain C API: ICU headers never reach Swift.
        .target(name: "CLineBreak",
                linkerSettings: [.linkedLibrary("icuuc")]),

        .target(name: "FolioDisplay"),
        // The message catalogues (one YAML file per language, compiled in) and their rendering.
        .target(name: "FolioMessages",
                dependencies: [.product(name: "Yams", package: "Yams")],
                resources: [.embedInCode("Catalogues/en.yaml"), .embedInCode("Catalogues/zh.yaml")]),
        .target(name: "FolioData",
                dependencies: ["FolioMessages", .product(name: "Yams", package: "Yams"),
                               .product(name: "CSV", package: "CSV.swift"),
                               .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                               .product(name: "XMLCoder", package: "XMLCoder")]),
        .target(name: "FolioDocument", dependencies: ["FolioMessages", "FolioData", "FolioDisplay"]),
        .target(name: "FolioText",
                dependencies: ["FolioMessages", "FolioDisplay", "CHarfBuzz", "CFreeType", "CFontconfig", "CLineBreak"]),
        .target(name: "FolioCharts", dependencies: ["FolioMessages", "FolioDisplay", "FolioDocument"]),
        .target(name: "FolioLayout",
                dependencies: ["FolioMessages", "FolioText", "FolioCharts", "FolioDocument", "FolioDisplay"]),
        .target(name: "FolioRender", dependencies: ["FolioMessages", "FolioDisplay", "CCairo", "CFreeType", "CQPDF", "CFlate", "CHarfBuzzSubset",
                                                  "CPoppler", "CRsvg", "CMalloc"]),
        .target(name: "FolioCheck", dependencies: ["FolioMessages", "FolioData", "FolioDocument"]),
        .target(name: "FolioWord", dependencies: ["FolioMessages", "FolioDocument", "FolioDisplay", "FolioData"]),
        .target(name: "FolioOFD", dependencies: ["FolioMessages", "FolioDisplay", "FolioRender", "FolioData",
                                               .product(name: "XMLCoder", package: "XMLCoder")]),
        .target(name: "FolioImport", dependencies: ["FolioMessages", "FolioData", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "FolioVerify", dependencies: ["FolioMessages", "FolioRender", "FolioDisplay", "FolioData"]),
        // The themes and check lists are compiled in (Bundled/ links to Assets/themes and Assets/checks), so a
        // program using the library finds them with no asset folder at all (`BundledAssets`; Folio.docc).
        .target(name: "Folio",
                dependencies: ["FolioMessages", "FolioData", "FolioDocument", "FolioDisplay", "FolioText",
                               "FolioCharts", "FolioLayout", "FolioRender", "FolioCheck", "FolioImport",
                               "FolioVerify", "FolioWord", "FolioOFD"],
                resources: [.embedInCode("Bundled/themes/gongwen.yaml"), .embedInCode("Bundled/themes/report.yaml"),
                            .embedInCode("Bundled/themes/letter.yaml"), .embedInCode("Bundled/themes/order.yaml"),
                            .embedInCode("Bundled/themes/minutes.yaml"),
                            .embedInCode("Bundled/checks/confusions.yaml"), .embedInCode("Bundled/checks/lists.yaml")]),
        // `folio serve`: the workbench, a web application over a folder of datasets (docs/serve.md).
        .target(name: "FolioServe",
                dependencies: ["Folio", "FolioMessages", "FolioData", "FolioCheck", "FolioImport",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                               .product(name: "GRDB", package: "GRDB.swift"),
                               .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(name: "FolioCLI",
                          dependencies: ["Folio", "FolioServe", "FolioMessages",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // libFuzzer targets (issue 9, docs/limits.md): built only by `make fuzz`, which passes
        // -sanitize=fuzzer,address -parse-as-library -DFUZZING; a normal build compiles a stub main.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzDataset", dependencies: ["FuzzSupport", "FolioData", "FolioDocument", "FolioCheck"]),
        .executableTarget(name: "FuzzExpression", dependencies: ["FuzzSupport", "FolioData"]),
        .executableTarget(name: "FuzzParagraph", dependencies: ["FuzzSupport", "FolioText", "FolioDisplay"]),
        .executableTarget(name: "FuzzImport", dependencies: ["FuzzSupport", "FolioData", "FolioImport"]),
        .executableTarget(name: "FuzzTheme", dependencies: ["FuzzSupport", "FolioData", "FolioDocument"]),
        .executableTarget(name: "FuzzImage", dependencies: ["FuzzSupport", "FolioData", "FolioDisplay", "FolioDocument", "FolioRender"]),
        .executableTarget(name: "FuzzFinish", dependencies: ["FuzzSupport", "FolioDisplay", "FolioRender"]),

        // Test helpers shared by the test targets (Tests/Support): checkout paths, the built executable, tools run
        // with captured output, greymaps, goldens, the minimal dataset.
        .target(name: "FolioTestSupport", path: "Tests/Support"),
        .target(name: "FolioRenderTestSupport", dependencies: ["FolioRender", "FolioDisplay", "FolioTestSupport"],
                path: "Tests/RenderSupport"),
        // One test target per module (what needs only that module and the ones below it), plus FolioEndToEndTests
        // for what runs the whole pipeline or the built `folio`.
        .testTarget(name: "FolioMessagesTests", dependencies: ["FolioMessages", "FolioTestSupport"]),
        .testTarget(name: "FolioDataTests", dependencies: ["FolioData", "FolioDocument", "FolioTestSupport"], exclude: ["Goldens", "Fixtures"]),
        .testTarget(name: "FolioDocumentTests", dependencies: ["FolioDocument", "FolioData", "FolioDisplay", "FolioTestSupport"]),
        .testTarget(name: "FolioTextTests", dependencies: ["FolioText", "FolioDisplay", "FolioTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioDisplay", "FolioDocument", "FolioData", "FolioTestSupport"],
                    exclude: ["Goldens"]),
        .testTarget(name: "FolioLayoutTests",
                    dependencies: ["FolioLayout", "FolioText", "FolioDisplay", "FolioDocument", "FolioData", "FolioTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "FolioRenderTests", dependencies: ["FolioRender", "FolioDisplay", "FolioTestSupport", "FolioRenderTestSupport"]),
        .testTarget(name: "FolioCheckTests", dependencies: ["FolioCheck", "FolioData", "FolioTestSupport"]),
        .testTarget(name: "FolioVerifyTests",
                    dependencies: ["FolioVerify", "FolioRender", "FolioDisplay", "Folio", "FolioTestSupport", "FolioRenderTestSupport"]),
        .testTarget(name: "FolioOFDTests",
                    dependencies: ["FolioOFD", "FolioDisplay", "FolioRender", "FolioTestSupport",
                                   "FolioRenderTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "FolioImportTests", dependencies: ["FolioImport", "FolioCheck", "FolioData", "FolioTestSupport"]),
        .testTarget(name: "FolioEndToEndTests",
                    dependencies: ["Folio", "FolioDisplay", "FolioData", "FolioDocument", "FolioLayout", "FolioTestSupport"],
                    exclude: ["Catalogue", "Goldens", "Fixtures"]),
        .testTarget(name: "FolioServeTests",
                    dependencies: ["FolioServe", "Folio", "FolioTestSupport",
                                   .product(name: "Hummingbird", package: "hummingbird"),
                                   .product(name: "HummingbirdTesting", package: "hummingbird"),
                                   .product(name: "GRDB", package: "GRDB.swift")]),
        // docs/architecture.md's module table against this file and the sources' imports; reads files only.
        .testTarget(name: "ArchitectureTests"),
    ],
    swiftLanguageModes: [.v6]
)
