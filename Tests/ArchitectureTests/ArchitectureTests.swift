import Foundation
import Testing

/// The module table of docs/architecture.md stays true: every target of Package.swift has a row, every row a
/// target (but rows marked "(planned)"), every dependency and every `import` is one its row allows, and imports
/// point only up the table.
@Suite("Architecture") struct ArchitectureTests {
    /// The package folder, found from this file's place in Tests/ArchitectureTests.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The audit of this checkout.
    static func audit() throws -> ArchitectureAudit {
        let table = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        return ArchitectureAudit(
            rows: try ModuleMap.rows(in: table), targets: try PackageManifest.targets(in: manifest))
    }

    @Test("Package.swift's targets and dependencies agree with the module table")
    func tableMatchesThePackage() throws {
        let audit = try Self.audit()
        #expect(audit.targets.count >= 20, "Package.swift read as \(audit.targets.map(\.name))")
        #expect(audit.targets.contains { $0.name == "ArchitectureTests" && $0.dependencies.isEmpty })
        let problems = audit.manifestProblems()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("every import of every Swift file is one its target's row allows")
    func importsFollowTheTable() throws {
        let audit = try Self.audit()
        let imports = try ArchitectureAudit.imports(of: audit.targets, under: Self.root)
        #expect(imports["FolioText"]?.contains { $0.module == "CHarfBuzz" } == true, "the sources were not read")
        let problems = audit.importProblems(imports)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("no library module reads the environment: only FolioCLI does, and passes BuildOptions down")
    func libraryReadsNoEnvironment() throws {
        let audit = try Self.audit()
        let library = ArchitectureAudit.libraryTargets(audit.targets).map(\.name)
        #expect(library.contains("Folio") && library.contains("FolioData") && library.contains("CLineBreak"))
        #expect(!library.contains("FolioCLI") && !library.contains("FuzzSupport") && !library.contains("FuzzDataset"))
        let readers = try ArchitectureAudit.environmentReaders(in: audit.targets, under: Self.root)
        #expect(readers.isEmpty, "\(readers.joined(separator: "\n"))")
        // The command line does read it (RunEnvironment), so the search finds what it looks for.
        let cli = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/FolioCLI/RunEnvironment.swift"), encoding: .utf8)
        #expect(!ArchitectureAudit.environmentReads(in: cli).isEmpty)
        #expect(
            ArchitectureAudit.environmentReads(
                in: """
                    // ProcessInfo.processInfo.environment in a comment
                    let home = getenv("HOME")
                    let all = ProcessInfo.processInfo.environment  // read
                    """
            ).map(\.line) == [2, 3])
    }

    @Test("no source resolves YAML tags: composed with Yams' .basic resolver, decoded by NodeDecoder")
    func yamlWithoutTagResolution() throws {
        let audit = try Self.audit()
        let found = try ArchitectureAudit.yamlTagResolvers(in: audit.targets, under: Self.root)
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
        // The loader composes (with .basic), so the search reads what it looks for.
        let loader = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/FolioData/Loading/DatasetLoader.swift"),
            encoding: .utf8)
        #expect(loader.contains("compose(yaml: yaml, .basic)"))
        #expect(
            ArchitectureAudit.yamlTagResolution(
                in: """
                    let a = try Yams.compose(yaml: text, .basic)
                    let b = try Yams.compose(yaml: text)
                    // let c = try YAMLDecoder().decode(T.self, from: text)
                    let d = try YAMLDecoder().decode(T.self, from: text)
                    let e = try Yams.load(yaml: text)
                    """
            ).map(\.line) == [2, 4, 5])
    }

    @Test("the manifest reader follows targets, products, paths, excludes and comments")
    func manifestReader() throws {
        let targets = try PackageManifest.targets(in: Self.sampleManifest)
        #expect(
            targets == [
                ManifestTarget(
                    name: "CZip", kind: "systemLibrary", path: "Sources/CZip", excluded: [], dependencies: []),
                ManifestTarget(
                    name: "Low", kind: "target", path: "Sources/Low", excluded: [],
                    dependencies: ["CZip", "Yams", "Other"]),
                ManifestTarget(
                    name: "High", kind: "executableTarget", path: "Sources/High", excluded: [],
                    dependencies: ["Low"]),
                ManifestTarget(name: "Support", kind: "target", path: "Tests/Support", excluded: [], dependencies: []),
                ManifestTarget(
                    name: "LowTests", kind: "testTarget", path: "Tests/LowTests", excluded: ["Goldens"],
                    dependencies: ["Low", "Support"]),
            ])
    }

    @Test("each kind of disagreement is reported")
    func disagreementsAreFound() throws {
        let rows = try ModuleMap.rows(
            in: """
                # Map

                ## Modules

                | module | owns | may import |
                | --- | --- | --- |
                | `CZip` | zlib | — |
                | `High` | the top | `Low` |
                | `Low` | the bottom | `CZip`, `Yams` |
                | `Gone` | nothing | — |
                | `Later` (planned) | soon | `Low` |
                | `Support` (planned) | helpers | — |
                """)
        #expect(rows.map(\.planned) == [false, false, false, false, true, true])
        #expect(rows[2].mayImport == ["CZip", "Yams"])
        let audit = ArchitectureAudit(rows: rows, targets: try PackageManifest.targets(in: Self.sampleManifest))
        let problems = audit.manifestProblems()
        #expect(problems.contains { $0.contains("`Low`, which is listed below it") })
        #expect(problems.contains { $0.contains("`Gone`") && $0.contains("no target") })
        #expect(problems.contains { $0.contains("`Support` is a target now") })
        #expect(problems.contains { $0.contains("`LowTests` has no row") })
        #expect(problems.contains { $0.contains("`Low` depends on `Other`") })
        #expect(!problems.contains { $0.contains("Later") })
        #expect(!problems.contains { $0.contains("`Low` depends on `Yams`") })

        let imports = audit.importProblems([
            "Low": [
                ("Sources/Low/A.swift", "Foundation", 1), ("Sources/Low/A.swift", "CZip", 2),
                ("Sources/Low/B.swift", "High", 3),
            ]
        ])
        #expect(
            imports == [
                "Sources/Low/B.swift:3: `Low` imports `High`, which its row (docs/architecture.md line 9) "
                    + "does not allow"
            ])
    }

    @Test("import lines are read with attributes, kinds and submodules")
    func importLines() {
        let found = SourceImports.modules(
            in: """
                import Foundation
                @testable import Folio
                @_implementationOnly import CCairo
                import struct FolioDisplay.Page
                import Glibc.stdio
                /// import NotAnImport
                @Test("an import of a module") func f() {}
                let important = 1
                let text = \"\"\"
                    import InsideALiteral
                    \"\"\"
                import Testing // the last
                """)
        #expect(found.map(\.module) == ["Foundation", "Folio", "CCairo", "FolioDisplay", "Glibc", "Testing"])
        #expect(found.map(\.line) == [1, 2, 3, 4, 5, 12])
    }

    /// A manifest in the style of this package's, with the forms the reader must follow.
    static let sampleManifest = """
        // swift-tools-version:6.0
        import PackageDescription
        let package = Package(
            name: "Sample",
            products: [.executable(name: "high", targets: ["High"])],
            dependencies: [.package(url: "https://github.com/jpsim/Yams", from: "5.0.1")],
            targets: [
                // A comment with "quotes", [brackets] and a .target(name: "Fake") that is not a target.
                .systemLibrary(name: "CZip", pkgConfig: "zlib"),
                .target(name: "Low", dependencies: ["CZip", .product(name: "Yams", package: "Yams"),
                                                    .target(name: "Other")]),   /* trailing */
                .executableTarget(name: "High", dependencies: ["Low"]),
                .target(name: "Support", path: "Tests/Support"),
                .testTarget(name: "LowTests", dependencies: ["Low", "Support"], exclude: ["Goldens"]),
            ]
        )
        """
}
