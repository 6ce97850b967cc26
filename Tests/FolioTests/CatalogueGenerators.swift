import Foundation

/// The catalogue cases too big, too binary or in an encoding too awkward to commit (issue 9): each
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
            try put(base + "  - " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-10000-dashes":
            try put(base + "  - " + String(repeating: "- ", count: 10_000) + "x\n")
        // Inputs that crashed (stack overflow in libyaml's composer) an early nesting scan: the flow
        // collection hides behind a quoted key, a document marker, a flow key, or CR / U+2028 line breaks.
        case "gen-nesting-quoted-key":
            try put("\"a\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-document-marker":
            try put("--- " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        case "gen-nesting-flow-key":
            try put("[a]: " + String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "\n")
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
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("figures.csv").path,
                                                       withDestinationPath: "/dev/zero")
        case "gen-dataset-symlink-to-device":
            try FileManager.default.createSymbolicLink(atPath: dataset.path, withDestinationPath: "/dev/zero")
        case "gen-huge-csv":
            try put(base.replacingOccurrences(of: "body:", with: "data-files: [figures.csv]\nbody:"))
            let row = "户籍人口,人,30000,31000\n"
            try put("指标,单位,2015,2020\n" + String(repeating: row, count: 21 * 1024 * 1024 / row.utf8.count + 1),
                    folder.appendingPathComponent("figures.csv"))
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
