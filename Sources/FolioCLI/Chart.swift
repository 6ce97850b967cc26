import ArgumentParser
import Foundation
import Folio

/// `folio chart DATASET --id ID -o FILE.svg|png|pdf`.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one chart of a dataset on its own, as SVG, PNG or PDF (for slides and web pages).",
        discussion: "The chart is drawn as in the report: same figure number, fonts and width. The format follows -o's extension.")

    @OptionGroup var input: DatasetArgument

    @Option(name: .long, help: "The chart's id in the dataset (charts: - id: …).")
    var id: String

    @Option(name: .shortAndLong, help: "The file to write: .svg, .png or .pdf.")
    var output: String

    @Option(name: .long, help: "Resolution of a PNG, in dots per inch.")
    var dpi: Double = 200

    func validate() throws {
        guard dpi.isFinite, dpi >= 36, dpi <= 1200 else { throw ValidationError("--dpi must be between 36 and 1200") }
    }


    /// Renders the chart (never over one of the inputs: `Pipeline.checkOutput`).
    func run() throws {
        let dataset = try input.url()
        try Pipeline.renderChart(dataset: dataset, id: id, output: URL(fileURLWithPath: output),
                                 theme: input.theme, dpi: dpi, options: try input.options(creationDate: true))
        Console.out("wrote \(output)")
    }
}
