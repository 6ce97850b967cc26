import Foundation
import FolioTestSupport

/// The catalogue cases of the hostile-input report that are too big or too odd to commit: deep expressions,
/// work that grew far faster than its input, text Folio cannot draw or store, and files that are not what
/// they seem (docs/limits.md). Each is sized well past the limit it must meet.
extension CatalogueGenerators {
    /// Writes the files of case `name` into `folder`; false when `name` is none of these.
    static func writeHostileCase(_ name: String, into folder: URL, base: String) throws -> Bool {
        let fm = FileManager.default
        func put(_ text: String, _ file: String = "dataset.yaml") throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        }
        func put(_ bytes: [UInt8], _ file: String = "dataset.yaml") throws {
            try Data(bytes).write(to: folder.appendingPathComponent(file))
        }
        let withCSV = base.replacingOccurrences(of: "body:", with: "data-files: [figures.csv]\nbody:")
        let figure = "农民人均纯收入[2020]"
        switch name {
        case "gen-expression-deep-parens":
            try put(
                base + "  - 值{" + String(repeating: "(", count: 5_000) + figure + String(repeating: ")", count: 5_000)
                    + "}。\n")
        case "gen-expression-deep-signs":
            try put(base + "  - 值{" + String(repeating: "-", count: 20_000) + figure + "}。\n")
        case "gen-expression-long-sum":
            try put(base + "  - 值{" + Array(repeating: figure, count: 1_800).joined(separator: "+") + "}。\n")
        case "gen-expression-depth-63":
            try put(
                base + "  - 值{" + String(repeating: "(", count: 30) + String(repeating: "-", count: 20) + figure
                    + String(repeating: ")", count: 30) + "}。\n")
        case "gen-40000-figures":
            let data = (0..<40_000).map { "  指标\($0): {value: \($0)}\n" }.joined()
            try put(base.replacingOccurrences(of: "data:\n", with: "data:\n" + data))
        case "gen-csv-20000-rows":
            try put(withCSV)
            try put("指标,单位,2015,2020\n" + (0..<20_000).map { "指标\($0),人,\($0),\($0 + 1)\n" }.joined(), "figures.csv")
        case "gen-csv-listed-10000-times":
            try put(
                base.replacingOccurrences(
                    of: "body:",
                    with: "data-files:\n"
                        + String(repeating: "  - figures.csv\n", count: 10_000) + "body:"))
            try put("指标,单位,2015,2020\n户籍人口,人,30000,31000\n", "figures.csv")
        case "gen-values-80000-keys":
            let values = (0..<80_000).map { "\(1900 + $0 % 201): \($0)" }.joined(separator: ", ")
            try put(base.replacingOccurrences(of: "values: {2015: 8740, 2020: 11379}", with: "values: {\(values)}"))
        case "gen-alias-long-paragraph":
            try put(
                base + "  - &p " + String(repeating: "这是一段很长的话。", count: 3_300) + "\n"
                    + String(repeating: "  - *p\n", count: 1_999))
        case "gen-600000-plain-keys":
            try put(base + "extra:\n" + (0..<600_000).map { "  k\($0): 1\n" }.joined())
        case "gen-import-1000-lines", "gen-import-20001-lines":
            let count = name.contains("1000-") ? 1_000 : 20_001
            let lines = ["XX镇2020年工作报告"] + (0..<count).map { "\(1900 + $0 % 200)年农民人均纯收入达到\(1000 + $0)元，比上年增长5.1%。" }
            try put(lines.joined(separator: "\n") + "\n", "report.txt")
        case "gen-import-fifo":
            guard mkfifo(folder.appendingPathComponent("report.txt").path, 0o644) == 0 else { return false }
        case "gen-attachments-101":
            try put(base + "attachments:\n" + (1...101).map { "  - { title: 附件\($0) }\n" }.joined())
        case "gen-document-long-mark":
            try put(
                base.replacingOccurrences(
                    of: "report:\n",
                    with: "report:\n  document:\n    mark: " + String(repeating: "镇", count: 400) + "\n"))
        case "gen-document-cc-flood":
            try put(
                base.replacingOccurrences(
                    of: "report:\n",
                    with: "report:\n  document:\n    cc: [" + (1...5_000).map { "单位\($0)" }.joined(separator: ", ")
                        + "]\n"))
        case let image where image.hasPrefix("gen-image-"):
            return try writeImageCase(image, into: folder, base: base)
        case "gen-symlink-loop":
            try fm.createSymbolicLink(
                atPath: folder.appendingPathComponent("dataset.yaml").path, withDestinationPath: "loop.yaml")
            try fm.createSymbolicLink(
                atPath: folder.appendingPathComponent("loop.yaml").path, withDestinationPath: "dataset.yaml")
        case "gen-encoded-surrogate":
            try put(Array(base.utf8) + Array("  - 文字".utf8) + [0xED, 0xA0, 0x80] + Array("字。\n".utf8))
        case "gen-utf32", "gen-check-json-load-failure":
            guard let data = base.data(using: .utf32LittleEndian) else { return false }
            try put([0xFF, 0xFE, 0x00, 0x00] + [UInt8](data))
        case "gen-latin-only-fonts":
            try put(base)
            try put(
                """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir></fontconfig>

                """, "fonts.conf")
        default:
            return false
        }
        return true
    }
}

