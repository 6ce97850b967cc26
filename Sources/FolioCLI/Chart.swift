import ArgumentParser
import Foundation
import Folio

/// `folio chart DATASET --id ID -o FILE.svg|png|pdf`.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one chart of a dataset on its own, as SVG, PNG or PDF (for slides and web pages).",
        discussion:
            "The chart is drawn as in the report: same figure number, fonts and width. The format follows -o's extension, or --format; -o - writes it to standard output (PDF unless --format says otherwise)."
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(name: .long, help: "The chart's id in the dataset (charts: - id: …).")
    var id: String

    @Option(name: .shortAndLong, help: "The file to write: .svg, .png or .pdf; - for standard output.")
    var output: String

    @Option(help: "svg, png or pdf, whatever -o's extension (default: the extension; pdf for -o -).")
    var format: String?

    @Option(name: .long, help: "Resolution of a PNG, in dots per inch.")
    var dpi: Double = 200

    func validate() throws {
        guard dpi.isFinite, dpi >= 36, dpi <= 1200 else { throw ValidationError("--dpi must be between 36 and 1200") }
        if let format, ChartFileFormat(rawValue: format) == nil {
            throw ValidationError("--format must be svg, png or pdf")
        }
    }

    /// Renders the chart (never over one of the inputs: `Pipeline.checkOutput`).
    func run() throws {
        let dataset = try input.url()
        let options = try input.options(creationDate: true)
        if StandardOutput.isRequested(output) {
            return try StandardOutput.through(fileName: "\(id).\(format ?? "pdf")") { out in
                try Pipeline.renderChart(
                    dataset: dataset, id: id, output: out, theme: input.theme, dpi: dpi,
                    options: options)
            }
        }
        var out = URL(fileURLWithPath: output)
        if let format, out.pathExtension.lowercased() != format { out = out.appendingPathExtension(format) }
        try Pipeline.renderChart(dataset: dataset, id: id, output: out, theme: input.theme, dpi: dpi, options: options)
        Console.out("wrote \(out.relativePath)")
    }
}
