import Foundation
import FolioTestSupport
import Testing

/// Image blocks through the command line: the JPEG goes into the PDF and the SVG output byte for byte, the PNG
/// preview shows the picture's pixels, the SVG is drawn as vectors, and a damaged file stops `check` and
/// `build` with its place (exit 65).
@Suite("Images through the pipeline")
struct ImagePipelineTests {
    static let images = Checkout.fixtures.appendingPathComponent("images")

    /// A folder with the fixture images and a dataset t.yaml whose body is `body`.
    static func folder(body: String, extra: [String: Data] = [:]) throws -> URL {
        let folder = try Checkout.temporaryFolder("image-pipeline")
        for name in ["square.png", "photo.jpg", "emblem.svg"] {
            try FileManager.default.copyItem(
                at: images.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for (name, data) in extra { try data.write(to: folder.appendingPathComponent(name)) }
        try MinimalDataset.yaml(body: body).write(
            to: folder.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static let three = """
          - image: { file: photo.jpg, caption: 新建的文化广场, width: 100mm }
          - image: { file: emblem.svg, caption: 镇徽示意, width: 60mm, align: left }
          - image: square.png
        """

    @Test func theJPEGIsEmbeddedUnchangedAndTheSVGAsVectors() throws {
        let folder = try Self.folder(body: Self.three)
        let build = try FolioExecutable.run(["build", "t.yaml", "-o", "t.pdf"], in: folder)
        try #require(build.status == 0, "\(build.stderr)")
        let list = try ToolRun.run("pdfimages", ["-list", "t.pdf"], in: folder).stdout
        let kinds = list.split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ", omittingEmptySubsequences: true)
        }
        // Two raster images (the JPEG as DCT, the PNG as pixels); the SVG adds none.
        #expect(kinds.map { $0.count > 8 ? String($0[8]) : "" } == ["jpeg", "image"])
        try ToolRun.run("pdfimages", ["-j", "t.pdf", "x"], in: folder)
        let extracted = try Data(contentsOf: folder.appendingPathComponent("x-000.jpg"))
        #expect(extracted == (try Data(contentsOf: Self.images.appendingPathComponent("photo.jpg"))))
        let text = try ToolRun.run("pdftotext", ["t.pdf", "-"], in: folder).stdout
        #expect(text.contains("新建的文化广场") && text.contains("镇徽示意"))
    }

    @Test func svgOutputCarriesTheJPEGAndPNGPreviewShowsThePixels() throws {
        let folder = try Self.folder(body: "  - image: { file: square.png, width: 100% }\n  - image: photo.jpg")
        let svg = try FolioExecutable.run(["build", "t.yaml", "--format", "svg", "-o", "svg"], in: folder)
        try #require(svg.status == 0, "\(svg.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("svg/t-1.svg"), encoding: .utf8)
        let jpeg = try Data(contentsOf: Self.images.appendingPathComponent("photo.jpg")).base64EncodedString()
        #expect(page.contains("data:image/jpeg;base64,\(jpeg.prefix(60))"))
        let preview = try FolioExecutable.run(
            ["preview", "t.yaml", "--pages", "1", "--dpi", "30", "-o", "png"], in: folder)
        try #require(preview.status == 0, "\(preview.stderr)")
        let column = try ToolRun.run(
            "python3",
            [
                Checkout.url("Tests/FolioEndToEndTests/Fixtures/png_column.py").path,
                folder.appendingPathComponent("png/t-1.png").path, "124",
            ]
        ).stdout
        let rows = column.split(separator: "\n").map { $0.split(separator: " ").compactMap { Int($0) } }
        func band(_ r: [Int]) -> Character? {
            guard r.count == 3 else { return nil }
            if r[0] > 150 && r[1] < 80 && r[2] < 80 { return "R" }
            if r[1] > 120 && r[0] < 80 && r[2] < 100 { return "G" }
            if r[2] > 150 && r[0] < 80 && r[1] < 100 { return "B" }
            return nil
        }
        // The page's centre column crosses the full-width PNG's three bands, each several pixels tall, in order.
        let bands = String(rows.compactMap(band)).reduce(into: "") { s, c in if s.last != c { s.append(c) } }
        #expect(bands.hasPrefix("RGB"), "\(bands)")
        #expect(rows.compactMap(band).filter { $0 == "R" }.count >= 10)
    }

    @Test func aDamagedImageStopsCheckAndBuildAtItsPlace() throws {
        var png = try Data(contentsOf: Self.images.appendingPathComponent("square.png"))
        png.replaceSubrange(45..<60, with: Data(repeating: 0, count: 15))
        let folder = try Self.folder(body: "  - image: { file: bad.png, caption: 损坏 }", extra: ["bad.png": png])
        for command in [["check", "t.yaml"], ["build", "t.yaml", "-o", "t.pdf"]] {
            let run = try FolioExecutable.run(command, in: folder)
            #expect(run.status == 65, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("t.yaml:11:5: error: the image “bad.png” cannot be drawn"), "\(run.stderr)")
        }
        let json = try FolioExecutable.run(["check", "t.yaml", "--format", "json"], in: folder)
        #expect(json.status == 65 && json.stdout.contains("\"image.decode\""), "\(json.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.pdf").path))
    }
}