extension CatalogueGenerators {
    /// Image files that are not what they claim (issue 17): truncated, past the pixel limits, a decompression
    /// bomb in a JPEG header, SVG with entities, external references and script, a link out of the folder.
    static func writeImageCase(_ name: String, into folder: URL, base: String) throws -> Bool {
        let images = Checkout.fixtures.appendingPathComponent("images")
        let png = try Data(contentsOf: images.appendingPathComponent("square.png"))
        func put(_ data: Data, _ file: String) throws { try data.write(to: folder.appendingPathComponent(file)) }
        func place(_ file: String) throws { try put(Data((base + "  - image: \(file)\n").utf8), "dataset.yaml") }
        switch name {
        case "gen-image-truncated-png":
            try put(png.prefix(60), "x.png")
        case "gen-image-huge-png":
            var huge = png
            huge.replaceSubrange(16..<24, with: [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30])
            try put(huge, "x.png")
        case "gen-image-jpeg-bomb":
            // SOI, then a baseline frame header of 65,500 × 65,500 pixels and nothing else.
            try put(Data([0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0xFF, 0xDC, 0xFF, 0xDC, 1, 1, 0x11, 0]), "x.jpg")
        case "gen-image-jpeg-arithmetic":
            // A 46 × 39 arithmetic-coded JPEG (SOF9) with damaged data, found by FuzzImage: gdk-pixbuf's decoder
            // looped on it for good; the probe refuses arithmetic coding before any decoder sees it.
            let bytes: [UInt8] = [
                0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
                0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43,
                0x00, 0x05, 0x03, 0x04, 0x04, 0x06, 0xFD, 0x05, 0x04, 0x04, 0x04, 0x05, 0x05, 0x05, 0x06, 0x07, 0x0C,
                0x08, 0x00, 0x00, 0x07, 0x07, 0x0F, 0x0B,
                0x0B, 0x09, 0x16, 0x11, 0x0F, 0x12, 0x12, 0x11, 0x0F, 0x11, 0x11, 0x13, 0x16, 0x1C, 0x17, 0x13, 0x14,
                0x1A, 0x15, 0x11, 0x11, 0x18, 0x8A, 0x18,
                0x1A, 0x1D, 0x1D, 0x1F, 0x1F, 0x1F, 0x13, 0x17, 0xE0, 0x24, 0x7A, 0x1E, 0x24, 0x1C, 0x1E, 0x1F, 0x1E,
                0xFF, 0xDB, 0x00, 0x43, 0x01, 0x05, 0x05,
                0x05, 0x07, 0x06, 0x07, 0x0E, 0x08, 0x08, 0x0E, 0x1E, 0x14, 0x11, 0x14, 0x21, 0x1E, 0x1E, 0x1E, 0x1E,
                0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E,
                0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1F, 0x1E, 0xC9,
                0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E,
                0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E, 0xFF, 0xC9, 0x00,
                0x11, 0x08, 0x00, 0x27, 0x00, 0x2E, 0x03,
                0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0x01, 0xEA, 0x6D, 0xF3, 0xF4, 0xF5, 0xF6,
                0x26, 0xFA, 0xFF, 0xDA, 0x00, 0x0C, 0x03,
                0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x3F, 0xB3,
            ]
            try put(Data(bytes), "x.jpg")
        case "gen-image-svg-entities":
            let svg =
                #"<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
                + #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>"#
            try put(Data(svg.utf8), "x.svg")
        case "gen-image-svg-use-bomb":
            // Thirty levels of ten `<use>` each: 10³⁰ elements drawn, refused by librsvg while drawing; found when the
            // dataset loads (a one-pixel drawing), not half-way through the pages as an output error.
            let levels = (1..<30).map { i in
                "<g id=\"a\(i)\">" + String(repeating: "<use xlink:href=\"#a\(i - 1)\"/>", count: 10) + "</g>"
            }
            let svg =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\""
                + " height=\"10\"><defs><rect id=\"a0\" width=\"1\" height=\"1\"/>" + levels.joined()
                + "</defs><use xlink:href=\"#a29\"/></svg>"
            try put(Data(svg.utf8), "x.svg")
        case "gen-image-svg-external":
            let svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">
                  <script>alert(1)</script>
                  <image x="0" y="0" width="100" height="50" xlink:href="file:///etc/passwd"/>
                  <image x="0" y="0" width="100" height="50" xlink:href="http://example.com/x.png"/>
                  <rect width="40" height="20" fill="#c00000"/>
                </svg>
                """
            try put(Data(svg.utf8), "x.svg")
        case "gen-image-not-an-image":
            try put(Data("这不是图片".utf8), "x.png")
        case "gen-image-too-large-file":
            try put(png + Data(count: 21 * 1024 * 1024), "x.png")
        case "gen-image-link-outside":
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("x.png").path,
                withDestinationPath: images.appendingPathComponent("square.png").path)
        default:
            return false
        }
        let file =
            [
                "jpeg-bomb": "x.jpg", "jpeg-arithmetic": "x.jpg", "svg-entities": "x.svg", "svg-external": "x.svg",
                "svg-use-bomb": "x.svg",
            ].first { name.hasSuffix($0.key) }?.value ?? "x.png"
        try place(file)
        return true
    }
}
