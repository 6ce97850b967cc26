import FolioData
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
                                .error, "the report runs past \(InputLimits.maxPages) pages",
                                hint: "split the report, or check the dataset for repeated content",
                                code: "limit.pages")))
                }
                writer.add(page)
                options.progress?(page.index + 1)
            }
            try refuseUndrawable(engine)
        } catch let e as FolioError {
            throw e
        } catch {
            throw FolioError.environment("layout failed: \(error)", hint: "check the fonts with `folio fonts`")
        }
        let data: Data
        do {
            data = try writer.package()
        } catch let e as OFDError {
            throw FolioError.output(
                "cannot make \(output.path): \(e.description)", hint: "this is a bug; please report it")
        }
        do {
            try NewFile.write([UInt8](data), to: output, replacing: true)
        } catch {
            throw FolioError.output(
                "cannot write \(output.path): \(error)", hint: "the previous file, if any, is unchanged")
        }
        return BuildResult(
            output: output, pageCount: writer.pageCount, notices: fontNotices(engine), warnings: report.warnings)
    }
}
