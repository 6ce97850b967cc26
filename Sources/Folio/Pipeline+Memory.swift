import FolioMessages
import FolioCheck
import FolioData
import FolioDisplay
import FolioRender
import FolioText
import Foundation

/// A PDF made in memory (`Pipeline.pdf`).
public struct PDFOutput: Sendable {
    /// The finished PDF's bytes: the same as `folio build` writes for the same dataset and options.
    public var data: Data
    /// Pages in it.
    public var pageCount: Int
    /// The preflight checks' findings that did not stop the build (warnings); empty when the checks were skipped.
    public var findings: [Diagnostic]
    /// Warnings from loading and resolving the dataset.
    public var warnings: [Diagnostic]
    /// Notices about fonts (substituted faces, characters from fallback faces) and emergency line breaks.
    public var notices: [Message]
}

/// Page images made in memory (`Pipeline.pageImages`).
public struct PageImages: Sendable {
    /// One image per page asked for, in page order: PNG bytes, or an SVG document's UTF-8 bytes.
    public var images: [Data]
    /// The page number (from 1) of each image.
    public var pageNumbers: [Int]
    /// Pages in the whole report.
    public var pageCount: Int
    /// The preflight checks' findings that did not stop the build (warnings); empty when the checks were skipped.
    public var findings: [Diagnostic]
    /// Warnings from loading and resolving the dataset.
    public var warnings: [Diagnostic]
}

extension Pipeline {
    /// Builds a dataset into a PDF in memory: nothing is written to disk. The preflight checks (`folio check`) run
    /// first unless `preflight` is false, skipping the rules and families in `disabledChecks`; an error among their
    /// findings throws `FolioError.input` (as `folio build` stops), the warnings come back in `PDFOutput.findings`.
    /// Every failure is a `FolioError`: `.input` with located diagnostics, `.environment` (fonts, assets), `.output`.
    public static func pdf(
        _ source: DatasetSource, theme: String? = nil, preflight: Bool = true, disabledChecks: [String] = [],
        options: BuildOptions = BuildOptions()
    ) throws -> PDFOutput {
        var clock = PhaseClock()
        let fonts = Prefetch { try FontSystem.ahead(theme: theme) }
        let (report, findings) = try checkedReport(
            source, theme: theme, preflight: preflight, disabled: disabledChecks, options: options)
        let (writer, drawn) = try drawPages(
            report, fonts: fonts, options: options, destination: .message(Message("memory.pdf")), clock: &clock
        ) { info, finish, plan in try PDFWriter(info: info, options: finish, fonts: plan) }
        let data: Data
        do {
            data = try writer.finishData()
        } catch {
            throw FolioError.output(
                Message("memory.cannot-finish", ["error": .error(error)]), hint: Message("memory.check-free.hint"))
        }
        return PDFOutput(
            data: data, pageCount: drawn.pageCount, findings: findings, warnings: report.warnings,
            notices: drawn.notices)
    }

    /// Draws the pages of a dataset whose numbers (from 1) are in `pages` (all when nil) as images in memory: PNG at
    /// `.png(dpi:)`, or SVG. Checks and errors as `pdf(_:theme:preflight:disabledChecks:options:)`.
    public static func pageImages(
        _ source: DatasetSource, format: ImageFormat, pages: ClosedRange<Int>? = nil, theme: String? = nil,
        preflight: Bool = true, disabledChecks: [String] = [], options: BuildOptions = BuildOptions()
    ) throws -> PageImages {
        let (report, findings) = try checkedReport(
            source, theme: theme, preflight: preflight, disabled: disabledChecks, options: options)
        let (selected, total) = try layoutPages(report, pages: pages)
        let images = try selected.map { page -> Data in
            do {
                switch format {
                case .png(let dpi): return try RasterRenderer.png(page, dpi: dpi)
                case .svg: return try SVGRenderer.svg(page)
                }
            } catch {
                throw FolioError.output(
                    Message("memory.cannot-draw-page", ["page": .number(page.index + 1), "error": .error(error)]),
                    hint: Message("memory.check-free.hint"))
            }
        }
        return PageImages(
            images: images, pageNumbers: selected.map { $0.index + 1 }, pageCount: total, findings: findings,
            warnings: report.warnings)
    }

    /// Loads `source` once, runs the preflight checks on it unless `preflight` is false, and resolves it: the
    /// report and the checks' warnings. Throws `FolioError.input` for a dataset that does not load or does not pass.
    static func checkedReport(
        _ source: DatasetSource, theme: String?, preflight: Bool, disabled: [String], options: BuildOptions
    ) throws -> (LoadedReport, [Diagnostic]) {
        do {
            let (dataset, warnings, lines) = try loadDataset(source, options: options, keepingLines: preflight)
            var findings: [Diagnostic] = []
            if preflight {
                let report = try check(dataset, lines: consume lines, disabled: disabled, options: options)
                findings = try preflightFindings(report, name: source.name)
            }
            return (try resolve(dataset, warnings: warnings, from: source, theme: theme, options: options), findings)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }
}
