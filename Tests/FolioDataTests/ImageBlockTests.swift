import FolioData
import FolioTestSupport
import Foundation
import Testing

/// `- image:` blocks: the probe that reads each format's header (and refuses what is not a picture or would
/// decode to too many pixels), and the loader's keys, paths and errors with their places.
@Suite("Image blocks")
struct ImageBlockTests {
    static let images = Checkout.fixtures.appendingPathComponent("images")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: images.appendingPathComponent(name)) }

    /// A folder holding the three fixture images and `yaml` as t.yaml; returns the dataset's URL.
    static func dataset(body: String) throws -> URL {
        let folder = try Checkout.temporaryFolder("images")
        for name in ["square.png", "photo.jpg", "emblem.svg"] {
            try FileManager.default.copyItem(
                at: images.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let url = folder.appendingPathComponent("t.yaml")
        try MinimalDataset.yaml(body: body).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func problems(_ url: URL) -> [Diagnostic] {
        do {
            _ = try DatasetLoader.load(contentsOf: url)
            return []
        } catch let e as DiagnosticError {
            return e.diagnostics.filter { $0.severity == .error }
        } catch {
            return [Diagnostic(.error, "unexpected \(error)")]
        }
    }

    @Test func theProbeReadsEachFormatsSize() throws {
        let png = try ImageProbe.probe(Self.data("square.png"))
        #expect(png.format == .png && png.pixelWidth == 120 && png.pixelHeight == 80)
        let jpeg = try ImageProbe.probe(Self.data("photo.jpg"))
        #expect(jpeg.format == .jpeg && jpeg.pixelWidth == 120 && jpeg.pixelHeight == 80)
        let svg = try ImageProbe.probe(Self.data("emblem.svg"))
        #expect(svg.format == .svg && svg.pixelWidth == 200 && svg.pixelHeight == 100)
        let mm = try ImageProbe.probe(
            Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="50.8mm" height='1in'/>"#.utf8))
        #expect(mm.pixelWidth == 192 && mm.pixelHeight == 96)
        let box = try ImageProbe.probe(Data(#"<svg viewBox="0 0 300 150"></svg>"#.utf8))
        #expect(box.pixelWidth == 300 && box.pixelHeight == 150)
    }

    @Test func theProbeRefusesWhatIsNotAPictureOrTooBig() throws {
        #expect(throws: ImageProbe.Problem.unknownFormat) { try ImageProbe.probe(Data("hello".utf8)) }
        let png = try Self.data("square.png")
        let short = #expect(throws: ImageProbe.Problem.self) { try ImageProbe.probe(png.prefix(20)) }
        #expect(short?.message.english == "it is damaged: its first chunk is not a complete IHDR")
        var bomb = png
        bomb.replaceSubrange(16..<24, with: [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30])   // 30000 × 30000
        #expect(throws: ImageProbe.Problem.size(width: 30000, height: 30000)) { try ImageProbe.probe(bomb) }
        let jpeg = try Self.data("photo.jpg")
        #expect(throws: ImageProbe.Problem.self) { try ImageProbe.probe(jpeg.prefix(40)) }
        // SOI, then an arithmetic-coded frame header (SOF9) of 46 × 39 pixels.
        let arithmetic = Data([0xFF, 0xD8, 0xFF, 0xC9, 0, 11, 8, 0, 39, 0, 46, 1, 1, 0x11, 0])
        #expect(throws: ImageProbe.Problem.jpegArithmetic) { try ImageProbe.probe(arithmetic) }
        #expect(throws: ImageProbe.Problem.svgWithoutSize) { try ImageProbe.probe(Data("<svg></svg>".utf8)) }
        let laughs = #"<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg width="1" height="1">&a;</svg>"#
        #expect(throws: ImageProbe.Problem.svgEntities) { try ImageProbe.probe(Data(laughs.utf8)) }
    }

    @Test func anImageBlockLoadsWithItsKeys() throws {
        let url = try Self.dataset(
            body: """
                  - image: { file: photo.jpg, caption: 新建的文化广场, width: 100mm, align: left, alt: 广场全景 }
                  - image: emblem.svg
                  - image: { file: square.png, width: 50% }
                """)
        let body = try DatasetLoader.load(contentsOf: url).dataset.body
        let images = body.compactMap { if case .image(let i) = $0 { i } else { nil } }
        #expect(images.map(\.file.format) == [.jpeg, .svg, .png])
        #expect(images[0].caption?.raw == "新建的文化广场" && images[0].alt?.raw == "广场全景")
        #expect(images[0].width == .points(100 * 72 / 25.4) && images[0].alignment == .left)
        #expect(images[1].caption == nil && images[1].width == nil && images[1].alignment == .center)
        #expect(images[2].width == .fraction(0.5))
        #expect(images[0].file.data == (try Self.data("photo.jpg")))
    }

    @Test func badKeysAndFilesAreLocated() throws {
        let url = try Self.dataset(
            body: """
                  - image: { file: photo.jpg, width: 120 }
                  - image: { file: photo.jpg, align: middle }
                  - image: missing.png
                  - image: t.yaml
                  - image: ../outside.png
                """)
        let found = Self.problems(url)
        #expect(found.map(\.code) == ["image.width", "schema.enum", "image.read", "image.format", "image.outside"])
        #expect(found.map { $0.location?.line } == [11, 12, 13, 14, 15])
        #expect(found[0].message == "image.width “120” is not a width")
        #expect(found[2].message.hasSuffix("/missing.png” does not exist"))
        #expect(found[3].message.hasSuffix("cannot be used: it is not a PNG, JPEG or SVG file"))
    }

    @Test func aLinkOutOfTheFolderIsRefused() throws {
        let url = try Self.dataset(body: "  - image: link.png")
        let outside = try Checkout.temporaryFolder("outside").appendingPathComponent("secret.png")
        try FileManager.default.copyItem(at: Self.images.appendingPathComponent("square.png"), to: outside)
        try FileManager.default.createSymbolicLink(
            at: url.deletingLastPathComponent().appendingPathComponent("link.png"), withDestinationURL: outside)
        #expect(Self.problems(url).map(\.code) == ["image.outside"])
        #expect((try? DatasetLoader.load(contentsOf: url, options: LoadOptions(allowOutsidePaths: true))) != nil)
    }
}
