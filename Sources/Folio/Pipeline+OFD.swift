import FolioData
import FolioMessages
import FolioDisplay
import FolioLayout
import FolioOFD
import FolioRender
import Foundation

extension Pipeline {
    /// Writes the dataset as an OFD package (`--format ofd`, GB/T 33190-2016): the pages the PDF is drawn from,
    /// written by `OFDWriter` with the PDF's metadata (creation date from the dataset or `options.creationEpoch`).
    /// Written atomically; never over an input. Returns what the build did (pages, font notices, warnings).
    @discardableResult
    public static func buildOFD(
        dataset: URL, output: URL, theme: String? = nil, options: BuildOptions = BuildOptions()
    ) throws -> BuildResult {
        let report = try load(dataset: dataset, theme: theme, options: options)
        try checkOutput(output, inputs: report.inputs)
        let engine = try textEngine(for: report.theme)
        var layout = LayoutEngine(theme: report.theme, text: engine)
        layout.concurrentBlocks = options.concurrentBlocks ?? compositionWidth(drawingAlongside: false)
        var writer = OFDWriter(info: documentInfo(for: report.document, creationEpoch: options.creationEpoch))
        do {
            _ = try layout.layout(report.document) { page in
                guard page.index < InputLimits.maxPages else {
                    throw FolioError.input(
                        DiagnosticError(
                            Diagnostic(
                                .error,
                                Message("limit.pages.report-runs-past-limit", ["limit": .number(InputLimits.maxPages)]),
                                hint: Message("limit.pages.split-report-check-dataset.hint"), code: "limit.pages")))
                }
                writer.add(page)
                options.progress?(page.index + 1)
            }
            try refuseUndrawable(engine)
        } catch let e as FolioError {
            throw e
        } catch {
            throw FolioError.environment(
                Message("folio.layout-failed-error", ["error": .error(error)]),
                hint: Message("folio.check-fonts-folio-fonts.hint"))
        }
        let data: Data
        do {
            data = try writer.package()
        } catch let e as OFDError {
            throw FolioError.output(
                Message(
                    "folio.cannot-make-path-description",
                    ["path": "\(output.path)", "description": .message(e.message)]),
                hint: Message("folio.this-bug-please-report.hint"))
        }
        do {
            try NewFile.write([UInt8](data), to: output, replacing: true)
        } catch {
            throw FolioError.output(
                Message("folio.cannot-write-path-error", ["path": "\(output.path)", "error": .error(error)]),
                hint: Message("folio.previous-file-if-any.hint"))
        }
        return BuildResult(
            output: output, pageCount: writer.pageCount, notices: fontNotices(engine), warnings: report.warnings)
    }
}
