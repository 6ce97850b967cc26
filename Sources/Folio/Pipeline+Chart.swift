import FolioMessages
import Foundation
import FolioData
import FolioDocument
import FolioDisplay
import FolioCharts
import FolioLayout
import FolioRender

/// The file formats a single chart can be written as, chosen by the output's extension.
public enum ChartFileFormat: String, Sendable, CaseIterable {
    /// Vector PDF, one page the size of the chart (text searchable).
    case pdf
    /// Vector SVG (slides, web pages).
    case svg
    /// PNG image at the requested resolution.
    case png

    /// The format for a file name, or nil for an unknown extension.
    public init?(url: URL) { self.init(rawValue: url.pathExtension.lowercased()) }
}

extension Pipeline {
    /// Renders the chart with id `id` of `dataset` alone, as it appears in the report (same number,
    /// fonts and width), to `output` as PDF, SVG or PNG by its extension. The file is written atomically.
    ///
    /// - Parameters:
    ///   - dataset: the dataset file.
    ///   - id: the chart's id in the dataset's `charts:`.
    ///   - output: the file to write; its extension (.pdf, .svg, .png) chooses the format.
    ///   - theme: the theme, replacing the dataset's `report.theme`.
    ///   - dpi: resolution of a PNG (ignored for PDF and SVG).
    ///   - options: the run's options (assets, outside paths).
    /// - Throws: `FolioError.input` for an unknown chart id, `.output` for an unknown extension or
    ///   an unwritable file, `.environment` for missing fonts.
    public static func renderChart(
        dataset: URL, id: String, output: URL, theme: String? = nil,
        dpi: Double = 200, options: BuildOptions = BuildOptions()
    ) throws {
        guard let format = ChartFileFormat(url: output) else {
            throw FolioError.output(
                Message(
                    "folio.cannot-write-chart-path",
                    ["path-extension": "\(output.pathExtension)", "path": "\(output.path)"]),
                hint: Message("folio.name-output-svg-png.hint"))
        }
        let report = try load(dataset: dataset, theme: theme, options: options)
        try checkOutput(output, inputs: report.inputs)
        let spec = try chartSpec(id: id, in: report, dataset: dataset)
        let engine = try textEngine(for: report.theme)
        let page: Page
        do { page = try ChartPage.page(for: spec, theme: report.theme, text: engine) } catch let e as ChartError {
            throw FolioError.input(DiagnosticError(Diagnostic(.error, e.message, at: nil, code: "chart.layout")))
        }
        do {
            switch format {
            case .svg: try SVGRenderer.writeSVG(page, to: output)
            case .png: try RasterRenderer.writePNG(page, dpi: dpi, to: output)
            case .pdf:
                var info = documentInfo(for: report.document, creationEpoch: options.creationEpoch)
                info.title = spec.caption
                let writer = try PDFWriter(destination: output, info: info)
                do { try writer.add(page); try writer.finish() } catch { writer.cancel(); throw error }
            }
        } catch let e as FolioError {
            throw e
        } catch {
            throw FolioError.output(
                Message("folio.cannot-write-path-error", ["path": "\(output.path)", "error": .error(error)]),
                hint: Message("folio.check-that-folder-exists.hint"))
        }
    }

    /// The resolved chart with `id`, or an input error naming the charts there are.
    static func chartSpec(id: String, in report: LoadedReport, dataset: URL) throws -> ChartSpec {
        let charts = report.document.blocks.compactMap { block -> ChartSpec? in
            if case .chart(let c) = block { return c } else { return nil }
        }
        if let spec = charts.first(where: { $0.id == id }) { return spec }
        let ids = charts.map(\.id)
        throw FolioError.input(
            DiagnosticError(
                Diagnostic(
                    // The id comes from the command line (--id), not from a place in the dataset.
                    .error, Message("chart.unknown-id.chart-id-placed-report", ["id": "\(id)"]),
                    hint: Suggestion.hint(
                        for: id, among: ids,
                        then: Message(
                            "chart.unknown-id.charts",
                            ["ids": ids.isEmpty ? .message(Message("chart.unknown-id.none")) : .texts(ids)])),
                    code: "chart.unknown-id")))
    }
}
