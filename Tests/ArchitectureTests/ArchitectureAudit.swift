import Foundation

/// Compares the module table of docs/architecture.md with Package.swift and with the sources' imports; each
/// disagreement is one sentence naming the module, the file or the row to fix.
struct ArchitectureAudit {
    /// Modules of the platform every target may import without a row saying so (docs/architecture.md, "Modules").
    static let platformModules: Set<String> = [
        "Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Musl",
        "Darwin", "Synchronization",
    ]

    /// The rows of the module table.
    var rows: [ModuleRow]
    /// The targets of Package.swift.
    var targets: [ManifestTarget]

    /// The row that names `module`, if any.
    func row(of module: String) -> ModuleRow? { rows.first { $0.modules.contains(module) } }

    /// Disagreements between the table and the targets: a target without a row, a row for no target, a planned
    /// row whose target exists, a module in two rows, a row allowing a module listed below it, a dependency the
    /// row does not allow.
    func manifestProblems() -> [String] {
        var problems: [String] = []
        let targetNames = Set(targets.map(\.name))
        var seen: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            for module in row.modules {
                if let other = seen[module] {
                    problems.append("`\(module)` is named in two rows (lines \(other) and \(row.line))")
                }
                seen[module] = row.line
                if row.planned && targetNames.contains(module) {
                    problems.append("`\(module)` is a target now: drop “(planned)” from its row (line \(row.line))")
                } else if !row.planned && !targetNames.contains(module) {
                    problems.append(
                        "the table names `\(module)` (line \(row.line)), which is no target of Package.swift")
                }
            }
            let below = rows[(index + 1)...].flatMap(\.modules)
            for allowed in row.mayImport where below.contains(allowed) {
                problems.append(
                    "row of \(row.modules.joined(separator: ", ")) (line \(row.line)) allows `\(allowed)`, "
                        + "which is listed below it: imports point only up the table")
            }
        }
        for target in targets {
            guard let row = row(of: target.name) else {
                problems.append("target `\(target.name)` has no row in the module table of docs/architecture.md")
                continue
            }
            for dependency in target.dependencies where !row.mayImport.contains(dependency) {
                problems.append(
                    "target `\(target.name)` depends on `\(dependency)`, which its row (line \(row.line)) "
                        + "does not allow")
            }
        }
        return problems
    }

    /// Imports the rows do not allow: `imports` maps a target name to the (file, module, line) of each import in
    /// its sources.
    func importProblems(_ imports: [String: [(file: String, module: String, line: Int)]]) -> [String] {
        var problems: [String] = []
        for target in targets.sorted(by: { $0.name < $1.name }) {
            guard let row = row(of: target.name) else { continue }   // reported by manifestProblems
            let allowed = Set(row.mayImport).union(Self.platformModules)
            for found in imports[target.name] ?? [] where !allowed.contains(found.module) && found.module != target.name
            {
                problems.append(
                    "\(found.file):\(found.line): `\(target.name)` imports `\(found.module)`, which its row "
                        + "(docs/architecture.md line \(row.line)) does not allow")
            }
        }
        return problems
    }

    /// The imports of every Swift file of each target under `root` (the package folder), excluded paths skipped.
    static func imports(
        of targets: [ManifestTarget], under root: URL
    ) throws -> [String: [(file: String, module: String, line: Int)]] {
        var result: [String: [(file: String, module: String, line: Int)]] = [:]
        for target in targets {
            let folder = root.appendingPathComponent(target.path)
            let excluded = target.excluded.map { target.path + "/" + $0 }
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            var found: [(file: String, module: String, line: Int)] = []
            for case let url as URL in walker where url.pathExtension == "swift" {
                let relative = target.path + url.path.dropFirst(folder.path.count)
                if excluded.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
                let source = try String(contentsOf: url, encoding: .utf8)
                for (module, line) in SourceImports.modules(in: source) {
                    found.append((relative, module, line))
                }
            }
            result[target.name] = found.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        }
        return result
    }

    /// What reads the process's environment: Foundation's `ProcessInfo.processInfo.environment` and the C
    /// library's `getenv`/`secure_getenv`/`environ`.
    static let environmentReads = [
        "processInfo.environment", "ProcessInfo().environment", "getenv(", "secure_getenv(", "environ[",
    ]

    /// The library modules: every target under Sources/ but the executables (the command line, the fuzz targets,
    /// whose stub `main` may read what it likes) and the fuzz support. The library reads no environment variable:
    /// the command line passes what it read as `BuildOptions` (issue 19).
    static func libraryTargets(_ targets: [ManifestTarget]) -> [ManifestTarget] {
        targets.filter {
            $0.path.hasPrefix("Sources/") && $0.kind != "executableTarget" && $0.kind != "systemLibrary"
                && !$0.name.hasPrefix("Fuzz")
        }
    }

    /// Every line of a library module's sources (Swift and C) that reads the environment, as "file:line: text";
    /// comments are skipped.
    static func environmentReaders(in targets: [ManifestTarget], under root: URL) throws -> [String] {
        try sourceLines(of: libraryTargets(targets), under: root) { environmentReads(in: $0) }
    }

    /// The lines of `source` that read the environment (`environmentReads`), comment lines left out.
    static func environmentReads(in source: String) -> [(line: Int, text: String)] {
        codeLines(of: source) { code in environmentReads.contains { code.contains($0) } }
    }

    /// Every line of the Swift sources of the modules under Sources/ (executables included) that composes or decodes
    /// YAML through Yams' tag resolver (`resolvesYAMLTags`), as "file:line: text"; comments are skipped.
    static func yamlTagResolvers(in targets: [ManifestTarget], under root: URL) throws -> [String] {
        let sources = targets.filter { $0.path.hasPrefix("Sources/") && $0.kind != "systemLibrary" }
        return try sourceLines(of: sources, under: root) { yamlTagResolution(in: $0) }
    }

    /// The lines of `source` that resolve YAML tags: `YAMLDecoder`, `Yams.load`, and a `compose(yaml:` that names
    /// no resolver or the default one. Yams' default resolver compiles seven regular expressions on Foundation's
    /// ICU, and `YAMLDecoder` matches one against every key (Benchmarks/results.md, round nine); the loader composes
    /// with `.basic` and decodes with `NodeDecoder`.
    static func yamlTagResolution(in source: String) -> [(line: Int, text: String)] {
        codeLines(of: source) { code in
            code.contains("YAMLDecoder(") || code.contains("Yams.load(") || code.contains("Yams.load_all(")
                || ((code.contains("compose(yaml:") || code.contains("compose_all(yaml:")) && !code.contains(".basic"))
        }
    }

    /// `find` applied to every Swift, C and header file of `targets`, its lines reported as "file:line: text".
    static func sourceLines(
        of targets: [ManifestTarget], under root: URL, find: (String) -> [(line: Int, text: String)]
    ) throws -> [String] {
        var found: [String] = []
        for target in targets {
            let folder = root.appendingPathComponent(target.path)
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker where ["swift", "c", "h"].contains(url.pathExtension) {
                let relative = target.path + url.path.dropFirst(folder.path.count)
                let source = try String(contentsOf: url, encoding: .utf8)
                found += find(source).map { "\(relative):\($0.line): \($0.text)" }
            }
        }
        return found.sorted()
    }

    /// The lines of `source` whose code (comment lines and trailing comments left out) `matches`.
    static func codeLines(of source: String, where matches: (String) -> Bool) -> [(line: Int, text: String)] {
        source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.hasPrefix("//"), !text.hasPrefix("*"), !text.hasPrefix("/*") else { return nil }
            let code = text.components(separatedBy: " //").first ?? text
            return matches(code) ? (index + 1, text) : nil
        }
    }
}
