import FolioMessages
import FolioData
import FolioDisplay
import FolioDocument
import FolioLayout
import FolioRender
import FolioWord
import Foundation

extension Pipeline {
    /// The resolution charts and SVG images are drawn at for Word: print quality.
    static let wordPictureDPI = 300.0

    /// Writes the dataset as an editable Word document (`--format docx`): `WordWriter` on the resolved document, each
    /// chart drawn to PNG as the PDF draws it, image blocks embedded as they are (SVG drawn to PNG), seals and 签名章
    /// floating where the PDF presses them (`wordSignature`). Written
    /// atomically; never over an input. Returns the number of pictures embedded, seals included, and the warnings of
    /// loading the dataset (a draft's seals left off among them).
    @discardableResult
    public static func buildWord(
        dataset: URL, output: URL, theme: String? = nil, options: BuildOptions = BuildOptions()
    ) throws -> (pictures: Int, warnings: [Diagnostic]) {
        let report = try load(dataset: dataset, theme: theme, options: options)
        try checkOutput(output, inputs: report.inputs)
        let engine = try textEngine(for: report.theme)
        let metrics = PageMetrics(theme: report.theme)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-word-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var pictures: [Int: WordPicture] = [:], signature: WordSignature? = nil
        // Titles and subtitles broken where the PDF breaks them (GB/T 9704 §7.3.1), not where Word's width runs out.
        let layout = LayoutEngine(theme: report.theme, text: engine)
        var document = report.document
        for (i, block) in document.blocks.enumerated() {
            switch block {
            case .title(let t): document.blocks[i] = .title(try layout.titleLines(t).joined(separator: "\n"))
            case .subtitle(var s):
                s.text = try layout.subtitleLines(s.text).joined(separator: "\n")
                document.blocks[i] = .subtitle(s)
            case .attachmentHead(let label, let t):
                document.blocks[i] = .attachmentHead(
                    label: label, title: try layout.titleLines(t).joined(separator: "\n"))
            case .table(var t):
                // A table the PDF turns stands in a landscape section (GB/T 9704 §8).
                t.orientation = try layout.turns(t) ? .landscape : .portrait
                document.blocks[i] = .table(t)
            default: continue
            }
        }
        do {
            for (i, block) in document.blocks.enumerated() {
                switch block {
                case .chart(let spec):
                    let page = try ChartPage.page(for: spec, theme: report.theme, text: engine)
                    pictures[i] = try png(page, scratch: scratch, name: "chart\(i)")
                case .image(let image):
                    let size = image.size(typeWidth: metrics.typeArea.size.width)
                    let (width, height) = (size.width.value, size.height.value)
                    if image.image.format == .svg {
                        let frame = Frame(
                            size: Size(width: Pt(width), height: Pt(height)),
                            items: [.image(image.image, Rect(x: .zero, y: .zero, width: Pt(width), height: Pt(height)))]
                        )
                        pictures[i] = try png(
                            Page(index: 0, label: "1", frame: frame), scratch: scratch, name: "image\(i)")
                    } else {
                        pictures[i] = WordPicture(
                            data: image.image.data, format: image.image.format == .jpeg ? "jpeg" : "png", width: width,
                            height: height)
                    }
                default: continue
                }
            }
            signature = try wordSignature(document, layout: layout, scratch: scratch)
        } catch let e as FolioError {
            throw e
        } catch {
            throw FolioError.environment(
                Message("folio.cannot-draw-chart-image", ["error": .error(error)]),
                hint: Message("folio.check-fonts-folio-fonts.hint"))
        }
        let data: Data
        do {
            data = try WordWriter.docx(document, theme: report.theme, pictures: pictures, signature: signature)
        } catch {
            throw FolioError.output(
                Message(
                    "folio.cannot-make-path-description",
                    ["path": "\(output.path)", "description": .message(error.message)]),
                hint: Message("folio.this-bug-please-report.hint"))
        }
        do {
            try NewFile.write([UInt8](data), to: output, replacing: true)
        } catch {
            throw FolioError.output(
                Message("folio.cannot-write-path-error", ["path": "\(output.path)", "error": .error(error)]),
                hint: Message("folio.previous-file-if-any.hint"))
        }
        return (pictures.count + (signature?.slots.reduce(0) { $0 + $1.seals.count } ?? 0), report.warnings)
    }

    /// The document's signature with seals or 签名章 as the PDF sets it (nil: none, or a plain signature): each seal
    /// at the PDF's size, an SVG drawn to PNG on a transparent ground as the PDF path draws it, PNG and JPEG as they are.
    private static func wordSignature(_ document: Document, layout: LayoutEngine, scratch: URL) throws -> WordSignature?
    {
        let signature = document.blocks.lazy.compactMap { block -> Signature? in
            if case .signature(let s) = block { return s } else { return nil }
        }.first
        guard let signature else { return nil }
        guard let sealed = try layout.signatureLayout(signature) else { return nil }
        var count = 0
        return WordSignature(
            slots: try sealed.slots.map { slot in
                WordSignature.Slot(
                    lines: slot.lines,
                    texts: slot.texts.map {
                        WordSignature.Text(text: $0.text, anchor: $0.anchor.value, centred: $0.alignment == .centre)
                    },
                    seals: try slot.seals.map { seal in
                        count += 1
                        let (width, height) = (seal.rect.size.width, seal.rect.size.height)
                        let picture: WordPicture
                        switch seal.image.format {
                        case .svg:
                            let frame = Frame(
                                size: Size(width: width, height: height),
                                items: [.image(seal.image, Rect(x: .zero, y: .zero, width: width, height: height))])
                            picture = try png(
                                Page(index: 0, label: "1", frame: frame), scratch: scratch, name: "seal\(count)",
                                transparent: true)
                        case .jpeg, .png:
                            picture = WordPicture(
                                data: seal.image.data, format: seal.image.format == .jpeg ? "jpeg" : "png",
                                width: width.value, height: height.value)
                        }
                        return WordSignature.Seal(
                            picture: picture, x: seal.rect.minX.value, y: seal.rect.minY.value,
                            alternativeText: seal.alternativeText)
                    })
            })
    }

    /// A page drawn to PNG at `wordPictureDPI` (on a transparent ground when `transparent`), set at the page's size in
    /// points.
    private static func png(_ page: Page, scratch: URL, name: String, transparent: Bool = false) throws -> WordPicture {
        let file = scratch.appendingPathComponent(name + ".png")
        try RasterRenderer.writePNG(page, dpi: wordPictureDPI, to: file, transparent: transparent)
        return WordPicture(
            data: try Data(contentsOf: file), format: "png", width: page.frame.size.width.value,
            height: page.frame.size.height.value)
    }
}
