import Foundation
import FolioTestSupport

/// The catalogue cases too big, too binary or in an encoding too awkward to commit: each
/// writes its files into the case's temporary folder. Sizes are chosen to cross the limits of
/// docs/limits.md, not to be realistic.
enum CatalogueGenerators {
    /// The valid base dataset every generated case starts from (as cases/valid-control.yaml).
    static func base(_ cases: URL) throws -> String {
        try String(contentsOf: cases.appendingPathComponent("valid-control.yaml"), encoding: .utf8)
    }

    /// Writes the files of generated case `name` into `folder`; false when `name` is not generated.
    static func write(_ name: String, into folder: URL, cases: URL) throws -> Bool {
        let dataset = folder.appendingPathComponent("dataset.yaml")
        let base = try self.base(cases)
        func put(_ bytes: [UInt8], _ url: URL = dataset) throws { try Data(bytes).write(to: url) }
        func put(_ text: String, _ url: URL = dataset) throws { try Data(text.utf8).write(to: url) }
        var random = SplitMix(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        switch name {
        case "gen-binary-garbage":
            try put((0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) } + [0])
        case "gen-binary-high-bytes":
            try put((0..<4096).map { _ in UInt8(0xC0 | (random.next() & 0x3F)) })
        case "gen-invalid-utf8":
            var bytes = Array(base.utf8)
            let third = bytes.indices.filter { bytes[$0] == 0x0A }[1] + 5   // inside line 3
            bytes.insert(0xFF, at: third)
            try put(bytes)
        case "gen-gb18030":
            guard let data = base.data(using: String.Encoding(rawValue: 0x8000_0632)) else { return false }
            try data.write(to: dataset)
        case "gen-bom-utf8":
            try put([0xEF, 0xBB, 0xBF] + Array(base.utf8))
        case "gen-utf16":
            guard let data = base.data(using: .utf16LittleEndian) else { return false }
            try (Data([0xFF, 0xFE]) + data).write(to: dataset)
        case "gen-50mb-paragraph":
            try put(base + "  - " + String(repeating: "长", count: 50 * 1024 * 1024 / 3) + "\n")
        case "gen-long-paragraph":
            try put(base + "  - " + String(repeating: "段", count: 40_000) + "\n")
        case "gen-100k-paragraphs":
            try put(base + String(repeating: "  - 一段话。\n", count: 100_000))
        case "gen-nesting-10000-flow":
            try put(
                base + "  - " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-10000-dashes":
            try put(base + "  - " + String(repeating: "- ", count: 10_000) + "x\n")
        // Inputs that crashed (stack overflow in libyaml's composer) an early nesting scan: the flow
        // collection hides behind a quoted key, a document marker, a flow key, or CR / U+2028 line breaks.
        case "gen-nesting-quoted-key":
            try put("\"a\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-document-marker":
            try put("--- " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-flow-key":
            try put(
                "[a]: " + String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "\n")
        case "gen-nesting-plain-key-with-quote":
            try put("a\"b: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-cr-line-breaks":
            try put("a:\r" + String(repeating: "- ", count: 10_000) + "x\r")
        case "gen-nesting-line-separator":
            try put("a:\u{2028}" + String(repeating: "- ", count: 10_000) + "x\n")
        case "gen-nesting-2000-indent":
            let lines = (0..<2000).map { String(repeating: " ", count: $0) + "k\($0):" }
            try put(base + "extra:\n" + lines.map { " " + $0 }.joined(separator: "\n") + " x\n")
        case "gen-csv-symlink-to-device":
            try put(base.replacingOccurrences(of: "body:", with: "data-files: [figures.csv]\nbody:"))
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("figures.csv").path,
                withDestinationPath: "/dev/zero")
        case "gen-dataset-symlink-to-device":
            try FileManager.default.createSymbolicLink(atPath: dataset.path, withDestinationPath: "/dev/zero")
        case "gen-huge-csv":
            try put(base.replacingOccurrences(of: "body:", with: "data-files: [figures.csv]\nbody:"))
            let row = "户籍人口,人,30000,31000\n"
            try put(
                "指标,单位,2015,2020\n" + String(repeating: row, count: 21 * 1024 * 1024 / row.utf8.count + 1),
                folder.appendingPathComponent("figures.csv"))
        default:
            if try writeSafetyCase(name, into: folder, base: base) { return true }
            return try writeHostileCase(name, into: folder, base: base)
        }
        return true
    }

    /// The cases of docs/limits.md "Files Folio reads and writes": outputs that name an input by another
    /// spelling (hard link, symlink, `..`), data and theme files that lead out of the dataset's folder by a
    /// symlink, and the imported text. False when `name` is none of them.
    static func writeSafetyCase(_ name: String, into folder: URL, base: String) throws -> Bool {
        let fm = FileManager.default
        let dataset = folder.appendingPathComponent("dataset.yaml")
        let csv = "指标,单位,2015,2020\n户籍人口,人,30000,31000\n"
        func put(_ text: String, _ file: String) throws {
            let url = folder.appendingPathComponent(file)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func link(_ file: String, to target: String) throws {
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent(file).path, withDestinationPath: target)
        }
        let withFile = { (file: String) in base.replacingOccurrences(of: "body:", with: "data-files: [\(file)]\nbody:")
        }
        let theme = try String(contentsOf: Checkout.url("Assets/themes/gongwen.yaml"), encoding: .utf8)
        switch name {
        case "gen-output-is-dataset", "gen-output-trailing-slash", "gen-new-year-output-is-dataset":
            try put(base, "dataset.yaml")
        case "gen-output-dot-dot":
            try put(base, "dataset.yaml")
            try fm.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        case "gen-output-hard-link", "gen-new-year-output-hard-link":
            try put(base, "dataset.yaml")
            try fm.linkItem(at: dataset, to: folder.appendingPathComponent("hard.yaml"))
        case "gen-output-symlink-to-dataset", "gen-chart-output-symlink-to-dataset":
            try put(base, "dataset.yaml")
            try link(name.contains("chart") ? "link.svg" : "link.pdf", to: "dataset.yaml")
        case "gen-output-is-data-file", "gen-new-year-output-is-data-file":
            try put(withFile("figures.csv"), "dataset.yaml")
            try put(csv, "figures.csv")
        case "gen-output-is-theme":
            try put(base, "dataset.yaml")
            try put(theme, "theme.yaml")
        case "gen-svg-page-is-data-file":
            try put(withFile("dataset-1.svg"), "dataset.yaml")
            try put(csv, "dataset-1.svg")
        case "gen-preview-page-is-data-file":
            try put(withFile("dataset-1.png"), "dataset.yaml")
            try put(csv, "dataset-1.png")
        case "gen-import-output-is-input", "gen-import-output-exists", "gen-import-output-force":
            try put("一、总体情况\n2020年农民人均纯收入达到11379元。\n", "report.txt")
            try put(base, "existing.yaml")
        case "gen-csv-symlink-outside", "gen-csv-symlink-outside-allowed":
            try put(withFile("figures.csv"), "data/dataset.yaml")
            try put(csv, "secret.csv")
            try link("data/figures.csv", to: "../secret.csv")
        case "gen-folder-symlink-to-root":
            try put(withFile("sub/etc/passwd"), "data/dataset.yaml")
            try link("data/sub", to: "/")
        case "gen-theme-outside", "gen-theme-outside-allowed":
            try put(base, "data/dataset.yaml")
            try put(theme, "theme.yaml")
        case "gen-theme-symlink-outside":
            try put(base, "data/dataset.yaml")
            try put(theme, "theme.yaml")
            try link("data/theme.yaml", to: "../theme.yaml")
        default:
            return false
        }
        return true
    }
}

/// A tiny deterministic generator (SplitMix64), so the binary cases are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
